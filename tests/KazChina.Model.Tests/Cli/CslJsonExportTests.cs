using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using KazChina.Model.Cli;
using Xunit;

namespace KazChina.Model.Tests.Cli;

public class CslJsonExportTests
{
    // The item types of CSL 1.0.2's schema that this export may use.
    private static readonly string[] CslTypes = [CslJsonExport.NewsType, CslJsonExport.WebType, CslJsonExport.ImageType];

    private static readonly string[] CslVariables = ["id", "type", "title", "container-title", "publisher", "issued", "URL", "note"];

    [Fact]
    public void Write_CurrentEdition_IsOneWellFormedCslItemPerCitation()
    {
        KazChinaEdition edition = KazChinaEdition.Current;

        using JsonDocument document = Write(edition);

        JsonElement[] items = [.. document.RootElement.EnumerateArray()];
        Assert.Equal(edition.Citations.Select(c => c.Id.Value), items.Select(i => i.GetProperty("id").GetString()));
        Assert.All(items, item =>
        {
            Assert.Contains(item.GetProperty("type").GetString(), CslTypes);
            Assert.All(item.EnumerateObject(), p => Assert.Contains(p.Name, CslVariables));
            Assert.False(string.IsNullOrWhiteSpace(item.GetProperty("container-title").GetString()));
        });
    }

    [Fact]
    public void Write_DatedCitations_IssuedDatePartsAreTheDateWithItsInferredYear()
    {
        KazChinaEdition edition = KazChinaEdition.Current;

        using JsonDocument document = Write(edition);

        foreach ((Citation citation, JsonElement item) in edition.Citations.Zip(document.RootElement.EnumerateArray()))
        {
            if (citation.Date is not { } date)
            {
                Assert.False(item.TryGetProperty("issued", out _), citation.Id.Value);
                continue;
            }

            JsonElement parts = item.GetProperty("issued").GetProperty("date-parts");
            Assert.Equal(JsonValueKind.Array, parts.ValueKind);
            int[] first = [.. parts.EnumerateArray().Single().EnumerateArray().Select(p => p.GetInt32())];
            int[] expected = [date.Year, .. date.Month is int m ? [m] : Array.Empty<int>(), .. date.Day is int d ? [d] : Array.Empty<int>()];
            Assert.Equal(expected, first);
            Assert.Equal(date.YearInferred, item.GetProperty("note").GetString()!.Contains($"the year {date.Year} is inferred", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Write_JointStatementCitation_HasItsTitleAndIsDatedJune13()
    {
        using JsonDocument document = Write(KazChinaEdition.Current);

        JsonElement item = document.RootElement.EnumerateArray().Single(i => i.GetProperty("id").GetString() == "cite-xinhua-2011-06-13-joint-statement");
        Assert.Equal("article-newspaper", item.GetProperty("type").GetString());
        Assert.Equal("Full Text of China-Kazakhstan Joint Statement on the Development of All-Round Strategic Partnership", item.GetProperty("title").GetString());
        Assert.Equal("Xinhua", item.GetProperty("container-title").GetString());
        Assert.Equal("[[2011,6,13]]", item.GetProperty("issued").GetProperty("date-parts").GetRawText());
    }

    [Fact]
    public void Write_OutletWithWebsite_IsAWebpageWithItsUrl()
    {
        using JsonDocument document = Write(KazChinaEdition.Current);

        JsonElement item = document.RootElement.EnumerateArray().Single(i => i.GetProperty("id").GetString() == "cite-central-asia-online-2011-06-14");
        Assert.Equal("webpage", item.GetProperty("type").GetString());
        Assert.Equal("Central Asia Online", item.GetProperty("container-title").GetString());
        Assert.Equal("http://www.centralasiaonline.com", item.GetProperty("URL").GetString());
    }

    [Fact]
    public void Write_ImageCredit_IsAGraphicWithoutDate()
    {
        using JsonDocument document = Write(KazChinaEdition.Current);

        JsonElement item = document.RootElement[0];
        Assert.Equal("cite-image-xinhua", item.GetProperty("id").GetString());
        Assert.Equal("graphic", item.GetProperty("type").GetString());
        Assert.False(item.TryGetProperty("issued", out _));
    }

    private static JsonDocument Write(KazChinaEdition edition)
    {
        using var stream = new MemoryStream();
        CslJsonExport.Write(edition, stream);
        return JsonDocument.Parse(stream.ToArray());
    }
}

using System.Linq;
using System.Text.Json;
using KazChina.Model.Exports;
using Xunit;

namespace KazChina.Model.Tests.Exports;

public class CslJsonWriterTests
{
    // The variables of CSL 1.0.2's csl-data.json this writer may use; "custom" is the schema's field for data of one's own.
    private static readonly string[] CslVariables = ["id", "type", "title", "container-title", "publisher", "volume", "issue", "issued", "URL", "medium", "note", "custom"];

    private static readonly string[] CslTypes = ["article-journal", "article-newspaper", "webpage", "graphic"];

    [Fact]
    public void Write_CurrentEdition_IsOneWellFormedCslItemPerBibliographyItem()
    {
        Bibliography bibliography = Bibliography.From(KazChinaEdition.Current);

        using JsonDocument document = JsonDocument.Parse(BibliographyFiles.CslJson(bibliography));

        JsonElement[] items = [.. document.RootElement.EnumerateArray()];
        Assert.Equal(bibliography.Items.Select(i => i.Key), items.Select(i => i.GetProperty("id").GetString()));
        Assert.All(items, item =>
        {
            Assert.Contains(item.GetProperty("type").GetString(), CslTypes);
            Assert.All(item.EnumerateObject(), p => Assert.Contains(p.Name, CslVariables));
            Assert.False(string.IsNullOrWhiteSpace(item.GetProperty("title").GetString()));
        });
    }

    [Fact]
    public void Write_PieceCitedTwice_ListsBothOccurrencesInCustom()
    {
        using JsonDocument document = JsonDocument.Parse(BibliographyFiles.CslJson(Bibliography.From(KazChinaEdition.Current)));

        JsonElement item = document.RootElement.EnumerateArray().Single(i => i.GetProperty("id").GetString() == "xinhua-2011-06-13");
        JsonElement custom = item.GetProperty("custom");
        Assert.Equal(["cite-xinhua-2011-06-13-a", "cite-xinhua-2011-06-13-b"], custom.GetProperty("recordIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal([603, 5002], custom.GetProperty("spans").EnumerateArray().Select(s => s.GetProperty("start").GetInt32()));
        Assert.True(custom.GetProperty("titleSupplied").GetBoolean());
        Assert.True(custom.GetProperty("yearInferred").GetBoolean());
        Assert.Equal("[[2011,6,13]]", item.GetProperty("issued").GetProperty("date-parts").GetRawText());
    }

    [Fact]
    public void Write_TitleWithHostileText_IsTheSameStringAfterParsing()
    {
        using JsonDocument document = JsonDocument.Parse(BibliographyFiles.CslJson(Bibliography.From(BibTeXWriterTests.EditionWithCitationTitle(BibTeXWriterTests.Hostile))));

        Assert.Contains(document.RootElement.EnumerateArray(), i => i.GetProperty("title").GetString() == BibTeXWriterTests.Hostile);
    }
}

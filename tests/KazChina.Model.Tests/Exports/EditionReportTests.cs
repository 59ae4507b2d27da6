using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using KazChina.Model.Exports;
using Xunit;

namespace KazChina.Model.Tests.Exports;

public sealed partial class EditionReportTests
{
    private const string Hostile = "<script>alert('x')</script> & \"Beijing\"";

    [Fact]
    public void ToHtml_Edition_HighlightsEveryDistinctEvidenceSpanOnce()
    {
        KazChinaEdition edition = KazChinaEdition.Current;
        string html = EditionReport.ToHtml(edition);
        string text = ReadingText(html);

        var distinct = edition.Records.SelectMany(r => r.Evidence.Spans).Select(s => (s.Start, s.Length)).Distinct().Count();
        var numbers = MarkTag().Matches(text).Select(m => m.Groups["span"].Value).ToHashSet();
        Assert.Equal(distinct, numbers.Count);
        Assert.Equal(distinct, SpanAnchor().Count(text));
    }

    [Fact]
    public void ToHtml_Edition_NestsEveryHighlightInsideTheOnesAroundIt()
    {
        // The edition has spans that cross (share words without one holding the other): they must come out as pieces
        // that nest, never as overlapping elements.
        string text = ReadingText(EditionReport.ToHtml(KazChinaEdition.Current));

        int depth = 0;
        foreach (Match tag in Regex.Matches(text, "<mark |</mark>"))
        {
            depth += tag.Value == "</mark>" ? -1 : 1;
            Assert.True(depth >= 0, $"a highlight closes before it opens at {tag.Index}");
        }

        Assert.Equal(0, depth);
        Assert.True(MarkTag().Count(text) > SpanAnchor().Count(text), "no span of the edition was drawn in pieces, though some cross");
    }

    [Fact]
    public void ToHtml_Edition_GivesEveryRecordOneAnchorAndEveryNoteAPlaceInTheMargin()
    {
        KazChinaEdition edition = KazChinaEdition.Current;
        string html = EditionReport.ToHtml(edition);

        foreach (EditionRecord record in edition.Records)
        {
            Assert.Single(Regex.Matches(html, $"<article class=\"kz-record [^\"]*\" data-kind=\"[a-zA-Z]+\" id=\"{record.Id}\""));
        }

        foreach (EditorialNote note in edition.EditorialNotes)
        {
            Assert.Contains($"<span class=\"kz-note\" role=\"note\" data-kinds=\"editorialNote\"><a href=\"#{note.Id}\">", ReadingText(html), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ToHtml_NamesWithMarkup_ShowAsTextAndCannotEndAScript()
    {
        KazChinaEdition edition = EditionEditor.Map(HostileText.EditionWithAgreementTitle(Hostile), record => record is Place { Id.Value: "almaty" } p
            ? new PlaceBuilder(p) { Name = Hostile }.Build()
            : record);

        string html = EditionReport.ToHtml(edition);

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Beijing&quot;", html, StringComparison.Ordinal);
        Assert.Equal(Regex.Count(html, "<script[ >]"), Regex.Count(html, "</script>"));

        // Each chart's data is JSON that parses back to the names as they are.
        foreach (Match spec in ChartSpec().Matches(html))
        {
            using JsonDocument document = JsonDocument.Parse(spec.Groups["json"].Value);
            Assert.DoesNotContain("</", spec.Groups["json"].Value, StringComparison.Ordinal);
        }

        string timeline = ChartSpec().Matches(html).First().Groups["json"].Value;
        Assert.Contains(Hostile, JsonDocument.Parse(timeline).RootElement.GetProperty("data").GetProperty("values").EnumerateArray().Select(v => v.GetProperty("label").GetString()));
        string map = ChartSpec().Matches(html).Last().Groups["json"].Value;
        Assert.Contains(Hostile, JsonDocument.Parse(map).RootElement.GetProperty("layer").EnumerateArray().Last().GetProperty("data").GetProperty("values").EnumerateArray().Select(v => v.GetProperty("name").GetString()));
    }

    [Fact]
    public void ToHtml_InvalidEdition_ThrowsWithEveryProblem()
    {
        KazChinaEdition edition = EditionEditor.Map(KazChinaEdition.Current, record => record is Place { Id.Value: "almaty" } p
            ? new PlaceBuilder(p) { CountryIds = ValueList.Create<RecordId>("nowhere") }.Build()
            : record);

        var error = Assert.Throws<EditionValidationException>(() => EditionReport.ToHtml(edition));

        Assert.Contains(error.Issues, i => i.Rule == ValidationRule.DanglingReference && i.RecordId.Value == "almaty");
    }

    [Fact]
    public void ToHtml_Edition_IsOfflineAndNamesTheLibrariesItInlines()
    {
        string html = EditionReport.ToHtml(KazChinaEdition.Current);

        // No element or style of the page loads anything: no src, no stylesheet link, no import, no font, no url(). What
        // the inlined libraries could ask for, the browser check watches (it fails on any request leaving the file).
        string page = Regex.Replace(html, "<script>.*?</script>", "", RegexOptions.Singleline);
        Assert.DoesNotMatch("<(script|img|iframe)[^>]* src=|<link |@import|@font-face|url\\(", page);
        Assert.Contains("Vega 6.4.0, Vega-Lite 6.5.0 and vega-embed 7.3.0", html, StringComparison.Ordinal);
        Assert.InRange(Encoding.UTF8.GetByteCount(html), 500_000, 3_000_000);
    }

    [Fact]
    public void Write_Edition_WritesTheSamePageAsUtf8WithoutAByteOrderMark()
    {
        using var stream = new MemoryStream();

        EditionReport.Write(KazChinaEdition.Current, stream);

        Assert.Equal(EditionReport.ToHtml(KazChinaEdition.Current), Encoding.UTF8.GetString(stream.ToArray()));
        Assert.Equal((byte)'<', stream.ToArray()[0]);
    }

    [Fact]
    public void Fragments_Edition_CarryTheirOwnStyleScriptAndChart()
    {
        KazChinaEdition edition = KazChinaEdition.Current;

        string timeline = EditionReport.TimelineHtml(edition);
        string timelineWithoutLibraries = EditionReport.TimelineHtml(edition, includeLibraries: false);

        Assert.StartsWith("<div class=\"kz-report\">", timeline, StringComparison.Ordinal);
        Assert.Contains("vegaEmbed", timeline, StringComparison.Ordinal);
        Assert.True(timeline.Length - timelineWithoutLibraries.Length > 500_000);
        Assert.Equal(2, ChartSpec().Count(timeline));
        Assert.Single(ChartSpec().Matches(EditionReport.TradeChartHtml(edition, includeLibraries: false)));
        Assert.Single(ChartSpec().Matches(EditionReport.MapHtml(edition, includeLibraries: false)));
        Assert.NotEqual(ChartId(EditionReport.MapHtml(edition, false)), ChartId(EditionReport.MapHtml(edition, false)));
        Assert.Equal(SpanAnchor().Count(ReadingText(EditionReport.ToHtml(edition))), SpanAnchor().Count(EditionReport.ReadingHtml(edition)));
    }

    [Fact]
    public void RecordHtml_Loan_ShowsItsAmountAsStatedAndAsReadAndItsWordsInContext()
    {
        string html = EditionReport.RecordHtml(KazChinaEdition.Current, "loan-cdb-kazakhmys-aktogay");

        Assert.Contains("asWritten: $15 billion", html, StringComparison.Ordinal);
        Assert.Contains("as read: {value: {amount: 1500000000; currency: USD}", html, StringComparison.Ordinal);
        Assert.Contains("<mark class=\"kz-hl k-loan\">", html, StringComparison.Ordinal);
        Assert.Contains("note-kazakhmys-loan-amount", html, StringComparison.Ordinal);
    }

    [Fact]
    public void RecordHtml_UnknownId_ThrowsNamingIt()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => EditionReport.RecordHtml(KazChinaEdition.Current, "nobody"));

        Assert.Equal("The edition has no record with the id 'nobody'.", error.Message);
    }

    private static string ReadingText(string html)
    {
        int start = html.IndexOf("<div class=\"kz-text\"", StringComparison.Ordinal);
        int end = html.IndexOf("<aside class=\"kz-selection\"", start, StringComparison.Ordinal);
        return html[start..end];
    }

    private static string ChartId(string html) => ChartSpec().Match(html).Groups["id"].Value;

    [GeneratedRegex("<mark class=\"kz-hl [^\"]*\"(?: id=\"[^\"]*\")? data-span=\"(?<span>[0-9]+)\"")]
    private static partial Regex MarkTag();

    [GeneratedRegex(" id=\"kz_span_[0-9]+\"")]
    private static partial Regex SpanAnchor();

    [GeneratedRegex("<script type=\"application/json\" data-chart=\"(?<id>[^\"]+)\">(?<json>.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex ChartSpec();
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace KazChina.Model.Exports;

/// <summary>
/// The edition as one self-contained HTML page an analyst reads beside the article (what <c>kazchina report</c>
/// writes), and the same views as HTML fragments for notebooks and LINQPad.
/// </summary>
/// <remarks>
/// <para>
/// The page has the article's text with every distinct evidence span highlighted by the kind of record it supports
/// (selecting one shows those records: their values as stated and as read, their citations and notes), the editorial
/// notes in the margin at their spans, filters by kind, a card per record at the anchor <c>#record-id</c>, a timeline,
/// a trade chart and a map. The charts are Vega-Lite specifications drawn by vega-embed; Vega, Vega-Lite, vega-embed
/// and Natural Earth's country outlines are inlined, so the page fetches nothing and works offline. It prints legibly.
/// </para>
/// <para>
/// Every text from the edition is HTML-escaped where it lands, and the JSON inside script elements escapes
/// <c>&lt;</c>, so a name such as <c>&lt;script&gt;</c> shows as text. Only a valid edition is drawn: an invalid one
/// throws <see cref="EditionValidationException"/> listing every problem, as reading it from JSON would.
/// </para>
/// <para>
/// A fragment is one <c>div</c> with its style and script (and, for a chart, the Vega libraries unless told
/// otherwise), to display inline; <see cref="EditionViews"/> wraps each as an <see cref="EditionView"/> that a .NET
/// notebook shows as HTML when it is a cell's value, and LINQPad with <c>Util.RawHtml(view.Html)</c>.
/// </para>
/// </remarks>
public static class EditionReport
{
    /// <summary>The media type of the page.</summary>
    public const string MediaType = "text/html";

    /// <summary>Writes the page as UTF-8.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="destination">Where the bytes go; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="EditionValidationException">The edition is not valid.</exception>
    public static void Write(KazChinaEdition edition, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        string html = ToHtml(edition);
        using var writer = new StreamWriter(destination, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16, leaveOpen: true);
        writer.Write(html);
    }

    /// <summary>Returns the whole page.</summary>
    /// <param name="edition">The edition.</param>
    /// <returns>An HTML document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="EditionValidationException">The edition is not valid.</exception>
    public static string ToHtml(KazChinaEdition edition)
    {
        ReportModel model = ReportModel.Of(edition);
        Article article = edition.Article;
        var html = new StringBuilder(4 << 20);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"KazChina.Model.Exports\">\n")
            .Append("<title>").Text(article.Title).Append(" — annotated edition</title>\n")
            .Append("<style>\n").Append(ReportAssets.Style).Append("</style>\n</head>\n<body class=\"kz-report\">\n<header>\n")
            .Append("<h1>").Text(article.Title).Append("</h1>\n<p class=\"kz-meta\">").Text(article.Publication)
            .Append(", vol. ").Append(article.Volume.ToString(CultureInfo.InvariantCulture))
            .Append(", issue ").Append(article.Issue.ToString(CultureInfo.InvariantCulture))
            .Append(". A critical edition: data version ").Text(edition.DataVersion).Append(", ")
            .Append(edition.Records.Count.ToString(CultureInfo.InvariantCulture)).Append(" records, ")
            .Append(model.Spans.Count.ToString(CultureInfo.InvariantCulture)).Append(" highlighted spans, ")
            .Append(edition.EditorialNotes.Count.ToString(CultureInfo.InvariantCulture)).Append(" editorial notes.</p>\n")
            .Append("<nav aria-label=\"Sections\"><a href=\"#").Append(Anchors.Reading).Append("\">Reading</a><a href=\"#")
            .Append(Anchors.Timeline).Append("\">Timeline</a><a href=\"#").Append(Anchors.Trade).Append("\">Trade</a><a href=\"#")
            .Append(Anchors.Map).Append("\">Map</a><a href=\"#").Append(Anchors.Records).Append("\">Records</a></nav>\n</header>\n<main>\n");
        AppendReading(html, model);
        AppendTimeline(html, model, Anchors.Timeline + "_chart");
        AppendTrade(html, model, Anchors.Trade + "_chart");
        AppendMap(html, model, Anchors.Map + "_chart");
        AppendRecords(html, model, open: true);
        html.Append("</main>\n");
        AppendFooter(html);
        html.Append(ReportAssets.Libraries).Append("<script>\n").Append(ReportAssets.PageScript).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>Returns the reading view as a fragment: the text with its highlights and margin notes, the filters, the selection panel, and the record cards a selection shows.</summary>
    /// <param name="edition">The edition.</param>
    /// <returns>An HTML fragment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="EditionValidationException">The edition is not valid.</exception>
    public static string ReadingHtml(KazChinaEdition edition)
    {
        ReportModel model = ReportModel.Of(edition);
        return Fragment(html =>
        {
            AppendReading(html, model);
            AppendRecords(html, model, open: false);
        }, libraries: false);
    }

    /// <summary>Returns the timeline as a fragment: the chart and the same entries as a table.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="includeLibraries">Whether to inline Vega, Vega-Lite and vega-embed (about 0.85 MB); pass false when an earlier output of the same page has them.</param>
    /// <returns>An HTML fragment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="EditionValidationException">The edition is not valid.</exception>
    public static string TimelineHtml(KazChinaEdition edition, bool includeLibraries = true)
    {
        ReportModel model = ReportModel.Of(edition);
        return Fragment(html => AppendTimeline(html, model, FragmentId("timeline")), includeLibraries);
    }

    /// <summary>Returns the trade chart as a fragment: the chart and the figures as a table.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="includeLibraries">Whether to inline Vega, Vega-Lite and vega-embed.</param>
    /// <returns>An HTML fragment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="EditionValidationException">The edition is not valid.</exception>
    public static string TradeChartHtml(KazChinaEdition edition, bool includeLibraries = true)
    {
        ReportModel model = ReportModel.Of(edition);
        return Fragment(html => AppendTrade(html, model, FragmentId("trade")), includeLibraries);
    }

    /// <summary>Returns the map as a fragment: the chart and what it cannot place.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="includeLibraries">Whether to inline Vega, Vega-Lite and vega-embed.</param>
    /// <returns>An HTML fragment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="EditionValidationException">The edition is not valid.</exception>
    public static string MapHtml(KazChinaEdition edition, bool includeLibraries = true)
    {
        ReportModel model = ReportModel.Of(edition);
        return Fragment(html => AppendMap(html, model, FragmentId("map")), includeLibraries);
    }

    /// <summary>Returns one record as a fragment: its card, and each of its spans highlighted in the paragraph that holds it.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="id">The record's id.</param>
    /// <returns>An HTML fragment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No record has <paramref name="id"/>.</exception>
    /// <exception cref="EditionValidationException">The edition is not valid.</exception>
    public static string RecordHtml(KazChinaEdition edition, RecordId id)
    {
        ReportModel model = ReportModel.Of(edition);
        EditionRecord record = model.ById.TryGetValue(id, out EditionRecord? found)
            ? found
            : throw new KeyNotFoundException($"The edition has no record with the id '{id}'.");
        return Fragment(html =>
        {
            RecordCards.Append(html, model, record, withAnchor: false);
            string text = edition.Article.Text;
            string kind = Enums.Name(record.Kind);
            html.Append("<div class=\"kz-in-context\">");
            foreach (TextSpan span in record.Evidence.Spans)
            {
                int from = text.LastIndexOf('\n', Math.Max(0, span.Start - 1)) + 1;
                int to = text.IndexOf('\n', span.End) is int end and >= 0 ? end : text.Length;
                html.Append("<p>").Text(text[from..span.Start])
                    .Append("<mark class=\"kz-hl k-").Append(kind).Append("\">").Text(span.Text).Append("</mark>")
                    .Text(text[span.End..to]).Append("</p>");
            }

            html.Append("</div>");
        }, libraries: false);
    }

    private static void AppendReading(StringBuilder html, ReportModel model)
    {
        html.Append("<section id=\"").Append(Anchors.Reading).Append("\" aria-labelledby=\"kz_reading_title\">\n<h2 id=\"kz_reading_title\">The article, annotated</h2>\n")
            .Append("<p class=\"kz-caption\">Every run of words a record rests on is highlighted in the colour of the record's kind (runs inside runs are nested). Select a highlight to see the records it supports; the editorial notes stand in the margin beside their words.</p>\n")
            .Append("<fieldset class=\"kz-filters\"><legend>Show highlights, notes and records of these kinds</legend>");
        foreach (IGrouping<RecordKind, EditionRecord> kind in model.Edition.Records.GroupBy(r => r.Kind).OrderBy(g => g.Key))
        {
            string name = Enums.Name(kind.Key);
            html.Append("<label><input type=\"checkbox\" checked value=\"").Append(name).Append("\"><span class=\"kz-swatch k-").Append(name)
                .Append("\" style=\"background: var(--kz-c)\"></span>").Text(Enums.Words(kind.Key)).Append(" (")
                .Append(kind.Count().ToString(CultureInfo.InvariantCulture)).Append(")</label>");
        }

        html.Append("</fieldset>\n<div class=\"kz-reading-grid\">\n<div>");
        ReadingView.Append(html, model.Edition, model.Spans);
        html.Append("</div>\n<aside class=\"kz-selection\" id=\"").Append(Anchors.Selection).Append("\" aria-label=\"Records of the selected words\">")
            .Append("<h3>Selected words</h3><div class=\"kz-selection-body\" aria-live=\"polite\"><p class=\"kz-caption\">Select a highlight in the text.</p></div></aside>\n</div>\n</section>\n");
    }

    private static void AppendTimeline(StringBuilder html, ReportModel model, string chartId)
    {
        StartChartSection(html, Anchors.Timeline, "Timeline", "Every dated record. A date given to the year or the month is a bar over all its days; a day is a dot; a deadline (“by 2015”) is a triangle at its last day; a hollow dot or a pale dashed bar is a date whose year the article does not state (inferred). Select a mark to go to its record.");
        AppendChart(html, chartId, ChartSpecs.Timeline(model, detail: false));
        html.Append("<h3>25 May – 5 July 2011 in detail</h3>\n<p class=\"kz-caption\">The weeks of the visit; a bar that runs past these weeks is cut at their edges.</p>\n");
        AppendChart(html, chartId.Replace("_chart", "_detail_chart", StringComparison.Ordinal), ChartSpecs.Timeline(model, detail: true));
        html.Append("<details><summary>The timeline as a table</summary><table><thead><tr><th scope=\"col\">Date</th><th scope=\"col\">Precision</th><th scope=\"col\">Year</th><th scope=\"col\">Record</th></tr></thead><tbody>");
        foreach (TimelineEntry entry in model.Edition.Timeline())
        {
            html.Append("<tr><td>").Text(entry.When.ToString()).Append("</td><td>").Text(Enums.Words(entry.Precision)).Append("</td><td>")
                .Append(entry.YearInferred ? "inferred" : "stated").Append("</td><td>");
            AppendRecordLink(html, model, entry.Record);
            html.Append("</td></tr>");
        }

        html.Append("</tbody></table></details>\n</section>\n");
    }

    private static void AppendTrade(StringBuilder html, ReportModel model, string chartId)
    {
        IReadOnlyList<TradeFigure> charted = ChartSpecs.ChartedFigures(model.Edition);
        StartChartSection(html, Anchors.Trade, "Trade figures", "The figures stated in US dollars: actual values and targets, each as the article states it (solid) and as the editorial notes read it (pale). A triangle up marks a lower bound (“over”, “at least”), down an upper bound, a diamond an approximate figure. Figures in other units are in the table only.");
        AppendChart(html, chartId, ChartSpecs.Trade(model, charted));
        html.Append("<table><thead><tr><th scope=\"col\">Figure</th><th scope=\"col\">Basis</th><th scope=\"col\">Period</th><th scope=\"col\">As stated</th><th scope=\"col\">As read</th><th scope=\"col\">In the chart</th></tr></thead><tbody>");
        foreach (TradeFigure figure in model.Edition.TradeFigures)
        {
            var read = (TradeFigure)model.Edition.Read(figure.Id, ReadingChoice.Corrected).Record;
            string stated = figure.Amount?.AsWritten ?? figure.Quantity?.AsWritten ?? "";
            string asRead = read.Amount?.AsWritten ?? read.Quantity?.AsWritten ?? "";
            html.Append("<tr><td>");
            AppendRecordLink(html, model, figure);
            html.Append("</td><td>").Text(Enums.Words(figure.Basis)).Append("</td><td>")
                .Text(figure.Period?.ToString() ?? "not stated").Append("</td><td>").Text(stated).Append("</td><td>")
                .Text(asRead == stated ? "as stated" : asRead).Append("</td><td>")
                .Append(charted.Contains(figure) ? "yes" : "no: not an amount in US dollars").Append("</td></tr>");
        }

        html.Append("</tbody></table>\n</section>\n");
    }

    private static void AppendMap(StringBuilder html, ReportModel model, string chartId)
    {
        KazChinaEdition edition = model.Edition;
        StartChartSection(html, Anchors.Map, "Map", "The places with coordinates (a dot; a dashed ring where the editorial notes call the position rough — every position is approximate) and the projects between them: railways and corridors as lines through their places in the order the record lists them (not surveyed routes), zones and mines as squares. Country outlines: Natural Earth 1:110m.");
        AppendChart(html, chartId, ChartSpecs.Map(model, ReportAssets.Countries));
        Dictionary<RecordId, Place> places = EditionGeoJson.PlacesById(edition);
        AppendLinkList(html, model, "Places without coordinates (not on the map)", edition.Places.Where(p => p.Location is null));
        AppendLinkList(html, model, "Projects with no place that has coordinates (not on the map)", edition.Projects.Where(p => EditionGeoJson.LocatedPlaces(p, places).Count == 0));
        html.Append("</section>\n");
    }

    private static void AppendRecords(StringBuilder html, ReportModel model, bool open)
    {
        html.Append("<section id=\"").Append(Anchors.Records).Append("\" aria-labelledby=\"kz_records_title\">\n");
        html.Append(open ? "<h2 id=\"kz_records_title\">Records</h2>\n" : "<details><summary id=\"kz_records_title\">Records</summary>\n");
        foreach (IGrouping<RecordKind, EditionRecord> kind in model.Edition.Records.GroupBy(r => r.Kind).OrderBy(g => g.Key))
        {
            html.Append("<h3>").Text(Enums.Words(kind.Key)).Append(" (").Append(kind.Count().ToString(CultureInfo.InvariantCulture)).Append(")</h3>\n<div class=\"kz-records-grid\">");
            foreach (EditionRecord record in kind)
            {
                RecordCards.Append(html, model, record, withAnchor: true);
                html.Append('\n');
            }

            html.Append("</div>\n");
        }

        html.Append(open ? "" : "</details>\n").Append("</section>\n");
    }

    private static void AppendFooter(StringBuilder html) =>
        html.Append("<footer><p>Made by KazChina.Model.Exports. Charts drawn with Vega 6.4.0, Vega-Lite 6.5.0 and vega-embed 7.3.0 ")
            .Append("(BSD-3-Clause, © University of Washington Interactive Data Lab), inlined in this page. Country outlines: Natural Earth ")
            .Append("1:110m Admin 0 (public domain) via world-atlas 2.0.2 (ISC, © Michael Bostock).</p></footer>\n");

    private static void StartChartSection(StringBuilder html, string anchor, string title, string caption) =>
        html.Append("<section id=\"").Append(anchor).Append("\" aria-labelledby=\"").Append(anchor).Append("_title\">\n<h2 id=\"").Append(anchor).Append("_title\">")
            .Text(title).Append("</h2>\n<p class=\"kz-caption\">").Text(caption).Append("</p>\n");

    private static void AppendChart(StringBuilder html, string chartId, string spec) =>
        html.Append("<div class=\"kz-chart\" id=\"").Append(chartId).Append("\"></div>\n<script type=\"application/json\" data-chart=\"").Append(chartId).Append("\">")
            .Append(spec).Append("</script>\n");

    private static void AppendLinkList(StringBuilder html, ReportModel model, string title, IEnumerable<EditionRecord> records)
    {
        EditionRecord[] list = [.. records];
        if (list.Length == 0)
        {
            return;
        }

        html.Append("<p class=\"kz-caption\">").Text(title).Append(": ");
        for (int i = 0; i < list.Length; i++)
        {
            html.Append(i == 0 ? "" : ", ");
            AppendRecordLink(html, model, list[i]);
        }

        html.Append(".</p>\n");
    }

    private static void AppendRecordLink(StringBuilder html, ReportModel model, EditionRecord record) =>
        html.Append("<a href=\"#").Text(record.Id.Value).Append("\">").Text(model.Label(record)).Append("</a>");

    private static string Fragment(Action<StringBuilder> content, bool libraries)
    {
        var html = new StringBuilder(1 << 16);
        html.Append("<div class=\"kz-report\">\n<style>\n").Append(ReportAssets.Style).Append("</style>\n");
        content(html);
        html.Append(libraries ? ReportAssets.Libraries : "").Append("<script>\n").Append(ReportAssets.PageScript).Append("</script>\n</div>\n");
        return html.ToString();
    }

    // A fragment's chart gets an id of its own, so that two outputs on one notebook page never draw into each other.
    private static string FragmentId(string chart) => $"kz_{chart}_{Guid.NewGuid():N}_chart";
}

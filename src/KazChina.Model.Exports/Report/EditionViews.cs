using System;
using System.Collections.Generic;

namespace KazChina.Model.Exports;

/// <summary>
/// The report's views one at a time, to show inline in a notebook or LINQPad with one line:
/// <c>EditionViews.Timeline(edition)</c> as a .NET Interactive cell's value, or
/// <c>Util.RawHtml(EditionViews.Timeline(edition).Html).Dump()</c> in LINQPad.
/// </summary>
/// <remarks>
/// Each chart view carries Vega, Vega-Lite and vega-embed (about 0.85 MB) by default, so that it draws on its own:
/// a notebook reopened later, or with some outputs cleared, shows every saved chart whatever came before it. Pass
/// <c>includeLibraries: false</c> to leave them out when an output shown earlier on the same page has them.
/// </remarks>
public static class EditionViews
{
    /// <summary>Returns the timeline of every dated record, drawn so precision is visible, with the same entries as a table.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="includeLibraries">Whether the view carries the Vega libraries.</param>
    /// <returns>The view.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="EditionValidationException">The edition is not valid.</exception>
    public static EditionView Timeline(KazChinaEdition edition, bool includeLibraries = true) =>
        new("Timeline", EditionReport.TimelineHtml(edition, includeLibraries));

    /// <summary>Returns the trade chart (actual against target, bounds, as stated and as read) with the figures as a table.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="includeLibraries">Whether the view carries the Vega libraries.</param>
    /// <returns>The view.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="EditionValidationException">The edition is not valid.</exception>
    public static EditionView TradeChart(KazChinaEdition edition, bool includeLibraries = true) =>
        new("Trade figures", EditionReport.TradeChartHtml(edition, includeLibraries));

    /// <summary>Returns the map of the places with coordinates and the projects between them.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="includeLibraries">Whether the view carries the Vega libraries.</param>
    /// <returns>The view.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="EditionValidationException">The edition is not valid.</exception>
    public static EditionView Map(KazChinaEdition edition, bool includeLibraries = true) =>
        new("Map", EditionReport.MapHtml(edition, includeLibraries));

    /// <summary>Returns the reading view: the article's text with every evidence span highlighted and the editorial notes in the margin.</summary>
    /// <param name="edition">The edition.</param>
    /// <returns>The view.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="EditionValidationException">The edition is not valid.</exception>
    public static EditionView Reading(KazChinaEdition edition) =>
        new("The article, annotated", EditionReport.ReadingHtml(edition));

    /// <summary>Returns one record: its card (values as stated and as read, citations, notes) and its words highlighted in their paragraphs.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="id">The record's id.</param>
    /// <returns>The view.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No record has <paramref name="id"/>.</exception>
    /// <exception cref="EditionValidationException">The edition is not valid.</exception>
    public static EditionView Record(KazChinaEdition edition, RecordId id) =>
        new("Record " + id.Value, EditionReport.RecordHtml(edition, id));
}

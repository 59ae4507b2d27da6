using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace KazChina.Model.Cli;

/// <summary>
/// The edition's citations as CSL-JSON (the Citation Style Language's data format), for Zotero, Pandoc and
/// citeproc: one item per citation occurrence, with the citation's id, a CSL type, the outlet as
/// container-title and publisher, the title where the article gives one, the date as <c>issued</c>
/// date-parts (the inferred year included, and said so in the note) and the outlet's web address as URL.
/// </summary>
internal static class CslJsonExport
{
    /// <summary>The CSL type of a citation of an outlet without a web address.</summary>
    public const string NewsType = "article-newspaper";

    /// <summary>The CSL type of a citation of an outlet known by its web address.</summary>
    public const string WebType = "webpage";

    /// <summary>The CSL type of the credit for the article's image.</summary>
    public const string ImageType = "graphic";

    // Relaxed escaping keeps "’" and "…" readable; the output is a data file, never embedded in HTML.
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the citations as a CSL-JSON array, in edition order.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="destination">Where the UTF-8 bytes go; left open.</param>
    public static void Write(KazChinaEdition edition, Stream destination)
    {
        Dictionary<RecordId, Organization> outlets = edition.Organizations
            .GroupBy(o => o.Id)
            .ToDictionary(g => g.Key, g => g.First());
        using (var json = new Utf8JsonWriter(destination, WriterOptions))
        {
            json.WriteStartArray();
            foreach (Citation citation in edition.Citations)
            {
                WriteItem(json, citation, outlets.GetValueOrDefault(citation.OutletId), edition.Article);
            }

            json.WriteEndArray();
        }

        destination.WriteByte((byte)'\n');
    }

    private static void WriteItem(Utf8JsonWriter json, Citation citation, Organization? outlet, Article article)
    {
        string outletName = outlet?.Name ?? citation.OutletAsWritten;
        json.WriteStartObject();
        json.WriteString("id", citation.Id.Value);
        json.WriteString("type", TypeOf(citation, outlet));
        if (citation.Title is { } title)
        {
            json.WriteString("title", title);
        }

        json.WriteString("container-title", outletName);
        json.WriteString("publisher", outletName);
        if (citation.Date is { } date)
        {
            json.WritePropertyName("issued");
            json.WriteStartObject();

            // Written raw so the date reads [[2011,6,13]] on one line, as CSL-JSON is usually shown.
            json.WritePropertyName("date-parts");
            json.WriteRawValue("[[" + string.Join(",", DateParts(date)) + "]]");
            json.WriteEndObject();
        }

        if (outlet?.Website is { } website)
        {
            json.WriteString("URL", website.Contains("://", StringComparison.Ordinal) ? website : "http://" + website);
        }

        json.WriteString("note", NoteOf(citation, article));
        json.WriteEndObject();
    }

    private static IEnumerable<string> DateParts(PartialDate date)
    {
        yield return date.Year.ToString(CultureInfo.InvariantCulture);
        if (date.Month is int month)
        {
            yield return month.ToString(CultureInfo.InvariantCulture);
        }

        if (date.Day is int day)
        {
            yield return day.ToString(CultureInfo.InvariantCulture);
        }
    }

    private static string TypeOf(Citation citation, Organization? outlet) =>
        citation.CitationKind == CitationKind.ImageCredit ? ImageType
        : outlet?.Website is not null ? WebType
        : NewsType;

    private static string NoteOf(Citation citation, Article article)
    {
        string note = string.Create(
            CultureInfo.InvariantCulture,
            $"Cited in {article.Publication} {article.Volume}({article.Issue}) as \"{citation.Span?.Text ?? citation.OutletAsWritten}\"");
        if (citation.Date is { YearInferred: true } date)
        {
            note += $"; the year {date.Year} is inferred, the article gives none";
        }

        if (citation.Date is { Part: not MonthPart.Whole } part)
        {
            note += $"; {part.Part.ToString().ToLowerInvariant()} in the month";
        }

        return note + ".";
    }
}

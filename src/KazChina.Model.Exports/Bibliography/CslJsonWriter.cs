using System;
using System.Globalization;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace KazChina.Model.Exports;

/// <summary>
/// Writes a <see cref="Bibliography"/> as CSL-JSON, the data format of the Citation Style Language that citeproc-js,
/// citation-js, Pandoc (<c>--citeproc</c>) and Zotero read: a UTF-8 JSON array of items in the bibliography's order.
/// </summary>
/// <remarks>
/// Each item has its <c>id</c> (<see cref="BibliographyItem.Key"/>), a CSL <c>type</c>, <c>title</c>,
/// <c>container-title</c> or <c>publisher</c>, <c>volume</c> and <c>issue</c> where known, <c>issued</c> as
/// date-parts to the precision the article gives (an inferred year included: the note says it is inferred),
/// <c>URL</c> only as <see cref="BibliographyItem.Url"/> has it, <c>medium</c>, a <c>note</c> in words, and
/// <c>custom</c> (CSL 1.0.2's field for data of its own, which processors do not print) with the ids of the records
/// the item stands for, the spans of the article where it is cited, and whether the title and the year are the
/// editors'. The <c>note</c> is what a person reads (annotated styles print it); <c>custom</c> is what a program reads.
/// </remarks>
public static class CslJsonWriter
{
    // Relaxed escaping keeps “ ” and – readable; the output is a data file, never embedded in HTML as it is.
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Gets the CSL item type of a kind of item.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns><c>article-journal</c>, <c>article-newspaper</c>, <c>webpage</c> or <c>graphic</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static string TypeOf(BibliographyItemKind kind) => kind switch
    {
        BibliographyItemKind.Article => "article-journal",
        BibliographyItemKind.NewsItem => "article-newspaper",
        BibliographyItemKind.WebPage => "webpage",
        BibliographyItemKind.Image => "graphic",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind of bibliography item."),
    };

    /// <summary>Writes the bibliography as a CSL-JSON array, ending with a line feed.</summary>
    /// <param name="bibliography">The bibliography.</param>
    /// <param name="destination">Where the UTF-8 bytes go; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Bibliography bibliography, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(bibliography);
        ArgumentNullException.ThrowIfNull(destination);
        using (var json = new Utf8JsonWriter(destination, WriterOptions))
        {
            json.WriteStartArray();
            foreach (BibliographyItem item in bibliography.Items)
            {
                WriteItem(json, item);
            }

            json.WriteEndArray();
        }

        destination.WriteByte((byte)'\n');
    }

    private static void WriteItem(Utf8JsonWriter json, BibliographyItem item)
    {
        json.WriteStartObject();
        json.WriteString("id", item.Key);
        json.WriteString("type", TypeOf(item.Kind));
        json.WriteString("title", item.Title);
        WriteIfPresent(json, "container-title", item.ContainerTitle);
        WriteIfPresent(json, "publisher", item.Publisher);
        WriteIfPresent(json, "volume", item.Volume?.ToString(CultureInfo.InvariantCulture));
        WriteIfPresent(json, "issue", item.Issue?.ToString(CultureInfo.InvariantCulture));
        if (item.Issued is { } date)
        {
            json.WritePropertyName("issued");
            json.WriteStartObject();

            // Written raw so the date reads [[2011,6,13]] on one line, as CSL-JSON is usually shown.
            json.WritePropertyName("date-parts");
            json.WriteRawValue("[[" + string.Join(",", DateParts(date)) + "]]");
            json.WriteEndObject();
        }

        WriteIfPresent(json, "URL", item.Url);
        WriteIfPresent(json, "medium", item.Medium);
        json.WriteString("note", item.Note);
        WriteCustom(json, item);
        json.WriteEndObject();
    }

    private static void WriteCustom(Utf8JsonWriter json, BibliographyItem item)
    {
        json.WritePropertyName("custom");
        json.WriteStartObject();
        json.WritePropertyName("recordIds");
        json.WriteStartArray();
        foreach (RecordId id in item.RecordIds)
        {
            json.WriteStringValue(id.Value);
        }

        json.WriteEndArray();
        json.WritePropertyName("spans");
        json.WriteStartArray();
        foreach (TextSpan span in item.Spans)
        {
            json.WriteStartObject();
            json.WriteNumber("start", span.Start);
            json.WriteNumber("length", span.Length);
            json.WriteString("text", span.Text);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteBoolean("titleSupplied", item.TitleSupplied);
        json.WriteBoolean("yearInferred", item.Issued?.YearInferred ?? false);
        json.WriteEndObject();
    }

    private static void WriteIfPresent(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static string[] DateParts(PartialDate date) => date.Precision switch
    {
        DatePrecision.Day => [Number(date.Year), Number(date.Month!.Value), Number(date.Day!.Value)],
        DatePrecision.Month => [Number(date.Year), Number(date.Month!.Value)],
        _ => [Number(date.Year)],
    };

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}

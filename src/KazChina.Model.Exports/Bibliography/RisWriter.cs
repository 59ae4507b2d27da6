using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace KazChina.Model.Exports;

/// <summary>
/// Writes a <see cref="Bibliography"/> as RIS, the tagged format of reference managers (EndNote, Zotero, Mendeley):
/// one record per item from <c>TY</c> to <c>ER</c>, each tag on its own line ending in a carriage return and line
/// feed as the RIS specification requires, in UTF-8 without a byte order mark.
/// </summary>
/// <remarks>
/// Tags: <c>TY</c> (type), <c>ID</c> (<see cref="BibliographyItem.Key"/>), <c>TI</c>, <c>T2</c> (periodical or
/// outlet), <c>PB</c>, <c>VL</c>, <c>IS</c>, <c>PY</c> (year), <c>DA</c> (<c>YYYY/MM/DD/</c> to the precision known,
/// with <c>year inferred</c> in its last part where it is), <c>UR</c>, <c>M3</c> (medium) and <c>N1</c> (the note).
/// A value is one line: line breaks, tabs and control characters in the data become single spaces, so no value can
/// start a tag of its own.
/// </remarks>
public static class RisWriter
{
    private const string LineEnd = "\r\n";

    /// <summary>Gets the RIS reference type of a kind of item.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns><c>JOUR</c>, <c>NEWS</c>, <c>ELEC</c> or <c>ART</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static string TypeOf(BibliographyItemKind kind) => kind switch
    {
        BibliographyItemKind.Article => "JOUR",
        BibliographyItemKind.NewsItem => "NEWS",
        BibliographyItemKind.WebPage => "ELEC",
        BibliographyItemKind.Image => "ART",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind of bibliography item."),
    };

    /// <summary>Writes the bibliography as RIS records.</summary>
    /// <param name="bibliography">The bibliography.</param>
    /// <param name="destination">Where the UTF-8 bytes go; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Bibliography bibliography, Stream destination) => OneLine.Write(bibliography, destination, AppendRecord);

    /// <summary>Makes text safe as one RIS value: line breaks, tabs and control characters become single spaces, and the ends are trimmed.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text on one line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return OneLine.Of(text);
    }

    private static void AppendRecord(StringBuilder text, BibliographyItem item)
    {
        Tag(text, "TY", TypeOf(item.Kind));
        Tag(text, "ID", item.Key);
        Tag(text, "TI", item.Title);
        Tag(text, "T2", item.ContainerTitle);
        Tag(text, "PB", item.Publisher);
        Tag(text, "VL", item.Volume?.ToString(CultureInfo.InvariantCulture));
        Tag(text, "IS", item.Issue?.ToString(CultureInfo.InvariantCulture));
        if (item.Issued is { } date)
        {
            Tag(text, "PY", date.Year.ToString("D4", CultureInfo.InvariantCulture));
            Tag(text, "DA", string.Create(
                CultureInfo.InvariantCulture,
                $"{date.Year:D4}/{date.Month:D2}/{date.Day:D2}/{(date.YearInferred ? "year inferred" : string.Empty)}"));
        }

        Tag(text, "UR", item.Url);
        Tag(text, "M3", item.Medium);
        Tag(text, "N1", item.Note);
        text.Append("ER  - ").Append(LineEnd);
    }

    private static void Tag(StringBuilder text, string tag, string? value)
    {
        if (value is not null && OneLine.Of(value) is { Length: > 0 } line)
        {
            text.Append(tag).Append("  - ").Append(line).Append(LineEnd);
        }
    }
}

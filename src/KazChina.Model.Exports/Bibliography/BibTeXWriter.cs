using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace KazChina.Model.Exports;

/// <summary>
/// Writes a <see cref="Bibliography"/> as BibTeX for reference managers and LaTeX: UTF-8, LF line ends, one entry per
/// item keyed by <see cref="BibliographyItem.Key"/>. Fields are those BibTeX and biblatex both read (<c>journal</c>,
/// <c>number</c>, <c>year</c>, <c>month</c> as a macro), plus biblatex's <c>date</c> for the day.
/// </summary>
/// <remarks>
/// Text from the data is escaped for TeX: <c>\ { } % &amp; # $ _ ~ ^</c> become their TeX forms, so no value can
/// close its field or run a command; line breaks, tabs and control characters become single spaces, since a blank
/// line would end a paragraph inside the field. A title is kept in an extra pair of braces so that styles do not
/// change its case. URLs are only those <see cref="BibliographyItem.Url"/> holds, which contain no character that
/// needs escaping.
/// </remarks>
public static class BibTeXWriter
{
    private static readonly string[] MonthMacros = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Gets the BibTeX entry type of a kind of item.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns><c>article</c>, <c>online</c> or <c>misc</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static string EntryTypeOf(BibliographyItemKind kind) => kind switch
    {
        BibliographyItemKind.Article or BibliographyItemKind.NewsItem => "article",
        BibliographyItemKind.WebPage => "online",
        BibliographyItemKind.Image => "misc",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind of bibliography item."),
    };

    /// <summary>Writes the bibliography as BibTeX entries, each followed by an empty line.</summary>
    /// <param name="bibliography">The bibliography.</param>
    /// <param name="destination">Where the UTF-8 bytes (no byte order mark) go; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Bibliography bibliography, Stream destination) => OneLine.Write(bibliography, destination, AppendEntry);

    /// <summary>Escapes text for a braced BibTeX field: TeX's special characters as commands, white space and control characters as single spaces.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The escaped text, trimmed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length);
        foreach (char c in OneLine.Of(text))
        {
            escaped.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' => @"\{",
                '}' => @"\}",
                '%' => @"\%",
                '&' => @"\&",
                '#' => @"\#",
                '$' => @"\$",
                '_' => @"\_",
                '~' => @"\textasciitilde{}",
                '^' => @"\textasciicircum{}",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    private static void AppendEntry(StringBuilder text, BibliographyItem item)
    {
        text.Append('@').Append(EntryTypeOf(item.Kind)).Append('{').Append(item.Key).Append(",\n");
        Field(text, "title", "{" + Escape(item.Title) + "}");
        string? container = item.ContainerTitle is { } c ? Escape(c) : null;
        if (item.Kind == BibliographyItemKind.WebPage)
        {
            Field(text, "organization", container);
        }
        else
        {
            Field(text, "journal", container);
        }

        Field(text, "organization", item.Publisher is { } p ? Escape(p) : null);
        Field(text, "volume", item.Volume?.ToString(CultureInfo.InvariantCulture));
        Field(text, "number", item.Issue?.ToString(CultureInfo.InvariantCulture));
        if (item.Issued is { } date)
        {
            Field(text, "date", Bibliography.IsoDate(date));
            Field(text, "year", date.Year.ToString(CultureInfo.InvariantCulture));
            if (date.Month is int month)
            {
                text.Append("  month = ").Append(MonthMacros[month - 1]).Append(",\n");
            }
        }

        Field(text, "url", item.Url);
        Field(text, "howpublished", item.Medium is { } m ? Escape(m) : null);
        Field(text, "note", Escape(item.Note));
        text.Append("}\n\n");
    }

    private static void Field(StringBuilder text, string name, string? escapedValue)
    {
        if (escapedValue is not null)
        {
            text.Append("  ").Append(name).Append(" = {").Append(escapedValue).Append("},\n");
        }
    }
}

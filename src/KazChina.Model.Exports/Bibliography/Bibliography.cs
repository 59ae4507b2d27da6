using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace KazChina.Model.Exports;

/// <summary>
/// The edition's bibliography: the article itself, then one item per piece the article cites (same outlet, same
/// date, same title, same kind of citation), in the order the article first cites each, with every occurrence
/// listed in it. <see cref="CslJsonWriter"/>, <see cref="BibTeXWriter"/> and <see cref="RisWriter"/> write it for
/// citation processors and reference managers.
/// </summary>
/// <remarks>
/// Nothing is invented: a title the article does not give is a bracketed description marked as the editors'
/// (<see cref="BibliographyItem.TitleSupplied"/>), an inferred year is said to be inferred, a web address is used
/// as a URL only as the article writes it and only when it is complete, and the article's unknown author and
/// publication day stay unknown.
/// </remarks>
public sealed class Bibliography
{
    private Bibliography(ValueList<BibliographyItem> items) => Items = items;

    /// <summary>Gets the items: the article first, then the cited pieces in the order the article first cites them.</summary>
    public ValueList<BibliographyItem> Items { get; }

    /// <summary>Builds the bibliography of an edition.</summary>
    /// <param name="edition">The edition, as stated or corrected; its citations' dates are used as they stand in it.</param>
    /// <returns>The bibliography.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    public static Bibliography From(KazChinaEdition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        Article article = edition.Article;
        string citedIn = string.Create(CultureInfo.InvariantCulture, $"“{article.Title}” ({article.Publication} {article.Volume}({article.Issue}))");
        var outlets = new Dictionary<RecordId, Organization>();
        foreach (Organization organization in edition.Organizations)
        {
            outlets.TryAdd(organization.Id, organization);
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        var items = new List<BibliographyItem> { ArticleItem(article, keys) };
        foreach (IGrouping<PieceKey, Citation> piece in edition.Citations.GroupBy(c => new PieceKey(c.CitationKind, c.OutletId, c.Date, c.Title)))
        {
            items.Add(PieceItem([.. piece], outlets.GetValueOrDefault(piece.Key.OutletId), article, citedIn, keys));
        }

        return new Bibliography(items.ToValueList());
    }

    private static BibliographyItem ArticleItem(Article article, HashSet<string> keys)
    {
        var note = new StringBuilder("The article this edition is of. The text names no author");
        PartialDate? issued = null;
        if (article.PublicationDate is { } estimate)
        {
            note.Append(CultureInfo.InvariantCulture, $" and gives no publication date: it is estimated between {estimate.Earliest:yyyy'-'MM'-'dd} and {estimate.Latest:yyyy'-'MM'-'dd}");
            if (estimate.Earliest.Year == estimate.Latest.Year)
            {
                issued = PartialDate.OfYear(estimate.Earliest.Year, yearInferred: true);
                note.Append(CultureInfo.InvariantCulture, $", so only the year {issued.Year} is given, inferred from that estimate");
            }
        }
        else
        {
            note.Append(" and gives no publication date");
        }

        note.Append('.');
        return new BibliographyItem(
            key: UniqueKey(string.Create(CultureInfo.InvariantCulture, $"{Slug(article.Publication)}-{article.Volume}-{article.Issue}"), keys),
            kind: BibliographyItemKind.Article,
            title: article.Title,
            titleSupplied: false,
            containerTitle: article.Publication,
            publisher: null,
            volume: article.Volume,
            issue: article.Issue,
            issued: issued,
            url: null,
            medium: null,
            recordIds: ValueList.Create(article.Id),
            spans: article.Evidence.Spans,
            note: note.ToString());
    }

    private static BibliographyItem PieceItem(Citation[] occurrences, Organization? outlet, Article article, string citedIn, HashSet<string> keys)
    {
        Citation first = occurrences[0];
        string outletName = outlet?.Name ?? first.OutletAsWritten;
        bool image = first.CitationKind == CitationKind.ImageCredit;
        string? website = outlet?.Website;
        string? url = website is not null && WebAddress.IsComplete(website) ? website : null;
        BibliographyItemKind kind = image ? BibliographyItemKind.Image
            : website is not null ? BibliographyItemKind.WebPage
            : BibliographyItemKind.NewsItem;
        ValueList<TextSpan> spans = occurrences.Where(c => c.Span is not null).Select(c => c.Span!).ToValueList();

        var note = new StringBuilder();
        note.Append(image ? "Credited as " : $"Cited {Times(occurrences.Length)} in {citedIn} as ");
        note.AppendJoin(" and ", spans.Select(s => s.Text).Distinct(StringComparer.Ordinal).Select(t => $"“{t}”"));
        note.Append(image ? $" in {citedIn}" : string.Empty);
        note.Append(CultureInfo.InvariantCulture, $", at {(spans.Count == 1 ? "offset" : "offsets")} ");
        note.AppendJoin(" and ", spans.Select(s => s.Start.ToString(CultureInfo.InvariantCulture)));
        note.Append(" of its text (UTF-16 code units).");
        if (first.Date is { } date)
        {
            if (date.YearInferred)
            {
                note.Append(CultureInfo.InvariantCulture, $" The year {date.Year} is inferred: the article gives the date as “{first.DateAsWritten}”.");
            }

            if (date.Part != MonthPart.Whole)
            {
                note.Append(CultureInfo.InvariantCulture, $" The article dates it to {date.Part.ToString().ToLowerInvariant()} in the month, not to a day.");
            }
        }
        else
        {
            note.Append(" The article gives no date for it.");
        }

        // A description names the outlet so that untitled pieces do not all read alike: a style that puts the title
        // first (APA, or Chicago for a web page) would otherwise list them under one heading or as repeated dashes.
        string title = first.Title ?? (image ? $"[Image accompanying “{article.Title}”]" : $"[{outletName} item; title not given in the citing article]");
        if (first.Title is null)
        {
            note.Append(" The title in square brackets is the editors' description: the article gives none.");
        }

        if (url is not null)
        {
            note.Append(" The URL is the outlet's address as the article writes it, not the cited page's.");
        }
        else if (website is not null)
        {
            note.Append(CultureInfo.InvariantCulture, $" The article writes the outlet's address as “{website}”, which is not a complete address, so no URL is given.");
        }

        string baseKey = image ? $"{first.OutletId.Value}-image"
            : first.Date is { } d ? $"{first.OutletId.Value}-{IsoDate(d)}"
            : $"{first.OutletId.Value}-undated";
        if (first.Title is { } ownTitle)
        {
            baseKey += "-" + Slug(string.Join(' ', ownTitle.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(5)));
        }

        return new BibliographyItem(
            key: UniqueKey(baseKey, keys),
            kind: kind,
            title: title,
            titleSupplied: first.Title is null,
            containerTitle: image ? null : outletName,
            publisher: image ? outletName : null,
            volume: null,
            issue: null,
            issued: first.Date,
            url: url,
            medium: image ? "Image" : null,
            recordIds: occurrences.Select(c => c.Id).ToValueList(),
            spans: spans,
            note: note.ToString());
    }

    private static string Times(int count) => count switch
    {
        1 => "once",
        2 => "twice",
        _ => count.ToString(CultureInfo.InvariantCulture) + " times",
    };

    /// <summary>Writes a date to its precision as ISO 8601 does: <c>2011</c>, <c>2011-06</c> or <c>2011-06-13</c>.</summary>
    internal static string IsoDate(PartialDate date) => date.Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{date.Year:D4}-{date.Month:D2}-{date.Day:D2}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{date.Year:D4}-{date.Month:D2}"),
        _ => date.Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    // A key stays what it was as long as the piece does; only a second piece with the same outlet, date and first
    // words of its title gets a number, so keys never depend on unrelated items.
    private static string UniqueKey(string baseKey, HashSet<string> keys)
    {
        string key = baseKey;
        for (int n = 2; !keys.Add(key); n++)
        {
            key = string.Create(CultureInfo.InvariantCulture, $"{baseKey}-{n}");
        }

        return key;
    }

    private static string Slug(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (char c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        string result = slug.ToString().TrimEnd('-');
        return result.Length > 0 ? result : "item";
    }

    private readonly record struct PieceKey(CitationKind Kind, RecordId OutletId, PartialDate? Date, string? Title);
}

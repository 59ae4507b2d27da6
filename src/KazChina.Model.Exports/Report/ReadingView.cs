using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace KazChina.Model.Exports;

/// <summary>
/// The article's text with every distinct evidence span highlighted, and the editorial notes in the margin at their
/// spans.
/// </summary>
/// <remarks>
/// Spans nest (a name inside the sentence that states a figure) and sometimes cross (two sentences' spans that share
/// words). HTML elements can only nest, so the text is cut at every span's start and end and each span is drawn as
/// one <c>mark</c>, or, where a span crosses one that opened inside it and is still open, as consecutive pieces:
/// when a span ends, the spans opened inside it and still open are closed with it and reopened just after, as
/// continuation pieces. Every piece carries the span's number (<c>data-span</c>); the first piece also carries its
/// anchor. So the number of distinct <c>data-span</c> values is the number of distinct spans.
/// </remarks>
internal static class ReadingView
{
    /// <summary>Appends the text with its highlights and margin notes.</summary>
    /// <param name="html">The HTML being built.</param>
    /// <param name="edition">A valid edition.</param>
    /// <param name="spans">Its distinct evidence spans (<see cref="EvidenceSpan.Of"/>).</param>
    public static void Append(StringBuilder html, KazChinaEdition edition, IReadOnlyList<EvidenceSpan> spans)
    {
        string text = edition.Article.Text;
        ILookup<int, EvidenceSpan> opening = spans.ToLookup(s => s.Start);
        ILookup<int, EditorialNote> notes = edition.EditorialNotes
            .Where(n => n.Evidence.Spans.Count > 0)
            .ToLookup(n => n.Evidence.Spans.Min(s => s.Start));
        int[] boundaries = spans.SelectMany(s => (int[])[s.Start, s.End])
            .Concat(notes.Select(g => g.Key))
            .Append(0)
            .Append(text.Length)
            .Distinct()
            .Order()
            .ToArray();

        var open = new List<EvidenceSpan>();
        html.Append("<div class=\"kz-text\" lang=\"en\">");
        for (int b = 0; b < boundaries.Length; b++)
        {
            int at = boundaries[b];
            Close(html, open, at);
            foreach (EditorialNote note in notes[at])
            {
                AppendMarginNote(html, note);
            }

            foreach (EvidenceSpan span in opening[at].OrderByDescending(s => s.End))
            {
                Open(html, span, first: true);
                open.Add(span);
            }

            if (b + 1 < boundaries.Length)
            {
                html.Text(text[at..boundaries[b + 1]]);
            }
        }

        html.Append("</div>");
    }

    // Closes every open span that ends here, with the spans opened inside it; those that go on are reopened.
    private static void Close(StringBuilder html, List<EvidenceSpan> open, int at)
    {
        int lowest = open.FindIndex(s => s.End == at);
        if (lowest < 0)
        {
            return;
        }

        List<EvidenceSpan> goingOn = [];
        for (int i = open.Count - 1; i >= lowest; i--)
        {
            html.Append("</mark>");
            if (open[i].End > at)
            {
                goingOn.Insert(0, open[i]);
            }
        }

        open.RemoveRange(lowest, open.Count - lowest);
        foreach (EvidenceSpan span in goingOn)
        {
            Open(html, span, first: false);
            open.Add(span);
        }
    }

    private static void Open(StringBuilder html, EvidenceSpan span, bool first)
    {
        html.Append("<mark class=\"kz-hl k-").Append(Enums.Name(span.Kinds[0])).Append('"');
        if (first)
        {
            html.Append(" id=\"").Append(span.Anchor).Append('"');
        }

        html.Append(" data-span=\"").Append(span.Index.ToString(CultureInfo.InvariantCulture))
            .Append("\" data-kinds=\"").Append(string.Join(' ', span.Kinds.Select(Enums.Name)))
            .Append("\" data-records=\"").Text(string.Join(' ', span.Records.Select(r => r.Id.Value)))
            .Append("\">");
    }

    private static void AppendMarginNote(StringBuilder html, EditorialNote note)
    {
        html.Append("<span class=\"kz-note\" role=\"note\" data-kinds=\"editorialNote\">")
            .Append("<a href=\"#").Text(note.Id.Value).Append("\">")
            .Text(Enums.Words(note.NoteKind)).Append("</a>: ")
            .Append("<q>").Text(note.AsWritten).Append("</q> → ").Text(note.Reading);
        if (note.Reference is { } reference)
        {
            html.Append(" <cite>").Text(reference).Append("</cite>");
        }

        html.Append(" <span class=\"kz-confidence\">(").Text(Enums.Words(note.Confidence)).Append(" confidence)</span></span>");
    }
}

using System;
using System.Collections.Generic;
using System.Linq;

namespace KazChina.Model;

/// <summary>
/// Where the edition's facts come from: the spans, citations, outlets and editorial notes behind any
/// record; every record a citation or an outlet supports; the records editors annotated; and search over
/// the words of the evidence.
/// </summary>
/// <remarks>
/// Every helper works on the edition value it is given, through indexes built once per edition and shared
/// by all threads. Every list is read-only and in edition order unless stated. An id argument must name a
/// record of the edition (a typo throws <see cref="KeyNotFoundException"/> rather than finding nothing);
/// ids a record cites that name no record (an invalid edition; <see cref="KazChinaEdition.Validate"/>
/// reports them) are left out.
/// </remarks>
public static class ProvenanceQueries
{
    /// <summary>Returns what a record rests on: its spans, the citations the article gives for it and their outlets, and the editorial notes on it.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="id">The record's id, any kind.</param>
    /// <returns>The record's provenance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is default.</exception>
    /// <exception cref="KeyNotFoundException">No record has <paramref name="id"/>.</exception>
    public static Provenance ProvenanceOf(this KazChinaEdition edition, RecordId id)
    {
        EditionIndex index = QueryChecks.IndexOf(edition);
        EditionRecord record = QueryChecks.Resolve(edition, id, nameof(id));
        var citations = record.Evidence.CitationIds
            .Select(c => edition.ById.GetValueOrDefault(c) as Citation)
            .OfType<Citation>()
            .ToValueList();
        var outlets = citations
            .Select(c => c.OutletId)
            .Distinct()
            .Select(o => edition.ById.GetValueOrDefault(o) as Organization)
            .OfType<Organization>()
            .ToValueList();
        return new Provenance(record, citations, outlets, EditionIndex.Find(index.NotesByTarget, id));
    }

    /// <summary>Returns every record whose evidence gives a citation.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="citationId">The citation's id, e.g. <c>cite-xinhua-2011-06-13-a</c>.</param>
    /// <returns>The records the citation supports, in edition order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="citationId"/> is default or names a record that is not a citation.</exception>
    /// <exception cref="KeyNotFoundException">No record has <paramref name="citationId"/>.</exception>
    public static IReadOnlyList<EditionRecord> SupportedBy(this KazChinaEdition edition, RecordId citationId)
    {
        EditionIndex index = QueryChecks.IndexOf(edition);
        QueryChecks.Resolve(edition, citationId, nameof(citationId), RecordKind.Citation);
        return EditionIndex.Find(index.SupportedByCitation, citationId);
    }

    /// <summary>Returns every record whose evidence gives a citation of one outlet: everything, say, Xinhua supports.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="outletId">The outlet's id, e.g. <c>xinhua</c>.</param>
    /// <returns>The records, each once, in edition order; the outlet's citations themselves are not among them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="outletId"/> is default or names a record that is not an organization.</exception>
    /// <exception cref="KeyNotFoundException">No record has <paramref name="outletId"/>.</exception>
    public static IReadOnlyList<EditionRecord> SupportedByOutlet(this KazChinaEdition edition, RecordId outletId)
    {
        EditionIndex index = QueryChecks.IndexOf(edition);
        QueryChecks.Resolve(edition, outletId, nameof(outletId), RecordKind.Organization);
        return EditionIndex.Find(index.SupportedByOutlet, outletId);
    }

    /// <summary>Returns the citations that name an outlet.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="outletId">The outlet's id, e.g. <c>xinhua</c>.</param>
    /// <returns>The citations, one per occurrence in the article, in edition order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="outletId"/> is default or names a record that is not an organization.</exception>
    /// <exception cref="KeyNotFoundException">No record has <paramref name="outletId"/>.</exception>
    public static IReadOnlyList<Citation> CitationsFrom(this KazChinaEdition edition, RecordId outletId)
    {
        EditionIndex index = QueryChecks.IndexOf(edition);
        QueryChecks.Resolve(edition, outletId, nameof(outletId), RecordKind.Organization);
        return EditionIndex.Find(index.CitationsByOutlet, outletId);
    }

    /// <summary>Returns the editorial notes on a record.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="id">The annotated record's id, e.g. <c>hu-jintao</c>.</param>
    /// <returns>The notes whose targets include the record, in edition order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is default.</exception>
    /// <exception cref="KeyNotFoundException">No record has <paramref name="id"/>.</exception>
    public static IReadOnlyList<EditorialNote> NotesOn(this KazChinaEdition edition, RecordId id)
    {
        EditionIndex index = QueryChecks.IndexOf(edition);
        QueryChecks.Resolve(edition, id, nameof(id));
        return EditionIndex.Find(index.NotesByTarget, id);
    }

    /// <summary>Returns every record that carries editorial notes, with its notes.</summary>
    /// <param name="edition">The edition.</param>
    /// <returns>The annotated records, in edition order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    public static IReadOnlyList<AnnotatedRecord> AnnotatedRecords(this KazChinaEdition edition) => QueryChecks.IndexOf(edition).AnnotatedRecords;

    /// <summary>
    /// Finds words in the evidence: every span of every record's evidence that contains <paramref name="text"/>,
    /// ignoring case and the difference between curly and straight quotes and between dashes and hyphens
    /// (so <c>Kazakhstan's</c> finds "Kazakhstan’s").
    /// </summary>
    /// <param name="edition">The edition.</param>
    /// <param name="text">The words to find, exactly as they would run in the text (white space included).</param>
    /// <returns>One match per (record, span) containing the words, at the span's first occurrence: records in edition order, each record's spans in its order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty or white space.</exception>
    public static IReadOnlyList<EvidenceMatch> SearchEvidence(this KazChinaEdition edition, string text)
    {
        EditionIndex index = QueryChecks.IndexOf(edition);
        ArgumentNullException.ThrowIfNull(text);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(text), nameof(text), "The words to find must not be empty or white space.");
        string folded = TextFolding.FoldCharacters(text);
        var matches = new List<EvidenceMatch>();
        foreach (EditionIndex.SearchableSpan candidate in index.SearchableSpans)
        {
            int at = candidate.FoldedText.IndexOf(folded, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                matches.Add(new EvidenceMatch(candidate.Record, candidate.Span, candidate.Span.Start + at, folded.Length));
            }
        }

        return matches.ToValueList();
    }
}

using System;
using System.Collections.Generic;
using System.Linq;

namespace KazChina.Model.Exports;

/// <summary>What every part of the report needs from one edition, worked out once: its spans, names and labels.</summary>
internal sealed class ReportModel
{
    private readonly Dictionary<(int Start, int Length), EvidenceSpan> _spanAt;

    private ReportModel(KazChinaEdition edition)
    {
        Edition = edition;
        Spans = EvidenceSpan.Of(edition);
        _spanAt = Spans.ToDictionary(s => (s.Start, s.Length));
        Names = RecordLabel.Names(edition);
        ById = [];
        foreach (EditionRecord record in edition.Records)
        {
            ById.TryAdd(record.Id, record);
        }
    }

    /// <summary>Gets the edition, as stated.</summary>
    public KazChinaEdition Edition { get; }

    /// <summary>Gets the distinct evidence spans, in text order.</summary>
    public IReadOnlyList<EvidenceSpan> Spans { get; }

    /// <summary>Gets the names of actors and places by id.</summary>
    public Dictionary<RecordId, string> Names { get; }

    /// <summary>Gets the records by id.</summary>
    public Dictionary<RecordId, EditionRecord> ById { get; }

    /// <summary>Checks the edition and works out the model.</summary>
    /// <param name="edition">The edition.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="EditionValidationException">The edition is not valid (a span outside the text, a dangling reference): the report shows only what a valid edition can.</exception>
    public static ReportModel Of(KazChinaEdition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        IReadOnlyList<ValidationIssue> issues = edition.Validate();
        if (issues.Count > 0)
        {
            throw new EditionValidationException(issues);
        }

        return new ReportModel(edition);
    }

    /// <summary>Returns the distinct span that a record's span is.</summary>
    /// <param name="span">A span of some record's evidence.</param>
    /// <returns>The distinct span.</returns>
    public EvidenceSpan SpanOf(TextSpan span) => _spanAt[(span.Start, span.Length)];

    /// <summary>Returns a record's headline.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The headline, not yet escaped.</returns>
    public string Label(EditionRecord record) => RecordLabel.Of(record, Names);
}

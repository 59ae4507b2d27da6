using System;

namespace KazChina.Model;

/// <summary>
/// What a record rests on: the spans of the article that state it, and the ids of the
/// <see cref="Citation"/> records the article gives for it. Every record in the edition is expected to
/// have at least one span; <see cref="KazChinaEdition.Validate"/> reports a record that has none.
/// </summary>
/// <remarks>Equality compares the spans and citation ids in order.</remarks>
public sealed record Evidence
{
    /// <summary>Creates evidence.</summary>
    /// <param name="spans">The spans of the article that state the fact.</param>
    /// <param name="citationIds">The ids of the citations the article gives for it; may be empty.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">Both lists are empty, a citation id is <c>default</c>, or a span or citation id is listed twice.</exception>
    public Evidence(ValueList<TextSpan> spans, ValueList<RecordId> citationIds)
    {
        Spans = Preconditions.CheckNotNull(spans, nameof(spans));
        CitationIds = Preconditions.CheckNotNull(citationIds, nameof(citationIds));
        Preconditions.CheckArgument(spans.Count + citationIds.Count > 0, nameof(spans), "Evidence needs at least one span or citation.");
        RecordChecks.CheckIds(citationIds, nameof(citationIds));
        Preconditions.CheckArgument(RecordChecks.AllDistinct(spans), nameof(spans), "A span is listed twice.");
    }

    /// <summary>Gets the spans of the article that state the fact, in order of appearance as given.</summary>
    public ValueList<TextSpan> Spans { get; }

    /// <summary>Gets the ids of the citations the article gives for the fact.</summary>
    public ValueList<RecordId> CitationIds { get; }

    /// <summary>Creates evidence from spans alone.</summary>
    /// <param name="spans">One or more spans.</param>
    /// <returns>The evidence.</returns>
    /// <exception cref="ArgumentException">No span is given.</exception>
    public static Evidence Of(params ReadOnlySpan<TextSpan> spans) => new(ValueList.Create(spans), ValueList.Empty<RecordId>());

    /// <summary>Returns a copy that also cites <paramref name="citationIds"/>.</summary>
    /// <param name="citationIds">Ids of citation records.</param>
    /// <returns>The new evidence.</returns>
    /// <exception cref="ArgumentException">An id is <c>default</c> or repeated.</exception>
    public Evidence Citing(params ReadOnlySpan<RecordId> citationIds) =>
        new(Spans, ValueList.From([.. CitationIds, .. citationIds]));
}

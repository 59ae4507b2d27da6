using System;

namespace KazChina.Model;

/// <summary>
/// What a record rests on: the spans of the article that state it, and the ids of the
/// <see cref="Citation"/> records the article gives for it. Every record in the edition must have at least
/// one span, but that is a rule of the edition, not of the value: evidence may be empty, and
/// <see cref="KazChinaEdition.Validate"/> reports every record whose evidence has no span.
/// </summary>
/// <remarks>Equality compares the spans and citation ids in order.</remarks>
public sealed record Evidence
{
    /// <summary>Creates evidence.</summary>
    /// <param name="spans">The spans of the article that state the fact.</param>
    /// <param name="citationIds">The ids of the citations the article gives for it; may be empty.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A citation id is <c>default</c>, or a span or citation id is listed twice.</exception>
    public Evidence(ValueList<TextSpan> spans, ValueList<RecordId> citationIds)
    {
        Spans = Preconditions.CheckNotNull(spans, nameof(spans));
        CitationIds = Preconditions.CheckNotNull(citationIds, nameof(citationIds));
        RecordChecks.CheckIds(citationIds, nameof(citationIds));
        Preconditions.CheckArgument(RecordChecks.AllDistinct(spans), nameof(spans), "A span is listed twice.");
    }

    /// <summary>Gets the spans of the article that state the fact, in order of appearance as given.</summary>
    public ValueList<TextSpan> Spans { get; }

    /// <summary>Gets the ids of the citations the article gives for the fact.</summary>
    public ValueList<RecordId> CitationIds { get; }

    /// <summary>Creates evidence from spans alone.</summary>
    /// <param name="spans">The spans.</param>
    /// <returns>The evidence.</returns>
    /// <exception cref="ArgumentException">A span is listed twice.</exception>
    public static Evidence Of(params ReadOnlySpan<TextSpan> spans) => new(ValueList.Create(spans), ValueList.Empty<RecordId>());

    /// <summary>Returns a copy that also cites <paramref name="citationIds"/>.</summary>
    /// <param name="citationIds">Ids of citation records.</param>
    /// <returns>The new evidence.</returns>
    /// <exception cref="ArgumentException">An id is <c>default</c> or repeated.</exception>
    public Evidence Citing(params ReadOnlySpan<RecordId> citationIds) =>
        new(Spans, ValueList.From([.. CitationIds, .. citationIds]));
}

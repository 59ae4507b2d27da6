namespace KazChina.Model;

/// <summary>
/// A project's cost in one currency (<see cref="ProjectQueries.StatedCosts"/>), as stated or as the editorial notes read it:
/// a cost the article gives in two currencies ("880 million Yuan ($136.14 million)") gives two rows, never a conversion.
/// </summary>
/// <remarks>Equality compares every member.</remarks>
public sealed record StatedCost
{
    internal StatedCost(InfrastructureProject project, Money amount, Bound bound, string asWritten, RecordId? shareOfId, ValueList<RecordId> appliedNoteIds)
    {
        ShareOfId = shareOfId;
        AppliedNoteIds = appliedNoteIds;
        Project = project;
        Amount = amount;
        Bound = bound;
        AsWritten = asWritten;
    }

    /// <summary>Gets the project.</summary>
    public InfrastructureProject Project { get; }

    /// <summary>Gets the cost in one currency, as stated.</summary>
    public Money Amount { get; }

    /// <summary>Gets the currency of <see cref="Amount"/>.</summary>
    public string Currency => Amount.Currency;

    /// <summary>Gets how the figure bounds the real cost; the statement's bound covers both of its currencies.</summary>
    public Bound Bound { get; }

    /// <summary>Gets the words as printed (or, where a note's reading gives the amount, the note's words).</summary>
    public string AsWritten { get; }

    /// <summary>
    /// Gets the id of the party the cost is the share of, where a note reads it so (<see cref="ShareReading"/>), in the
    /// corrected reading; null as stated and where no note narrows it.
    /// </summary>
    public RecordId? ShareOfId { get; }

    /// <summary>Gets the ids of the notes whose readings gave or narrowed the cost, in the corrected reading; empty as stated.</summary>
    public ValueList<RecordId> AppliedNoteIds { get; }

    /// <summary>Returns the project, bound and amount.</summary>
    /// <returns>A readable rendering such as <c>horgos-border-cooperation-center: MoreThan 880000000 CNY</c>.</returns>
    public override string ToString() => $"{Project.Id}: {Bound} {Amount}" + (ShareOfId is { } party ? $" (share of {party})" : string.Empty);
}

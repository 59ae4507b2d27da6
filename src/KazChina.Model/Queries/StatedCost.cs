namespace KazChina.Model;

/// <summary>
/// A project's cost as stated in one currency (<see cref="ProjectQueries.StatedCosts(KazChinaEdition)"/>):
/// a cost the article gives in two currencies ("880 million Yuan ($136.14 million)") gives two rows, never a conversion.
/// </summary>
/// <remarks>Equality compares every member.</remarks>
public sealed record StatedCost
{
    internal StatedCost(InfrastructureProject project, Money amount, Bound bound, string asWritten)
    {
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

    /// <summary>Gets the words as printed.</summary>
    public string AsWritten { get; }

    /// <summary>Returns the project, bound and amount.</summary>
    /// <returns>A readable rendering such as <c>horgos-border-cooperation-center: MoreThan 880000000 CNY</c>.</returns>
    public override string ToString() => $"{Project.Id}: {Bound} {Amount}";
}

namespace KazChina.Model;

/// <summary>
/// Two like trade figures of one country with two partners (China–Kazakhstan against Kazakhstan–Russia):
/// the amounts in one currency and the ratio of the first to the second with how the stated bounds bound it.
/// </summary>
/// <remarks>Equality compares every member.</remarks>
public sealed record TradeComparison
{
    internal TradeComparison(TradeFigure first, TradeFigure second, Money firstAmount, Money secondAmount, BoundedNumber ratio)
    {
        First = first;
        Second = second;
        FirstAmount = firstAmount;
        SecondAmount = secondAmount;
        Ratio = ratio;
    }

    /// <summary>Gets the figure with the first partner.</summary>
    public TradeFigure First { get; }

    /// <summary>Gets the figure with the second partner.</summary>
    public TradeFigure Second { get; }

    /// <summary>Gets the first amount as stated.</summary>
    public Money FirstAmount { get; }

    /// <summary>Gets the second amount as stated, in the first's currency.</summary>
    public Money SecondAmount { get; }

    /// <summary>Gets <see cref="FirstAmount"/> / <see cref="SecondAmount"/>, with how the stated bounds bound the real ratio.</summary>
    public BoundedNumber Ratio { get; }

    /// <summary>Gets whether, given the bounds, the first figure's real value certainly exceeds the second's.</summary>
    public bool FirstCertainlyLarger => Ratio.IsCertainlyGreaterThan(1m);

    /// <summary>Returns the figures' ids and the ratio.</summary>
    /// <returns>A readable rendering.</returns>
    public override string ToString() => $"{First.Id} / {Second.Id}: {Ratio}";
}

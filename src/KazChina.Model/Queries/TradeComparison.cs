namespace KazChina.Model;

/// <summary>What a <see cref="TradeComparison"/> can say about which figure is larger.</summary>
public enum ComparisonVerdict
{
    /// <summary>The first figure's real value is larger, whatever the bounds allow, and both figures cover the same period.</summary>
    FirstLarger,

    /// <summary>The second figure's real value is larger, whatever the bounds allow, and both figures cover the same period.</summary>
    SecondLarger,

    /// <summary>Nothing certain: the bounds leave either larger, or the periods differ or are not known (the caveats say which).</summary>
    Undetermined,
}

/// <summary>
/// Two like trade figures of one country with two partners (China–Kazakhstan against Kazakhstan–Russia):
/// the amounts in one currency, the ratio of the first to the second with how the stated bounds bound it, what
/// can be said of which is larger, the caveats behind that, and the notes applied.
/// </summary>
/// <remarks>Equality compares every member.</remarks>
public sealed record TradeComparison
{
    internal TradeComparison(TradeFigure first, TradeFigure second, Money firstAmount, Money secondAmount, BoundedNumber ratio, bool samePeriod, ValueList<Caveat> caveats, ValueList<RecordId> appliedNoteIds)
    {
        First = first;
        Second = second;
        FirstAmount = firstAmount;
        SecondAmount = secondAmount;
        Ratio = ratio;
        Verdict = !samePeriod ? ComparisonVerdict.Undetermined
            : ratio.IsCertainlyGreaterThan(1m) ? ComparisonVerdict.FirstLarger
            : ratio.IsCertainlyLessThan(1m) ? ComparisonVerdict.SecondLarger
            : ComparisonVerdict.Undetermined;
        Caveats = caveats;
        AppliedNoteIds = appliedNoteIds;
    }

    /// <summary>Gets the figure with the first partner.</summary>
    public TradeFigure First { get; }

    /// <summary>Gets the figure with the second partner.</summary>
    public TradeFigure Second { get; }

    /// <summary>Gets the first amount as read.</summary>
    public Money FirstAmount { get; }

    /// <summary>Gets the second amount as read, in the first's currency.</summary>
    public Money SecondAmount { get; }

    /// <summary>Gets <see cref="FirstAmount"/> / <see cref="SecondAmount"/>, with how the stated bounds bound the real ratio.</summary>
    public BoundedNumber Ratio { get; }

    /// <summary>
    /// Gets which figure is larger, where both the bounds and the periods allow saying so: a figure of 2011 and one of
    /// 2010 are never compared with certainty, however far apart, and neither is an undated one.
    /// </summary>
    public ComparisonVerdict Verdict { get; }

    /// <summary>Gets what the comparison must be read with, ordered by kind: different periods, undated, bounded, corrected, disputed or unconfirmed inputs.</summary>
    public ValueList<Caveat> Caveats { get; }

    /// <summary>Gets the ids of the notes whose readings changed an input, in the corrected reading; empty as stated.</summary>
    public ValueList<RecordId> AppliedNoteIds { get; }

    /// <summary>Returns the figures' ids, the ratio and the verdict.</summary>
    /// <returns>A readable rendering such as <c>a / b: &gt; 1.5 (undetermined)</c>.</returns>
    public override string ToString() => $"{First.Id} / {Second.Id}: {Ratio} ({CamelCaseEnumJsonConverter<ComparisonVerdict>.NameOf(Verdict)})";
}

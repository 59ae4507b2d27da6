namespace KazChina.Model;

/// <summary>
/// The growth from one trade figure to another (an actual to a target, as a rule): the amounts in one
/// currency, the multiple, the years between the figures' periods and the compound annual rate, each with
/// how the stated bounds bound the real value. From "over $20 billion" to "$40 billion", the multiple is
/// less than 2: the base's "more than" makes the multiple an upper bound.
/// </summary>
/// <remarks>
/// Equality compares every member. The rate is (multiple)^(1/years) − 1, computed in double precision; it
/// rises with the multiple, so it carries the multiple's bound.
/// </remarks>
public sealed record TradeGrowth
{
    internal TradeGrowth(TradeFigure from, TradeFigure to, Money fromAmount, Money toAmount, BoundedNumber multiple, int? years, BoundedNumber? annualRate, ValueList<Caveat> caveats, ValueList<RecordId> appliedNoteIds)
    {
        From = from;
        To = to;
        FromAmount = fromAmount;
        ToAmount = toAmount;
        Multiple = multiple;
        Years = years;
        AnnualRate = annualRate;
        Caveats = caveats;
        AppliedNoteIds = appliedNoteIds;
    }

    /// <summary>Gets the base figure.</summary>
    public TradeFigure From { get; }

    /// <summary>Gets the figure grown to (a target, as a rule).</summary>
    public TradeFigure To { get; }

    /// <summary>Gets the base amount as read.</summary>
    public Money FromAmount { get; }

    /// <summary>Gets the amount grown to, in the base's currency, as read.</summary>
    public Money ToAmount { get; }

    /// <summary>Gets <see cref="ToAmount"/> / <see cref="FromAmount"/>, with how the stated bounds bound the real multiple.</summary>
    public BoundedNumber Multiple { get; }

    /// <summary>
    /// Gets the whole years the growth spans: the years the caller passed, or else the years between the two
    /// figures' periods; null when neither is known (a figure has no period, or the second is not later).
    /// </summary>
    public int? Years { get; }

    /// <summary>Gets the compound annual growth rate as a fraction (0.1892 is 18.92 % a year), or null without <see cref="Years"/>.</summary>
    public BoundedNumber? AnnualRate { get; }

    /// <summary>
    /// Gets what the growth must be read with, ordered by kind: a target set against an actual, an undated or bounded
    /// base, an input a note corrected (in the corrected reading) or disputes (as stated), or that is unconfirmed.
    /// </summary>
    public ValueList<Caveat> Caveats { get; }

    /// <summary>Gets the ids of the notes whose readings changed an input, in the corrected reading; empty as stated.</summary>
    public ValueList<RecordId> AppliedNoteIds { get; }

    /// <summary>Returns the figures' ids, the multiple and, where there is one, the rate.</summary>
    /// <returns>A readable rendering such as <c>a → b: multiple 2 over 4 years, rate 0.189207115002721 a year</c> or <c>a → b: multiple &lt; 2</c>.</returns>
    public override string ToString() =>
        $"{From.Id} → {To.Id}: multiple {Multiple}" + (AnnualRate is null ? string.Empty : $" over {Years} years, rate {AnnualRate} a year");
}

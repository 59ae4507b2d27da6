using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace KazChina.Model;

/// <summary>
/// Questions about trade figures: the figures between two countries, by period, actuals against targets,
/// the growth a target implies, and one country's trade with two partners side by side.
/// </summary>
/// <remarks>
/// <para>
/// Arithmetic respects what the article states. It uses the figures as stated (or, on request, as the editorial
/// notes read them: <see cref="ReadingChoice.Corrected"/>), never converts between
/// currencies (amounts are compared in the first figure's currency, using a second statement of the other
/// figure where the article gives one; otherwise <see cref="Money"/> throws), and carries bounds into the
/// result: from "over $20 billion" to "$40 billion" the multiple is less than 2 (see <see cref="BoundedNumber"/>).
/// </para>
/// <para>
/// Results that compare or compute carry typed <see cref="Caveat"/>s a caller can test — different periods, an
/// undated or bounded input, a target set against an actual, a corrected input, one a note disputes or no other
/// source confirms — and the notes they applied. A comparison says one figure is larger only where the bounds and
/// the periods allow it (<see cref="TradeComparison.Verdict"/>).
/// </para>
/// <para>
/// Every helper works on the edition value it is given, through indexes built once per edition and shared
/// by all threads. Every list is read-only and in edition order. An id argument must name a record of the
/// edition (a typo throws <see cref="KeyNotFoundException"/> rather than finding nothing).
/// </para>
/// </remarks>
public static class TradeQueries
{
    /// <summary>Returns the trade figures between two countries, in either direction.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="countryId">The id of one country, e.g. <c>china</c>.</param>
    /// <param name="partnerId">The id of the other country, e.g. <c>kazakhstan</c>.</param>
    /// <param name="basis">Only actuals or only targets, or null (the default) for both.</param>
    /// <param name="reading">As stated (the default), or corrected: the values with the editorial notes' readings applied.</param>
    /// <returns>The figures, in edition order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="ArgumentException">An id is default or names a record that is not a country, or <paramref name="countryId"/> equals <paramref name="partnerId"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="basis"/> or <paramref name="reading"/> is not defined.</exception>
    /// <exception cref="KeyNotFoundException">No record has one of the ids.</exception>
    public static IReadOnlyList<TradeFigure> TradeBetween(this KazChinaEdition edition, RecordId countryId, RecordId partnerId, FigureBasis? basis = null, ReadingChoice reading = ReadingChoice.AsStated)
    {
        edition = QueryChecks.Read(edition, reading);
        EditionIndex index = edition.Index;
        CheckPair(edition, countryId, partnerId);
        ValueList<TradeFigure> figures = EditionIndex.Find(index.TradeByPair, EditionIndex.PairKey(countryId, partnerId));
        if (basis is not FigureBasis only)
        {
            return figures;
        }

        Preconditions.CheckDefined(only, nameof(basis));
        return figures.Where(f => f.Basis == only).ToValueList();
    }

    /// <summary>Returns the trade figures whose period falls in <paramref name="range"/>; figures without a period never do.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="range">The days, inclusive, in the ISO calendar.</param>
    /// <param name="match">Whether a period must lie wholly in the range (<see cref="DateMatch.Within"/>, the default) or may only overlap it.</param>
    /// <param name="reading">As stated (the default), or corrected: the values with the editorial notes' readings applied.</param>
    /// <returns>The figures, in edition order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> or <paramref name="range"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="range"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="match"/> or <paramref name="reading"/> is not defined.</exception>
    public static IReadOnlyList<TradeFigure> TradeIn(this KazChinaEdition edition, DateInterval range, DateMatch match = DateMatch.Within, ReadingChoice reading = ReadingChoice.AsStated)
    {
        edition = QueryChecks.Read(edition, reading);
        DateRanges.Check(range, match, nameof(range), nameof(match));
        return edition.TradeFigures.Where(f => DateRanges.Matches(f.Period, range, match)).ToValueList();
    }

    /// <summary>
    /// Returns the growth from one money figure to another of the same countries and measure (for a delivery,
    /// in the same direction): the multiple and the compound annual rate over the years you give or, by default,
    /// over the years between the figures' periods when both have one and the second is in a later year
    /// (2015 − 2011 = 4 for "in 2011" to "by 2015"); with its caveats (a target, a bound, an undated or a
    /// corrected or disputed base) and the notes applied.
    /// </summary>
    /// <param name="edition">The edition.</param>
    /// <param name="fromId">The id of the base figure, e.g. <c>trade-china-kazakhstan-20bn-2011</c>.</param>
    /// <param name="toId">The id of the figure grown to, e.g. <c>trade-target-40bn-2015</c>.</param>
    /// <param name="years">The years over which the growth happens, at least 1, for a base without a period; null (the default) for the years between the periods.</param>
    /// <param name="reading">
    /// As stated (the default); or corrected, with the editorial notes' readings applied: the "$20 billion in 2011"
    /// base is then the 2010 figure, five years before the 2015 target, not four.
    /// </param>
    /// <returns>The growth, with the bounds the figures imply and its caveats.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="ArgumentException">An id is default or names a record that is not a trade figure; a figure states a quantity rather than money; the base amount is zero; or the figures differ in countries, measure, commodity or direction of delivery.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="years"/> is less than 1, or <paramref name="reading"/> is not defined.</exception>
    /// <exception cref="KeyNotFoundException">No record has one of the ids.</exception>
    /// <exception cref="InvalidOperationException">The figures share no currency; there is no arithmetic across currencies.</exception>
    public static TradeGrowth ImpliedGrowth(this KazChinaEdition edition, RecordId fromId, RecordId toId, int? years = null, ReadingChoice reading = ReadingChoice.AsStated)
    {
        edition = QueryChecks.Read(edition, reading);
        Preconditions.CheckRange(years is null or >= 1, nameof(years), years, "Growth is spread over at least one year.");
        TradeFigure from = QueryChecks.Resolve<TradeFigure>(edition, fromId, nameof(fromId));
        TradeFigure to = QueryChecks.Resolve<TradeFigure>(edition, toId, nameof(toId));
        return Growth(edition, from, to, years ?? YearsBetween(from, to), nameof(fromId), nameof(toId));
    }

    /// <summary>
    /// Sets every actual money figure between two countries against every target of the same measure they
    /// can be compared with (a shared currency), giving the growth each target implies from each actual.
    /// </summary>
    /// <param name="edition">The edition.</param>
    /// <param name="countryId">The id of one country.</param>
    /// <param name="partnerId">The id of the other country.</param>
    /// <param name="reading">As stated (the default), or corrected: the values with the editorial notes' readings applied.</param>
    /// <returns>One growth per (target, actual) pair: targets in edition order, and for each its actuals in edition order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="ArgumentException">An id is default or names a record that is not a country, or the ids are equal.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reading"/> is not defined.</exception>
    /// <exception cref="KeyNotFoundException">No record has one of the ids.</exception>
    public static IReadOnlyList<TradeGrowth> ActualsAgainstTargets(this KazChinaEdition edition, RecordId countryId, RecordId partnerId, ReadingChoice reading = ReadingChoice.AsStated)
    {
        edition = QueryChecks.Read(edition, reading);
        IReadOnlyList<TradeFigure> figures = edition.TradeBetween(countryId, partnerId);
        var growths = new List<TradeGrowth>();
        foreach (TradeFigure target in figures)
        {
            foreach (TradeFigure actual in figures)
            {
                if (target.Basis == FigureBasis.Target && actual.Basis == FigureBasis.Actual && CanGrowInto(actual, target)
                    && actual.Amount is { Value.Amount: not 0m } actualStated
                    && target.Amount?.In(actualStated.Currency) is not null)
                {
                    growths.Add(Growth(edition, actual, target, YearsBetween(actual, target), nameof(countryId), nameof(partnerId)));
                }
            }
        }

        return growths.ToValueList();
    }

    /// <summary>
    /// Sets one country's trade with one partner against its trade with another (China–Kazakhstan against
    /// Kazakhstan–Russia): every like pair of money figures — same measure and commodity, the given basis,
    /// a shared currency, and for deliveries the country supplying in both or receiving in both — with the
    /// ratio of the first partner's figure to the second's and its bound.
    /// </summary>
    /// <param name="edition">The edition.</param>
    /// <param name="countryId">The id of the country both figures involve, e.g. <c>kazakhstan</c>.</param>
    /// <param name="partnerId">The id of the first partner, e.g. <c>china</c>.</param>
    /// <param name="otherPartnerId">The id of the second partner, e.g. <c>russia</c>.</param>
    /// <param name="basis">Compare actuals (the default) or targets.</param>
    /// <param name="reading">As stated (the default), or corrected: the values with the editorial notes' readings applied.</param>
    /// <returns>One comparison per like pair: the first partner's figures in edition order, and for each the second partner's in edition order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="ArgumentException">An id is default or names a record that is not a country, or two of the ids are equal.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="basis"/> or <paramref name="reading"/> is not defined.</exception>
    /// <exception cref="KeyNotFoundException">No record has one of the ids.</exception>
    public static IReadOnlyList<TradeComparison> ComparePartners(this KazChinaEdition edition, RecordId countryId, RecordId partnerId, RecordId otherPartnerId, FigureBasis basis = FigureBasis.Actual, ReadingChoice reading = ReadingChoice.AsStated)
    {
        edition = QueryChecks.Read(edition, reading);
        EditionIndex index = edition.Index;
        CheckPair(edition, countryId, partnerId);
        QueryChecks.Resolve(edition, otherPartnerId, nameof(otherPartnerId), RecordKind.Country);
        Preconditions.CheckArgument(otherPartnerId != countryId && otherPartnerId != partnerId, nameof(otherPartnerId), "The second partner must differ from the country and from the first partner.");
        Preconditions.CheckDefined(basis, nameof(basis));
        ValueList<TradeFigure> firsts = EditionIndex.Find(index.TradeByPair, EditionIndex.PairKey(countryId, partnerId));
        ValueList<TradeFigure> seconds = EditionIndex.Find(index.TradeByPair, EditionIndex.PairKey(countryId, otherPartnerId));
        var comparisons = new List<TradeComparison>();
        foreach (TradeFigure first in firsts)
        {
            foreach (TradeFigure second in seconds)
            {
                if (first.Basis == basis && second.Basis == basis && CanCompare(first, second, countryId)
                    && first.Amount is { } firstStated && second.Amount is { } secondStated
                    && secondStated.In(firstStated.Currency) is { Amount: not 0m } secondAmount)
                {
                    BoundedNumber ratio = BoundedNumber.Ratio(firstStated.Value.Amount, firstStated.Bound, secondAmount.Amount, secondStated.Bound);
                    comparisons.Add(new TradeComparison(first, second, firstStated.Value, secondAmount, ratio, SamePeriod(first, second), CaveatsOf(edition, first, second, comparingPeriods: true), NotesApplied(edition, first, second)));
                }
            }
        }

        return comparisons.ToValueList();
    }

    private static TradeGrowth Growth(KazChinaEdition edition, TradeFigure from, TradeFigure to, int? years, string fromName, string toName)
    {
        StatedAmount fromStated = from.Amount ?? throw new ArgumentException($"The figure '{from.Id}' states a quantity, not an amount of money.", fromName);
        StatedAmount toStated = to.Amount ?? throw new ArgumentException($"The figure '{to.Id}' states a quantity, not an amount of money.", toName);
        Preconditions.CheckArgument(to.IsBetween(from.CountryId, from.PartnerId), toName, $"The figure '{to.Id}' is between {to.CountryId} and {to.PartnerId}, but '{from.Id}' is between {from.CountryId} and {from.PartnerId}.");
        Preconditions.CheckArgument(CanGrowInto(from, to), toName, $"The figure '{to.Id}' measures {Describe(to)}, but '{from.Id}' measures {Describe(from)}.");
        Money fromAmount = fromStated.Value;
        Preconditions.CheckArgument(fromAmount.Amount != 0m, fromName, $"The base figure '{from.Id}' is zero; growth from zero has no multiple.");
        Money toAmount = toStated.In(fromAmount.Currency) ?? toStated.Value;
        decimal multiple = toAmount.RatioTo(fromAmount);
        Bound? bound = BoundedNumber.Combine(toStated.Bound, BoundedNumber.Flip(fromStated.Bound));
        BoundedNumber? rate = years is int y ? new BoundedNumber(AnnualRate(multiple, y), bound) : null;
        return new TradeGrowth(from, to, fromAmount, toAmount, new BoundedNumber(multiple, bound), years, rate, CaveatsOf(edition, from, to, comparingPeriods: false), NotesApplied(edition, from, to));
    }

    /// <summary>
    /// The caveats on a result computed from two figures: what each input carries (corrected or disputed, unconfirmed,
    /// bounded, undated), a target set against an actual, and, for a comparison (a growth spans periods by design),
    /// periods that differ.
    /// </summary>
    private static ValueList<Caveat> CaveatsOf(KazChinaEdition edition, TradeFigure first, TradeFigure second, bool comparingPeriods)
    {
        var caveats = new List<Caveat>();
        ValueList<RecordId> both = ValueList.Create(first.Id, second.Id);
        if (comparingPeriods && first.Period is { } firstPeriod && second.Period is { } secondPeriod && !SamePeriod(first, second))
        {
            caveats.Add(new Caveat(CaveatKind.DifferentPeriods, both, ValueList.Empty<RecordId>(), $"{first.Id} is {firstPeriod} and {second.Id} is {secondPeriod}: the figures cover different periods."));
        }

        if (first.Basis != second.Basis)
        {
            TradeFigure target = first.Basis == FigureBasis.Target ? first : second;
            caveats.Add(new Caveat(CaveatKind.TargetVersusActual, both, ValueList.Empty<RecordId>(), $"{target.Id} is a target, not a reported value: the result is what the target implies, not what happened."));
        }

        caveats.AddRange(edition.Readings.InputCaveats(first.Id, edition.Choice));
        caveats.AddRange(edition.Readings.InputCaveats(second.Id, edition.Choice));
        return Caveat.Sorted(caveats);
    }

    /// <summary>The notes applied to the figures, in the corrected reading; none as stated.</summary>
    private static ValueList<RecordId> NotesApplied(KazChinaEdition edition, TradeFigure first, TradeFigure second) =>
        edition.Choice == ReadingChoice.Corrected
            ? edition.Readings.AppliedNoteIds(first.Id).Concat(edition.Readings.AppliedNoteIds(second.Id)).Distinct().ToValueList()
            : ValueList.Empty<RecordId>();

    /// <summary>Whether both figures state the same period: the same relation to the same days.</summary>
    private static bool SamePeriod(TradeFigure first, TradeFigure second) =>
        first.Period is { } a && second.Period is { } b && a.Relation == b.Relation && a.Date.Start == b.Date.Start && a.Date.End == b.Date.End;

    /// <summary>The whole years from the first figure's period to the second's, or null when either has none or the second is not later.</summary>
    private static int? YearsBetween(TradeFigure from, TradeFigure to) =>
        from.Period is { } start && to.Period is { } end && end.Date.Year > start.Date.Year ? end.Date.Year - start.Date.Year : null;

    /// <summary>The compound annual rate that multiplies a value by <paramref name="multiple"/> in <paramref name="years"/> years.</summary>
    private static decimal AnnualRate(decimal multiple, int years) => (decimal)(Math.Pow((double)multiple, 1.0 / years) - 1.0);

    /// <summary>Whether two figures measure the same thing: the same measure and commodity.</summary>
    private static bool AreLike(TradeFigure a, TradeFigure b) =>
        a.Measure == b.Measure && string.Equals(a.Commodity, b.Commodity, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="to"/> can be a later value of <paramref name="from"/>: alike, and a delivery in the same direction.</summary>
    private static bool CanGrowInto(TradeFigure from, TradeFigure to) =>
        AreLike(from, to) && (from.Measure != TradeMeasure.CommodityDelivered || from.CountryId == to.CountryId);

    /// <summary>Whether two figures of <paramref name="countryId"/> with different partners can be set side by side: alike, and for deliveries the country supplies in both or receives in both.</summary>
    private static bool CanCompare(TradeFigure first, TradeFigure second, RecordId countryId) =>
        AreLike(first, second) && (first.Measure != TradeMeasure.CommodityDelivered || (first.CountryId == countryId) == (second.CountryId == countryId));

    private static string Describe(TradeFigure figure) =>
        figure.Commodity is null ? figure.Measure.ToString() : $"{figure.Measure} of {figure.Commodity} from {figure.CountryId} to {figure.PartnerId}";

    private static void CheckPair(KazChinaEdition edition, RecordId countryId, RecordId partnerId)
    {
        QueryChecks.Resolve(edition, countryId, nameof(countryId), RecordKind.Country);
        QueryChecks.Resolve(edition, partnerId, nameof(partnerId), RecordKind.Country);
        Preconditions.CheckArgument(countryId != partnerId, nameof(partnerId), "Trade is between two different countries.");
    }
}

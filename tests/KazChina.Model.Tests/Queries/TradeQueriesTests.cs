using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck.Xunit;
using NodaTime;
using Xunit;
using static KazChina.Model.Tests.Queries.QueryTestKit;

namespace KazChina.Model.Tests.Queries;

public partial class TradeQueriesTests
{
    private static IEnumerable<(RecordId A, RecordId B)> CountryPairs(KazChinaEdition edition) =>
        from a in edition.Countries
        from b in edition.Countries
        where a.Id != b.Id
        select (a.Id, b.Id);

    private static int? NaiveYears(TradeFigure from, TradeFigure to) =>
        from.Period is null || to.Period is null || to.Period.Date.Year <= from.Period.Date.Year ? null : to.Period.Date.Year - from.Period.Date.Year;

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 100)]
    public void TradeBetween_EveryCountryPair_AgreesWithLinearScanInEitherOrder(KazChinaEdition edition)
    {
        foreach ((RecordId a, RecordId b) in CountryPairs(edition))
        {
            SameRecords(edition.TradeFigures.Where(f => f.IsBetween(a, b)), edition.TradeBetween(a, b));
            SameRecords(edition.TradeBetween(b, a), edition.TradeBetween(a, b));
            foreach (FigureBasis basis in Enum.GetValues<FigureBasis>())
            {
                SameRecords(edition.TradeFigures.Where(f => f.IsBetween(a, b) && f.Basis == basis), edition.TradeBetween(a, b, basis));
            }
        }
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 200)]
    public void TradeIn_AnyRange_AgreesWithLinearScan(KazChinaEdition edition, DateInterval range)
    {
        SameRecords(edition.TradeFigures.Where(f => f.Period is { } p && range.Start <= p.Date.Start && p.Date.End <= range.End), edition.TradeIn(range));
        SameRecords(edition.TradeFigures.Where(f => f.Period is { } p && p.Date.Start <= range.End && range.Start <= p.Date.End), edition.TradeIn(range, DateMatch.Overlapping));
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 100)]
    public void ImpliedGrowth_EveryLikePairOfMoneyFigures_IsTheRatioWithItsBoundYearsAndRate(KazChinaEdition edition)
    {
        var money = edition.TradeFigures.Where(f => f.Amount is not null).ToList();
        foreach (TradeFigure from in money)
        {
            foreach (TradeFigure to in money.Where(t => t.IsBetween(from.CountryId, from.PartnerId) && t.Measure == from.Measure))
            {
                TradeGrowth growth = edition.ImpliedGrowth(from.Id, to.Id);

                Assert.Same(from, growth.From);
                Assert.Same(to, growth.To);
                Assert.Equal(from.Amount!.Value, growth.FromAmount);
                Assert.Equal(to.Amount!.Value, growth.ToAmount);
                Assert.Equal(BoundedNumber.Ratio(to.Amount.Value.Amount, to.Amount.Bound, from.Amount.Value.Amount, from.Amount.Bound), growth.Multiple);
                Assert.Equal(NaiveYears(from, to), growth.Years);
                AssertRate(growth);

                TradeGrowth overThree = edition.ImpliedGrowth(from.Id, to.Id, years: 3);
                Assert.Equal(growth.Multiple, overThree.Multiple);
                Assert.Equal(3, overThree.Years);
                AssertRate(overThree);
            }
        }
    }

    private static void AssertRate(TradeGrowth growth)
    {
        if (growth.Years is not int years)
        {
            Assert.Null(growth.AnnualRate);
            return;
        }

        BoundedNumber rate = Assert.IsType<BoundedNumber>(growth.AnnualRate);
        double expected = Math.Pow((double)growth.Multiple.Value, 1.0 / years) - 1.0;
        Assert.Equal(expected, (double)rate.Value, 1e-12);
        Assert.Equal(growth.Multiple.Bound, rate.Bound);
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 100)]
    public void ActualsAgainstTargets_EveryCountryPair_IsEveryLikeActualTargetPair(KazChinaEdition edition)
    {
        foreach ((RecordId a, RecordId b) in CountryPairs(edition))
        {
            var figures = edition.TradeFigures.Where(f => f.IsBetween(a, b) && f.Amount is not null).ToList();
            var expected =
                from target in figures.Where(f => f.Basis == FigureBasis.Target)
                from actual in figures.Where(f => f.Basis == FigureBasis.Actual && f.Measure == target.Measure)
                select (actual, target);

            IReadOnlyList<TradeGrowth> growths = edition.ActualsAgainstTargets(a, b);

            Assert.Equal(expected.Select(p => (p.actual.Id, p.target.Id)), growths.Select(g => (g.From.Id, g.To.Id)));
            Assert.All(growths, g => Assert.Equal(edition.ImpliedGrowth(g.From.Id, g.To.Id), g));
        }
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 100)]
    public void ComparePartners_EveryCountryTriple_IsEveryLikePairWithItsBoundedRatio(KazChinaEdition edition)
    {
        foreach (Country country in edition.Countries)
        {
            foreach ((RecordId partner, RecordId other) in CountryPairs(edition).Where(p => p.A != country.Id && p.B != country.Id))
            {
                foreach (FigureBasis basis in Enum.GetValues<FigureBasis>())
                {
                    var expected =
                        from first in edition.TradeFigures.Where(f => f.IsBetween(country.Id, partner) && f.Basis == basis && f.Amount is not null)
                        from second in edition.TradeFigures.Where(f => f.IsBetween(country.Id, other) && f.Basis == basis && f.Amount is not null && f.Measure == first.Measure)
                        select (first, second);

                    IReadOnlyList<TradeComparison> comparisons = edition.ComparePartners(country.Id, partner, other, basis);

                    Assert.Equal(expected.Select(p => (p.first.Id, p.second.Id)), comparisons.Select(c => (c.First.Id, c.Second.Id)));
                    Assert.All(comparisons, c =>
                    {
                        Assert.Equal(BoundedNumber.Ratio(c.FirstAmount.Amount, c.First.Amount!.Bound, c.SecondAmount.Amount, c.Second.Amount!.Bound), c.Ratio);
                        bool samePeriod = c.First.Period is { } p && c.Second.Period is { } q && p.Relation == q.Relation && p.Date.Start == q.Date.Start && p.Date.End == q.Date.End;
                        ComparisonVerdict verdict = !samePeriod ? ComparisonVerdict.Undetermined
                            : c.Ratio.IsCertainlyGreaterThan(1m) ? ComparisonVerdict.FirstLarger
                            : c.Ratio.IsCertainlyLessThan(1m) ? ComparisonVerdict.SecondLarger
                            : ComparisonVerdict.Undetermined;
                        Assert.Equal(verdict, c.Verdict);
                        Assert.Equal(!samePeriod && c.First.Period is not null && c.Second.Period is not null, c.Caveats.Any(k => k.Kind == CaveatKind.DifferentPeriods));
                        Assert.Equal(c.First.Amount.Bound != Bound.Exact || c.Second.Amount.Bound != Bound.Exact, c.Caveats.Any(k => k.Kind == CaveatKind.BoundedInput));
                    });
                }
            }
        }
    }

    [Fact]
    public void ImpliedGrowth_FiguresInDifferentCurrencies_ThrowsBecauseMoneyHasNoCrossCurrencyArithmetic()
    {
        KazChinaEdition edition = SyntheticEdition.Create(4, 2);
        Evidence evidence = edition.TradeFigures[0].Evidence;
        RecordId a = edition.Countries[0].Id;
        RecordId b = edition.Countries[1].Id;
        TradeFigure Figure(string id, Money amount, FigureBasis basis) =>
            new TradeFigureBuilder { Id = id, CountryId = a, PartnerId = b, Basis = basis, Amount = new StatedAmount(amount, Bound.Exact, "as printed"), Evidence = evidence }.Build();
        KazChinaEdition mixed = Rebuild(edition, tradeFigures: ValueList.Create(
            Figure("in-dollars", Money.Usd(20m), FigureBasis.Actual),
            Figure("in-yuan", Money.Cny(40m), FigureBasis.Target)));

        Assert.Throws<InvalidOperationException>(() => mixed.ImpliedGrowth("in-dollars", "in-yuan"));
        Assert.Empty(mixed.ActualsAgainstTargets(a, b));
    }

    [Fact]
    public void ImpliedGrowth_TargetAlsoStatedInTheBasesCurrency_UsesThatStatement()
    {
        KazChinaEdition edition = SyntheticEdition.Create(4, 2);
        Evidence evidence = edition.TradeFigures[0].Evidence;
        RecordId a = edition.Countries[0].Id;
        RecordId b = edition.Countries[1].Id;
        KazChinaEdition mixed = Rebuild(edition, tradeFigures: ValueList.Create(
            new TradeFigureBuilder { Id = "base", CountryId = a, PartnerId = b, Amount = new StatedAmount(Money.Usd(20m), Bound.About, "about $20"), Evidence = evidence }.Build(),
            new TradeFigureBuilder
            {
                Id = "target", CountryId = b, PartnerId = a, Basis = FigureBasis.Target, Amount = new StatedAmount(Money.Cny(280m), Bound.Exact, "280 yuan ($40)", Money.Usd(40m)), Evidence = evidence,
            }.Build()));

        TradeGrowth growth = mixed.ImpliedGrowth("base", "target", years: 2);

        Assert.Equal(Money.Usd(40m), growth.ToAmount);
        Assert.Equal(new BoundedNumber(2m, Bound.About), growth.Multiple);
        Assert.Single(mixed.ActualsAgainstTargets(a, b));
    }

    [Fact]
    public void GrowthAndComparison_DeliveriesPricedInMoney_OnlyPairDeliveriesInTheSameDirection()
    {
        KazChinaEdition edition = SyntheticEdition.Create(4, 2);
        Evidence evidence = edition.TradeFigures[0].Evidence;
        RecordId a = edition.Countries[0].Id;
        RecordId b = edition.Countries[1].Id;
        RecordId c = edition.Countries[2].Id;
        TradeFigure Priced(string id, RecordId from, RecordId to, FigureBasis basis, decimal amount) => new TradeFigureBuilder
        {
            Id = id, CountryId = from, PartnerId = to, Measure = TradeMeasure.CommodityDelivered, Basis = basis, Amount = new StatedAmount(Money.Usd(amount), Bound.Exact, "as printed"),
            Commodity = "oil", Evidence = evidence,
        }.Build();
        KazChinaEdition custom = Rebuild(edition, tradeFigures: ValueList.Create(
            Priced("a-to-b", a, b, FigureBasis.Actual, 10m),
            Priced("b-to-a-target", b, a, FigureBasis.Target, 40m),
            Priced("a-to-b-target", a, b, FigureBasis.Target, 20m),
            Priced("c-to-a", c, a, FigureBasis.Actual, 5m),
            Priced("a-to-c", a, c, FigureBasis.Actual, 5m)));

        Assert.Equal(new BoundedNumber(2m, Bound.Exact), custom.ImpliedGrowth("a-to-b", "a-to-b-target").Multiple);
        Assert.Equal("toId", Assert.Throws<ArgumentException>(() => custom.ImpliedGrowth("a-to-b", "b-to-a-target")).ParamName);
        Assert.Equal([("a-to-b", "a-to-b-target")], custom.ActualsAgainstTargets(a, b).Select(g => (g.From.Id.Value, g.To.Id.Value)));
        Assert.Equal([("a-to-b", "a-to-c")], custom.ComparePartners(a, b, c).Select(x => (x.First.Id.Value, x.Second.Id.Value)));
    }

    [Fact]
    public void ImpliedGrowth_BadFigures_ThrowNamingTheArgument()
    {
        KazChinaEdition edition = SyntheticEdition.Create(4, 2);
        Evidence evidence = edition.TradeFigures[0].Evidence;
        RecordId a = edition.Countries[0].Id;
        RecordId b = edition.Countries[1].Id;
        RecordId c = edition.Countries[2].Id;
        TradeFigure Figure(string id, RecordId partner, decimal amount) =>
            new TradeFigureBuilder { Id = id, CountryId = a, PartnerId = partner, Amount = new StatedAmount(Money.Usd(amount), Bound.Exact, "as printed"), Evidence = evidence }.Build();
        KazChinaEdition custom = Rebuild(edition, tradeFigures: ValueList.Create(
            Figure("zero", b, 0m),
            Figure("twenty", b, 20m),
            Figure("other-pair", c, 30m),
            new TradeFigureBuilder
            {
                Id = "oil", CountryId = a, PartnerId = b, Measure = TradeMeasure.CommodityDelivered, Amount = null, Quantity = new Quantity(11m, QuantityUnit.Tonne, Bound.Exact, "11 tons"),
                Commodity = "oil", Evidence = evidence,
            }.Build()));

        Assert.Equal("fromId", Assert.Throws<ArgumentException>(() => custom.ImpliedGrowth("zero", "twenty")).ParamName);
        Assert.Equal("fromId", Assert.Throws<ArgumentException>(() => custom.ImpliedGrowth("oil", "twenty")).ParamName);
        Assert.Equal("toId", Assert.Throws<ArgumentException>(() => custom.ImpliedGrowth("twenty", "oil")).ParamName);
        Assert.Equal("toId", Assert.Throws<ArgumentException>(() => custom.ImpliedGrowth("twenty", "other-pair")).ParamName);
        Assert.Equal("toId", Assert.Throws<ArgumentException>(() => custom.ImpliedGrowth("twenty", a)).ParamName);
        Assert.Equal("years", Assert.Throws<ArgumentOutOfRangeException>(() => custom.ImpliedGrowth("twenty", "twenty", 0)).ParamName);
        Assert.Throws<KeyNotFoundException>(() => custom.ImpliedGrowth("twenty", "no-such-figure"));
    }

    [Fact]
    public void Helpers_BadArguments_ThrowNamingTheArgument()
    {
        KazChinaEdition edition = SyntheticEdition.Create(3, 3);
        KazChinaEdition none = null!;
        var range = new DateInterval(new LocalDate(2011, 1, 1), new LocalDate(2011, 12, 31));

        Assert.Equal("edition", Assert.Throws<ArgumentNullException>(() => none.TradeBetween("country-0", "country-1")).ParamName);
        Assert.Equal("edition", Assert.Throws<ArgumentNullException>(() => none.TradeIn(range)).ParamName);
        Assert.Equal("edition", Assert.Throws<ArgumentNullException>(() => none.ImpliedGrowth("trade-0", "trade-1")).ParamName);
        Assert.Equal("edition", Assert.Throws<ArgumentNullException>(() => none.ImpliedGrowth("trade-0", "trade-1", 2)).ParamName);
        Assert.Equal("edition", Assert.Throws<ArgumentNullException>(() => none.ActualsAgainstTargets("country-0", "country-1")).ParamName);
        Assert.Equal("edition", Assert.Throws<ArgumentNullException>(() => none.ComparePartners("country-0", "country-1", "country-2")).ParamName);
        Assert.Equal("range", Assert.Throws<ArgumentNullException>(() => edition.TradeIn(null!)).ParamName);
        Assert.Equal("partnerId", Assert.Throws<ArgumentException>(() => edition.TradeBetween("country-0", "country-0")).ParamName);
        Assert.Equal("partnerId", Assert.Throws<ArgumentException>(() => edition.TradeBetween("country-0", "person-0")).ParamName);
        Assert.Equal("countryId", Assert.Throws<ArgumentException>(() => edition.TradeBetween(default, "country-0")).ParamName);
        Assert.Equal("basis", Assert.Throws<ArgumentOutOfRangeException>(() => edition.TradeBetween("country-0", "country-1", (FigureBasis)5)).ParamName);
        Assert.Equal("otherPartnerId", Assert.Throws<ArgumentException>(() => edition.ComparePartners("country-0", "country-1", "country-1")).ParamName);
        Assert.Equal("otherPartnerId", Assert.Throws<ArgumentException>(() => edition.ComparePartners("country-0", "country-1", "country-0")).ParamName);
        Assert.Equal("otherPartnerId", Assert.Throws<ArgumentException>(() => edition.ComparePartners("country-0", "country-1", "place-0")).ParamName);
        Assert.Equal("basis", Assert.Throws<ArgumentOutOfRangeException>(() => edition.ComparePartners("country-0", "country-1", "country-2", (FigureBasis)5)).ParamName);
        Assert.Equal("fromId", Assert.Throws<ArgumentException>(() => edition.ImpliedGrowth("country-0", "trade-1")).ParamName);
        Assert.Throws<KeyNotFoundException>(() => edition.TradeBetween("country-0", "country-99"));
    }
}

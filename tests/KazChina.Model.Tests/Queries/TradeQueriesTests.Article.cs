using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Xunit;
using static KazChina.Model.Tests.Queries.QueryTestKit;

namespace KazChina.Model.Tests.Queries;

/// <summary>The article's trade questions, with their exact answers.</summary>
public partial class TradeQueriesTests
{
    [Fact]
    public void TradeBetween_KazakhstanAndChina_AreTheFourFiguresEitherWay()
    {
        string[] expected = ["trade-china-kazakhstan-over-20bn-cheng", "trade-china-kazakhstan-20bn-2011", "trade-target-40bn-2015", "oil-delivered-2010"];

        Assert.Equal(expected, IdsOf(Embedded.TradeBetween("kazakhstan", "china")));
        Assert.Equal(expected, IdsOf(Embedded.TradeBetween("china", "kazakhstan")));
        Assert.Equal(["trade-target-40bn-2015"], IdsOf(Embedded.TradeBetween("china", "kazakhstan", FigureBasis.Target)));
        Assert.Equal(["trade-kazakhstan-russia-2010"], IdsOf(Embedded.TradeBetween("russia", "kazakhstan")));
        Assert.Empty(Embedded.TradeBetween("china", "russia"));
    }

    [Fact]
    public void TradeIn_2010_IsTheRussiaFigureAndTheOil()
    {
        var year2010 = new DateInterval(new LocalDate(2010, 1, 1), new LocalDate(2010, 12, 31));

        Assert.Equal(["trade-kazakhstan-russia-2010", "oil-delivered-2010"], IdsOf(Embedded.TradeIn(year2010)));
    }

    [Fact]
    public void ImpliedGrowth_From20BillionIn2011To40BillionBy2015_IsExactlyDoublingAt18Point92PercentAYear()
    {
        TradeGrowth growth = Embedded.ImpliedGrowth("trade-china-kazakhstan-20bn-2011", "trade-target-40bn-2015");

        Assert.Equal(Money.Usd(20_000_000_000m), growth.FromAmount);
        Assert.Equal(Money.Usd(40_000_000_000m), growth.ToAmount);
        Assert.Equal(new BoundedNumber(2m, Bound.Exact), growth.Multiple);
        Assert.Equal(4, growth.Years);
        Assert.Equal(new BoundedNumber(0.189207115002721m, Bound.Exact), growth.AnnualRate);
        Assert.Equal(18.92m, Math.Round(growth.AnnualRate!.Value * 100m, 2));
    }

    [Fact]
    public void ImpliedGrowth_FromOver20Billion_IsAnUpperBoundOnTheMultipleAndTheRate()
    {
        TradeGrowth undated = Embedded.ImpliedGrowth("trade-china-kazakhstan-over-20bn-cheng", "trade-target-40bn-2015");
        TradeGrowth overFourYears = Embedded.ImpliedGrowth("trade-china-kazakhstan-over-20bn-cheng", "trade-target-40bn-2015", years: 4);

        Assert.Equal(new BoundedNumber(2m, Bound.LessThan), undated.Multiple);
        Assert.True(undated.Multiple.IsUpperBound);
        Assert.Null(undated.Years);
        Assert.Null(undated.AnnualRate);
        Assert.Equal(new BoundedNumber(0.189207115002721m, Bound.LessThan), overFourYears.AnnualRate);
    }

    [Fact]
    public void ActualsAgainstTargets_ChinaKazakhstan_SetsBothActualsAgainstThe2015Target()
    {
        Assert.Equal(
            [
                "trade-china-kazakhstan-over-20bn-cheng → trade-target-40bn-2015: multiple < 2",
                "trade-china-kazakhstan-20bn-2011 → trade-target-40bn-2015: multiple 2 over 4 years, rate 0.189207115002721 a year",
            ],
            Embedded.ActualsAgainstTargets("china", "kazakhstan").Select(g => g.ToString()));
        Assert.Empty(Embedded.ActualsAgainstTargets("kazakhstan", "russia"));
    }

    [Fact]
    public void ComparePartners_KazakhstanWithChinaAgainstRussiaAsStated_IsNeverCertainAcrossPeriods()
    {
        IReadOnlyList<TradeComparison> comparisons = Embedded.ComparePartners("kazakhstan", "china", "russia");

        Assert.Equal(2, comparisons.Count);
        Assert.Equal("trade-china-kazakhstan-over-20bn-cheng", comparisons[0].First.Id.Value);
        Assert.Equal(new BoundedNumber(20m / 13.3m, Bound.MoreThan), comparisons[0].Ratio);
        Assert.Equal("trade-china-kazakhstan-20bn-2011", comparisons[1].First.Id.Value);
        Assert.Equal(new BoundedNumber(20m / 13.3m, Bound.Exact), comparisons[1].Ratio);
        Assert.Equal(1.5038m, Math.Round(comparisons[1].Ratio.Value, 4));
        Assert.All(comparisons, c =>
        {
            Assert.Equal("trade-kazakhstan-russia-2010", c.Second.Id.Value);
            Assert.Equal(Money.Usd(13_300_000_000m), c.SecondAmount);
            Assert.Equal(ComparisonVerdict.Undetermined, c.Verdict);
            Assert.Empty(c.AppliedNoteIds);
        });
        Assert.Equal([CaveatKind.UndatedInput, CaveatKind.BoundedInput], comparisons[0].Caveats.Select(c => c.Kind));
        Assert.Equal([CaveatKind.DifferentPeriods, CaveatKind.DisputedInput], comparisons[1].Caveats.Select(c => c.Kind));
        Assert.Equal(["trade-china-kazakhstan-20bn-2011", "trade-kazakhstan-russia-2010"], IdsOf(comparisons[1].Caveats[0].RecordIds));
        Assert.Equal(["note-trade-20bn-2011-scope"], IdsOf(comparisons[1].Caveats[1].NoteIds));
        Assert.Empty(Embedded.ComparePartners("kazakhstan", "china", "russia", FigureBasis.Target));
    }

    [Fact]
    public void ComparePartners_KazakhstanWithChinaAgainstRussiaCorrected_ComparesTwo2010FiguresAndSaysChinaIsLarger()
    {
        TradeComparison comparison = Embedded.ComparePartners("kazakhstan", "china", "russia", reading: ReadingChoice.Corrected)[1];

        Assert.Equal(TimeReference.During(new PartialDate(2010)), comparison.First.Period);
        Assert.Equal(ComparisonVerdict.FirstLarger, comparison.Verdict);
        Assert.Equal(["note-trade-20bn-2011-scope"], IdsOf(comparison.AppliedNoteIds));
        Caveat corrected = Assert.Single(comparison.Caveats);
        Assert.Equal(CaveatKind.CorrectedInput, corrected.Kind);
        Assert.Equal(["note-trade-20bn-2011-scope"], IdsOf(corrected.NoteIds));
        Assert.Equal(
            "trade-china-kazakhstan-20bn-2011 is read corrected by note-trade-20bn-2011-scope: period during 2010 (as stated: during 2011).",
            corrected.Message);
    }

    [Fact]
    public void ImpliedGrowth_From20BillionIn2011AsStated_SaysANoteDisputesTheBaseYear()
    {
        TradeGrowth growth = Embedded.ImpliedGrowth("trade-china-kazakhstan-20bn-2011", "trade-target-40bn-2015");

        Assert.Equal([CaveatKind.TargetVersusActual, CaveatKind.DisputedInput], growth.Caveats.Select(c => c.Kind));
        Assert.Equal(
            "note-trade-20bn-2011-scope reads trade-china-kazakhstan-20bn-2011 differently: period during 2010 (as stated: during 2011); the value is used as stated.",
            growth.Caveats[1].Message);
        Assert.Empty(growth.AppliedNoteIds);
    }

    [Fact]
    public void ImpliedGrowth_From20BillionCorrected_IsFiveYearsFromThe2010Figure()
    {
        TradeGrowth growth = Embedded.ImpliedGrowth("trade-china-kazakhstan-20bn-2011", "trade-target-40bn-2015", reading: ReadingChoice.Corrected);

        Assert.Equal(5, growth.Years);
        Assert.Equal(new BoundedNumber(2m, Bound.Exact), growth.Multiple);
        Assert.Equal(14.87m, Math.Round(growth.AnnualRate!.Value * 100m, 2));
        Assert.Equal([CaveatKind.TargetVersusActual, CaveatKind.CorrectedInput], growth.Caveats.Select(c => c.Kind));
        Assert.Equal(["note-trade-20bn-2011-scope"], IdsOf(growth.Caveats[1].NoteIds));
        Assert.Equal(["note-trade-20bn-2011-scope"], IdsOf(growth.AppliedNoteIds));
    }

    [Fact]
    public void ActualsAgainstTargets_FromOver20Billion_CarriesTheUndatedBoundAndTheTarget()
    {
        TradeGrowth fromCheng = Embedded.ActualsAgainstTargets("china", "kazakhstan")[0];

        Assert.Equal([CaveatKind.UndatedInput, CaveatKind.BoundedInput, CaveatKind.TargetVersusActual], fromCheng.Caveats.Select(c => c.Kind));
        Assert.Equal("trade-china-kazakhstan-over-20bn-cheng states a bound, not an exact figure: \"over $20 billion\".", fromCheng.Caveats[1].Message);
    }

    [Fact]
    public void ImpliedGrowth_OilDelivered_IsRejectedAsAQuantity()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => Embedded.ImpliedGrowth("oil-delivered-2010", "trade-target-40bn-2015"));

        Assert.Equal("fromId", error.ParamName);
    }
}

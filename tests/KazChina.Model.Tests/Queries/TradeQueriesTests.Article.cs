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
    public void ComparePartners_KazakhstanWithChinaAgainstRussia_ChinaIsCertainlyLarger()
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
            Assert.True(c.FirstCertainlyLarger);
        });
        Assert.Empty(Embedded.ComparePartners("kazakhstan", "china", "russia", FigureBasis.Target));
    }

    [Fact]
    public void ImpliedGrowth_OilDelivered_IsRejectedAsAQuantity()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => Embedded.ImpliedGrowth("oil-delivered-2010", "trade-target-40bn-2015"));

        Assert.Equal("fromId", error.ParamName);
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Xunit;
using Xunit;

namespace KazChina.Model.Tests.Queries;

public class BoundedNumberTests
{
    private static readonly decimal[] Factors = [0.1m, 0.5m, 0.99m, 1m, 1.01m, 2m, 10m];

    /// <summary>Real values a stated figure with <paramref name="bound"/> allows (for "about", none: it promises no side).</summary>
    private static IEnumerable<decimal> RealValues(decimal stated, Bound bound) =>
        Factors.Where(f => bound switch
        {
            Bound.Exact => f == 1m,
            Bound.AtLeast => f >= 1m,
            Bound.MoreThan => f > 1m,
            Bound.AtMost => f <= 1m,
            Bound.LessThan => f < 1m,
            _ => false,
        }).Select(f => stated * f);

    /// <summary>Whether <paramref name="real"/> is a value <paramref name="claim"/> allows.</summary>
    private static bool Allows(BoundedNumber claim, decimal real) => claim.Bound switch
    {
        Bound.Exact => real == claim.Value,
        Bound.AtLeast => real >= claim.Value,
        Bound.MoreThan => real > claim.Value,
        Bound.AtMost => real <= claim.Value,
        Bound.LessThan => real < claim.Value,
        _ => true,
    };

    [Property(MaxTest = 500)]
    public void Ratio_AnyStatedFiguresAndBounds_AllowsEveryRealRatioTheFiguresAllow(PositiveInt numerator, PositiveInt denominator, Bound numeratorBound, Bound denominatorBound)
    {
        BoundedNumber ratio = BoundedNumber.Ratio(numerator.Get, numeratorBound, denominator.Get, denominatorBound);

        Assert.Equal((decimal)numerator.Get / denominator.Get, ratio.Value);
        foreach (decimal realNumerator in RealValues(numerator.Get, numeratorBound))
        {
            foreach (decimal realDenominator in RealValues(denominator.Get, denominatorBound))
            {
                Assert.True(Allows(ratio, realNumerator / realDenominator), $"{realNumerator}/{realDenominator} is not {ratio}.");
            }
        }
    }

    [Property(MaxTest = 500)]
    public void IsCertainlyGreaterOrLessThan_AnyBound_HoldForEveryRealValueTheBoundAllows(PositiveInt stated, Bound bound, int threshold)
    {
        var number = new BoundedNumber(stated.Get, bound);
        decimal[] reals = [.. RealValues(stated.Get, bound)];

        if (number.IsCertainlyGreaterThan(threshold))
        {
            Assert.All(reals, r => Assert.True(r > threshold));
        }

        if (number.IsCertainlyLessThan(threshold))
        {
            Assert.All(reals, r => Assert.True(r < threshold));
        }
    }

    [Theory]
    [InlineData(Bound.Exact, Bound.Exact, Bound.Exact)]
    [InlineData(Bound.Exact, Bound.MoreThan, Bound.LessThan)]
    [InlineData(Bound.Exact, Bound.AtLeast, Bound.AtMost)]
    [InlineData(Bound.Exact, Bound.LessThan, Bound.MoreThan)]
    [InlineData(Bound.MoreThan, Bound.Exact, Bound.MoreThan)]
    [InlineData(Bound.AtLeast, Bound.AtMost, Bound.AtLeast)]
    [InlineData(Bound.AtLeast, Bound.LessThan, Bound.MoreThan)]
    [InlineData(Bound.AtMost, Bound.MoreThan, Bound.LessThan)]
    [InlineData(Bound.About, Bound.Exact, Bound.About)]
    [InlineData(Bound.About, Bound.About, Bound.About)]
    [InlineData(Bound.MoreThan, Bound.MoreThan, null)]
    [InlineData(Bound.AtMost, Bound.AtMost, null)]
    [InlineData(Bound.About, Bound.MoreThan, null)]
    [InlineData(Bound.LessThan, Bound.About, null)]
    public void Ratio_BoundPairs_FollowTheRuleStatedOnTheType(Bound numeratorBound, Bound denominatorBound, Bound? expected)
    {
        Assert.Equal(expected, BoundedNumber.Ratio(40m, numeratorBound, 20m, denominatorBound).Bound);
    }

    [Fact]
    public void Ratio_ExactTargetOverMoreThanBase_IsAnUpperBound()
    {
        BoundedNumber multiple = BoundedNumber.Ratio(40m, Bound.Exact, 20m, Bound.MoreThan);

        Assert.Equal(new BoundedNumber(2m, Bound.LessThan), multiple);
        Assert.True(multiple.IsUpperBound);
        Assert.False(multiple.IsLowerBound);
        Assert.True(multiple.IsCertainlyLessThan(2m));
        Assert.False(multiple.IsCertainlyGreaterThan(1m));
    }

    [Theory]
    [InlineData(Bound.Exact, "2.5")]
    [InlineData(Bound.About, "~2.5")]
    [InlineData(Bound.AtLeast, "≥ 2.5")]
    [InlineData(Bound.MoreThan, "> 2.5")]
    [InlineData(Bound.AtMost, "≤ 2.5")]
    [InlineData(Bound.LessThan, "< 2.5")]
    [InlineData(null, "2.5 (unbounded)")]
    public void ToString_EachBound_ShowsItsSign(Bound? bound, string expected)
    {
        Assert.Equal(expected, new BoundedNumber(2.5m, bound).ToString());
    }

    [Fact]
    public void Equality_NumericallyEqualValues_AreEqual()
    {
        Assert.Equal(new BoundedNumber(2m, Bound.Exact), new BoundedNumber(2.00m, Bound.Exact));
        Assert.Equal(new BoundedNumber(2m, Bound.Exact).GetHashCode(), new BoundedNumber(2.00m, Bound.Exact).GetHashCode());
        Assert.NotEqual(new BoundedNumber(2m, Bound.Exact), new BoundedNumber(2m, null));
    }

    [Fact]
    public void Constructor_UndefinedBound_Throws()
    {
        Assert.Equal("bound", Assert.Throws<ArgumentOutOfRangeException>(() => new BoundedNumber(1m, (Bound)40)).ParamName);
    }
}

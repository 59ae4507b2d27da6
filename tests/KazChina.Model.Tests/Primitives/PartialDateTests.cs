using System;
using System.Linq;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace KazChina.Model.Tests.Primitives;

public class PartialDateTests
{
    [Fact]
    public void Precision_FollowsTheComponentsGiven()
    {
        Assert.Equal(DatePrecision.Year, PartialDate.OfYear(2015).Precision);
        Assert.Equal(DatePrecision.Month, PartialDate.OfMonth(new YearMonth(2011, 6), MonthPart.Early).Precision);
        Assert.Equal(DatePrecision.Day, PartialDate.OfDay(new LocalDate(2011, 6, 13), yearInferred: true).Precision);
    }

    [Fact]
    public void StartAndEnd_CoverTheDaysMeant()
    {
        PartialDate earlyJune = PartialDate.OfMonth(new YearMonth(2011, 6), MonthPart.Early, yearInferred: true);

        Assert.Equal(new LocalDate(2011, 6, 1), earlyJune.Start);
        Assert.Equal(new LocalDate(2011, 6, 10), earlyJune.End);
        Assert.Equal(new LocalDate(2011, 6, 21), new PartialDate(2011, 6, part: MonthPart.Late).Start);
        Assert.Equal(new LocalDate(2011, 6, 30), new PartialDate(2011, 6, part: MonthPart.Late).End);
        Assert.Equal(new LocalDate(2012, 2, 29), new PartialDate(2012, 2).End);
        Assert.Equal(new LocalDate(2015, 12, 31), PartialDate.OfYear(2015).End);
        Assert.True(earlyJune.Contains(new LocalDate(2011, 6, 7)));
        Assert.False(earlyJune.Contains(new LocalDate(2011, 6, 13)));
    }

    [Fact]
    public void CompareTo_YearMonthAndDays_FollowTheDocumentedRule()
    {
        PartialDate year = PartialDate.OfYear(2011);
        PartialDate june = new(2011, 6);
        PartialDate earlyJune = new(2011, 6, part: MonthPart.Early, yearInferred: true);
        PartialDate firstJune = new(2011, 6, 1, yearInferred: true);
        PartialDate june13 = new(2011, 6, 13, yearInferred: true);
        PartialDate july4th2005 = new(2005, 7, 4);

        PartialDate[] sorted = new[] { june13, firstJune, earlyJune, year, july4th2005, june }.Order().ToArray();

        Assert.Equal([july4th2005, year, june, earlyJune, firstJune, june13], sorted);
        Assert.True(june < june13);
        Assert.True(year <= june);
    }

    [Fact]
    public void CompareTo_SameDayStatedAndInferred_StatedFirst()
    {
        Assert.True(new PartialDate(2011, 6, 13) < new PartialDate(2011, 6, 13, yearInferred: true));
    }

    [Theory]
    [InlineData(1899, null, null, "year")]
    [InlineData(2011, 13, null, "month")]
    [InlineData(2011, 0, null, "month")]
    [InlineData(2011, 2, 29, "day")]
    [InlineData(2011, 6, 31, "day")]
    public void Constructor_OutOfRange_ThrowsNamingTheComponent(int year, int? month, int? day, string param)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(year, month, day));
        Assert.Equal(param, ex.ParamName);
    }

    [Fact]
    public void Constructor_DayWithoutMonthOrPartOnDay_Throws()
    {
        Assert.Equal("day", Assert.Throws<ArgumentException>(() => new PartialDate(2011, null, 3)).ParamName);
        Assert.Equal("part", Assert.Throws<ArgumentException>(() => new PartialDate(2011, 6, 3, MonthPart.Early)).ParamName);
        Assert.Equal("part", Assert.Throws<ArgumentException>(() => new PartialDate(2011, part: MonthPart.Late)).ParamName);
    }

    [Fact]
    public void ToString_ShowsPrecisionPartAndInference()
    {
        Assert.Equal("2011-06-13 (year inferred)", new PartialDate(2011, 6, 13, yearInferred: true).ToString());
        Assert.Equal("2011-06 (early) (year inferred)", new PartialDate(2011, 6, part: MonthPart.Early, yearInferred: true).ToString());
        Assert.Equal("2015", PartialDate.OfYear(2015).ToString());
        Assert.Equal("by 2015", TimeReference.By(PartialDate.OfYear(2015)).ToString());
    }

    [Property(Arbitrary = [typeof(Generators)])]
    public void Copy_AnyDate_IsEqualAndComparesEqual(PartialDate date)
    {
        PartialDate copy = Copies.Of(date);

        EqualityContract.AssertEqualValues(date, copy);
        Assert.Equal(0, date.CompareTo(copy));
        Assert.True(date.Start <= date.End);
    }

    [Property(Arbitrary = [typeof(Generators)])]
    public void CompareTo_AnyTwoDates_IsAntisymmetricAndConsistentWithStart(PartialDate a, PartialDate b)
    {
        Assert.Equal(Math.Sign(a.CompareTo(b)), -Math.Sign(b.CompareTo(a)));
        if (a.Start < b.Start)
        {
            Assert.True(a < b);
        }
    }
}

using System;
using System.Linq;
using FsCheck.Xunit;
using Xunit;

namespace KazChina.Model.Tests.Primitives;

public class TimeReferenceTests
{
    [Fact]
    public void CompareTo_SameDate_OrdersByRelation()
    {
        PartialDate july1 = new(2011, 7, 1, yearInferred: true);
        TimeReference at = TimeReference.At(july1);
        TimeReference by = TimeReference.By(july1);
        TimeReference during = TimeReference.During(july1);

        Assert.Equal([at, by, during], new[] { during, by, at }.Order());
        Assert.True(at < by);
        Assert.True(by <= during);
        Assert.True(during > at);
        Assert.True(during >= by);
    }

    [Fact]
    public void CompareTo_DifferentDates_OrdersByDateFirst()
    {
        TimeReference by2015 = TimeReference.By(PartialDate.OfYear(2015));
        TimeReference during2010 = TimeReference.During(PartialDate.OfYear(2010));

        Assert.True(during2010 < by2015);
        Assert.Equal(1, by2015.CompareTo(null));
    }

    [Fact]
    public void Constructor_UndefinedRelationOrNullDate_Throws()
    {
        Assert.Equal("relation", Assert.Throws<ArgumentOutOfRangeException>(() => new TimeReference((TimeRelation)9, PartialDate.OfYear(2011))).ParamName);
        Assert.Equal("date", Assert.Throws<ArgumentNullException>(() => new TimeReference(TimeRelation.At, null!)).ParamName);
    }

    [Property(Arbitrary = [typeof(Generators)])]
    public void Copy_AnyReference_IsEqualAndComparesEqual(TimeReference time)
    {
        TimeReference copy = Copies.Of(time);

        EqualityContract.AssertEqualValues(time, copy);
        Assert.Equal(0, time.CompareTo(copy));
    }
}

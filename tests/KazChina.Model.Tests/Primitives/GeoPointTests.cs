using System;
using FsCheck.Xunit;
using Xunit;

namespace KazChina.Model.Tests.Primitives;

public class GeoPointTests
{
    [Fact]
    public void Constructor_OutOfRange_Throws()
    {
        Assert.Equal("latitude", Assert.Throws<ArgumentOutOfRangeException>(() => new GeoPoint(90.01m, 0m)).ParamName);
        Assert.Equal("longitude", Assert.Throws<ArgumentOutOfRangeException>(() => new GeoPoint(0m, -180.5m)).ParamName);
        Assert.Equal("51.17, 71.45", new GeoPoint(51.17m, 71.45m).ToString());
    }

    [Property(Arbitrary = [typeof(Generators)])]
    public void Copy_AnyPoint_IsEqualWithSameHash(GeoPoint point)
    {
        EqualityContract.AssertEqualValues(point, Copies.Of(point));
    }
}

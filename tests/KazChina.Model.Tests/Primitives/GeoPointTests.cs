using System;
using FsCheck.Xunit;
using Xunit;

namespace KazChina.Model.Tests.Primitives;

public class GeoPointTests
{
    [Fact]
    public void Constructor_OutOfRange_Throws()
    {
        Assert.Equal("latitude", Assert.Throws<ArgumentOutOfRangeException>(() => new GeoPoint(90.01m, 0m, CoordinatePrecision.Approximate)).ParamName);
        Assert.Equal("longitude", Assert.Throws<ArgumentOutOfRangeException>(() => new GeoPoint(0m, -180.5m, CoordinatePrecision.Approximate)).ParamName);
        Assert.Equal("precision", Assert.Throws<ArgumentOutOfRangeException>(() => new GeoPoint(0m, 0m, (CoordinatePrecision)9)).ParamName);
    }

    [Fact]
    public void ToString_Point_SaysHowPreciseItIs()
    {
        Assert.Equal("51.17, 71.45 (approximate)", new GeoPoint(51.17m, 71.45m, CoordinatePrecision.Approximate).ToString());
        Assert.Equal("43.73, 77.12 (rough)", new GeoPoint(43.73m, 77.12m, CoordinatePrecision.Rough).ToString());
    }

    [Fact]
    public void Equality_PrecisionDiffers_NotEqual()
    {
        EqualityContract.AssertDifferent(new GeoPoint(1m, 2m, CoordinatePrecision.Approximate), new GeoPoint(1m, 2m, CoordinatePrecision.Rough));
    }

    [Property(Arbitrary = [typeof(Generators)])]
    public void Copy_AnyPoint_IsEqualWithSameHash(GeoPoint point)
    {
        EqualityContract.AssertEqualValues(point, Copies.Of(point));
    }
}

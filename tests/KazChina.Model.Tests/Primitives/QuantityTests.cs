using System;
using FsCheck.Xunit;
using Xunit;

namespace KazChina.Model.Tests.Primitives;

public class QuantityTests
{
    [Fact]
    public void Constructor_NegativeOrUndefinedUnit_Throws()
    {
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => new Quantity(-1m, QuantityUnit.Tonne, Bound.Exact, "x")).ParamName);
        Assert.Equal("unit", Assert.Throws<ArgumentOutOfRangeException>(() => new Quantity(1m, (QuantityUnit)42, Bound.Exact, "x")).ParamName);
    }

    [Property(Arbitrary = [typeof(Generators)])]
    public void Copy_AnyQuantity_IsEqualWithSameHash(Quantity value)
    {
        EqualityContract.AssertEqualValues(value, Copies.Of(value));
    }
}

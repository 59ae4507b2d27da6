using System;
using FsCheck.Xunit;
using Xunit;

namespace KazChina.Model.Tests.Primitives;

public class StatedAmountTests
{
    [Fact]
    public void Constructor_SecondCurrencySameAsFirst_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new StatedAmount(Money.Usd(1m), Bound.Exact, "$1", Money.Usd(1m)));
        Assert.Equal("alsoStatedAs", ex.ParamName);
    }

    [Fact]
    public void In_EitherCurrency_FindsItWithoutConverting()
    {
        var cost = new StatedAmount(Money.Cny(880_000_000m), Bound.MoreThan, "more than 880 million Yuan ($136.14 million)", Money.Usd(136_140_000m));

        Assert.Equal(Money.Cny(880_000_000m), cost.In("CNY"));
        Assert.Equal(Money.Usd(136_140_000m), cost.In("USD"));
        Assert.Null(cost.In("KZT"));
        Assert.Equal("CNY", cost.Currency);
    }

    [Fact]
    public void Constructor_UndefinedBoundOrBlankWording_Throws()
    {
        Assert.Equal("bound", Assert.Throws<ArgumentOutOfRangeException>(() => new StatedAmount(Money.Usd(1m), (Bound)99, "$1")).ParamName);
        Assert.Equal("asWritten", Assert.Throws<ArgumentException>(() => new StatedAmount(Money.Usd(1m), Bound.Exact, "  ")).ParamName);
    }

    [Property(Arbitrary = [typeof(Generators)])]
    public void Copy_AnyStatedAmount_IsEqualWithSameHash(StatedAmount value)
    {
        EqualityContract.AssertEqualValues(value, Copies.Of(value));
    }
}

using System;
using FsCheck.Xunit;
using Xunit;

namespace KazChina.Model.Tests;

public class MoneyTests
{
    [Fact]
    public void Constructor_NegativeAmount_ThrowsNamingAmount()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Money(-1m, "USD"));
        Assert.Equal("amount", ex.ParamName);
    }

    [Theory]
    [InlineData("usd")]
    [InlineData("XXX")]
    [InlineData("US")]
    [InlineData("YUAN")]
    [InlineData("")]
    public void Constructor_UnknownCurrency_ThrowsNamingCurrency(string code)
    {
        var ex = Assert.Throws<ArgumentException>(() => new Money(1m, code));
        Assert.Equal("currency", ex.ParamName);
        Assert.Contains("ISO 4217", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_SameValueDifferentScale_IsEqualWithSameHash()
    {
        EqualityContract.AssertEqualValues(new Money(20.0m, "USD"), new Money(20m, Copies.Of("USD")));
        EqualityContract.AssertDifferent(Money.Usd(20m), Money.Cny(20m));
    }

    [Fact]
    public void Arithmetic_AcrossCurrencies_Throws()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Money.Usd(1m) + Money.Cny(1m));
        Assert.Contains("USD", ex.Message, StringComparison.Ordinal);
        Assert.Contains("CNY", ex.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => Money.Usd(1m) < Money.Cny(2m));
        Assert.Throws<InvalidOperationException>(() => Money.Usd(40m).RatioTo(Money.Cny(20m)));
    }

    [Fact]
    public void Arithmetic_SameCurrency_Works()
    {
        Assert.Equal(Money.Usd(33.3m), Money.Usd(20m) + Money.Usd(13.3m));
        Assert.Equal(2m, Money.Usd(40_000_000_000m).RatioTo(Money.Usd(20_000_000_000m)));
        Assert.True(Money.Usd(13.3m) < Money.Usd(20m));
        Assert.Throws<ArgumentException>(() => Money.Usd(1m).RatioTo(Money.Usd(0m)));
    }

    [Property(Arbitrary = [typeof(Generators)])]
    public void Copy_AnyMoney_IsEqual(Money money)
    {
        EqualityContract.AssertEqualValues(money, Copies.Of(money));
    }

    [Fact]
    public void StatedAmount_SecondCurrencySameAsFirst_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new StatedAmount(Money.Usd(1m), Bound.Exact, "$1", Money.Usd(1m)));
        Assert.Equal("alsoStatedAs", ex.ParamName);
    }

    [Fact]
    public void StatedAmount_In_FindsEitherCurrencyWithoutConverting()
    {
        var cost = new StatedAmount(Money.Cny(880_000_000m), Bound.MoreThan, "more than 880 million Yuan ($136.14 million)", Money.Usd(136_140_000m));

        Assert.Equal(Money.Cny(880_000_000m), cost.In("CNY"));
        Assert.Equal(Money.Usd(136_140_000m), cost.In("USD"));
        Assert.Null(cost.In("KZT"));
        Assert.Equal("CNY", cost.Currency);
    }

    [Fact]
    public void StatedAmount_UndefinedBoundOrBlankWording_Throws()
    {
        Assert.Equal("bound", Assert.Throws<ArgumentOutOfRangeException>(() => new StatedAmount(Money.Usd(1m), (Bound)99, "$1")).ParamName);
        Assert.Equal("asWritten", Assert.Throws<ArgumentException>(() => new StatedAmount(Money.Usd(1m), Bound.Exact, "  ")).ParamName);
    }

    [Fact]
    public void Quantity_NegativeOrUndefinedUnit_Throws()
    {
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => new Quantity(-1m, QuantityUnit.Tonne, Bound.Exact, "x")).ParamName);
        Assert.Equal("unit", Assert.Throws<ArgumentOutOfRangeException>(() => new Quantity(1m, (QuantityUnit)42, Bound.Exact, "x")).ParamName);
    }

    [Fact]
    public void GeoPoint_OutOfRange_Throws()
    {
        Assert.Equal("latitude", Assert.Throws<ArgumentOutOfRangeException>(() => new GeoPoint(90.01m, 0m)).ParamName);
        Assert.Equal("longitude", Assert.Throws<ArgumentOutOfRangeException>(() => new GeoPoint(0m, -180.5m)).ParamName);
        Assert.Equal("51.17, 71.45", new GeoPoint(51.17m, 71.45m).ToString());
    }
}

using System;
using FsCheck.Xunit;
using Xunit;

namespace KazChina.Model.Tests.Primitives;

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
    public void Arithmetic_BeyondDecimal_ThrowsOverflowAsDocumented()
    {
        Assert.Throws<OverflowException>(() => Money.Usd(decimal.MaxValue) + Money.Usd(1m));
        Assert.Throws<OverflowException>(() => Money.Usd(decimal.MaxValue).RatioTo(Money.Usd(0.5m)));
    }

    [Theory]
    [InlineData("USD", true)]
    [InlineData("CNY", true)]
    [InlineData("KZT", true)]
    [InlineData("EUR", true)]
    [InlineData("XAU", false)]
    [InlineData("XDR", false)]
    [InlineData("RUR", false)]
    [InlineData("usd", false)]
    [InlineData(null, false)]
    public void Currency_IsKnown_AcceptsNationalCurrenciesOnly(string? code, bool known)
    {
        Assert.Equal(known, Currency.IsKnown(code));
    }
}

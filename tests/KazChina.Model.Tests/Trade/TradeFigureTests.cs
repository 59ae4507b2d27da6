using System;
using Xunit;

namespace KazChina.Model.Tests.Trade;

public class TradeFigureTests
{
    private static readonly StatedAmount Dollar = new(Money.Usd(1m), Bound.Exact, "$1");

    private static readonly Quantity Tonnes = new(11_000_000m, QuantityUnit.Tonne, Bound.Exact, "11 million tons");

    [Fact]
    public void Constructor_SameCountryTwice_ThrowsNamingPartnerId()
    {
        var error = Assert.Throws<ArgumentException>(() => new TradeFigureBuilder { CountryId = "china", PartnerId = "china" }.Build());

        Assert.Equal("partnerId", error.ParamName);
    }

    [Fact]
    public void Constructor_AmountAndQuantity_ThrowsNamingAmount()
    {
        var error = Assert.Throws<ArgumentException>(() => new TradeFigureBuilder { Amount = Dollar, Quantity = Tonnes }.Build());

        Assert.Equal("amount", error.ParamName);
    }

    [Fact]
    public void Constructor_NeitherAmountNorQuantity_ThrowsNamingAmount()
    {
        var error = Assert.Throws<ArgumentException>(() => new TradeFigureBuilder { Amount = null, Quantity = null }.Build());

        Assert.Equal("amount", error.ParamName);
    }

    [Fact]
    public void Constructor_CommodityDeliveredWithoutCommodity_ThrowsNamingCommodity()
    {
        var error = Assert.Throws<ArgumentException>(() => new TradeFigureBuilder { Measure = TradeMeasure.CommodityDelivered, Amount = null, Quantity = Tonnes, Commodity = null }.Build());

        Assert.Equal("commodity", error.ParamName);
    }
}

using System.Linq;
using Xunit;

namespace KazChina.Model.Tests.Data;

/// <summary>Exact values of the trade figures, the loan and the currency swap, as stated.</summary>
public sealed class TradeAndFinanceDataTests
{
    private static KazChinaEdition Edition => EditionTestKit.Edition;

    [Fact]
    public void TradeTarget_Amount_Is40BillionUsdExactBy2015()
    {
        TradeFigure target = EditionTestKit.Get<TradeFigure>("trade-target-40bn-2015");
        Assert.Equal(FigureBasis.Target, target.Basis);
        Assert.Equal(new StatedAmount(Money.Usd(40_000_000_000m), Bound.Exact, "$40 billion"), target.Amount);
        Assert.Equal(TimeReference.By(new PartialDate(2015)), target.Period);
        Assert.True(target.IsBetween("china", "kazakhstan"));
    }

    [Fact]
    public void ChengFigure_Amount_IsMoreThan20BillionStatedByCheng()
    {
        TradeFigure figure = EditionTestKit.Get<TradeFigure>("trade-china-kazakhstan-over-20bn-cheng");
        Assert.Equal(new RecordId("cheng-guoping"), figure.StatedById);
        Assert.Equal(new StatedAmount(Money.Usd(20_000_000_000m), Bound.MoreThan, "over $20 billion"), figure.Amount);
        Assert.Null(figure.Period);
        Assert.Equal([new RecordId("cite-xinhua-2011-06-07")], figure.Evidence.CitationIds);
    }

    [Fact]
    public void KazakhstanRussiaTrade_Amount_Is13Point3BillionIn2010()
    {
        TradeFigure figure = EditionTestKit.Get<TradeFigure>("trade-kazakhstan-russia-2010");
        Assert.Equal(13_300_000_000m, figure.Amount!.Value.Amount);
        Assert.Equal("$13.3 billion", figure.Amount.AsWritten);
        Assert.Equal(TimeReference.During(new PartialDate(2010)), figure.Period);
        Assert.True(figure.IsBetween("kazakhstan", "russia"));
        Assert.Null(figure.StatedById);
    }

    [Fact]
    public void OilDelivered_Quantity_Is11MillionTonnesFromKazakhstanToChinaIn2010()
    {
        TradeFigure oil = EditionTestKit.Get<TradeFigure>("oil-delivered-2010");
        Assert.Equal(TradeMeasure.CommodityDelivered, oil.Measure);
        Assert.Equal("oil", oil.Commodity);
        Assert.Equal(new Quantity(11_000_000m, QuantityUnit.Tonne, Bound.Exact, "11 million tons"), oil.Quantity);
        Assert.Null(oil.Amount);
        Assert.Equal(new RecordId("kazakhstan"), oil.CountryId);
        Assert.Equal(new RecordId("china"), oil.PartnerId);
    }

    [Fact]
    public void TradeFigures_WithAnAmount_AreAllInUsd()
    {
        Assert.Equal(5, Edition.TradeFigures.Count);
        Assert.All(Edition.TradeFigures.Where(f => f.Amount is not null), f => Assert.Equal(Currency.Usd, f.Amount!.Currency));
    }

    [Fact]
    public void Loan_Parties_AreChinaDevelopmentBankLendingToKazakhmysForAktogay()
    {
        Loan loan = Assert.Single(Edition.Loans);
        Assert.Equal(new RecordId("china-development-bank"), loan.LenderId);
        Assert.Equal(new RecordId("kazakhmys"), loan.BorrowerId);
        Assert.Equal(new RecordId("aktogay-copper-mine"), loan.ProjectId);
        Assert.Equal(["cite-ntdtv-2011-06-15", "cite-central-asia-newswire-2011-06-13"], loan.Evidence.CitationIds.Select(c => c.ToString()));
    }

    [Fact]
    public void CurrencySwap_Amount_Is1BillionUsdUnderTheSwapAgreement()
    {
        CurrencySwap swap = Assert.Single(Edition.CurrencySwaps);
        Assert.Equal(new StatedAmount(Money.Usd(1_000_000_000m), Bound.Exact, "$1 billion"), swap.Amount);
        Assert.Equal(new RecordId("currency-swap-agreement-2011"), swap.AgreementId);
        Assert.Equal(["kazakhstan", "china"], swap.PartyIds.Select(p => p.ToString()));
    }
}

namespace KazChina.Model;

internal static partial class EditionData
{
    // Amounts are in units (dollars), exactly as printed; "over" is Bound.MoreThan.
    private static ValueList<TradeFigure> TradeFigures() => ValueList.Create(
        new TradeFigure(
            id: "trade-china-kazakhstan-over-20bn-cheng",
            statedById: "cheng-guoping",
            countryId: "china",
            partnerId: "kazakhstan",
            period: null,
            measure: TradeMeasure.BilateralTradeVolume,
            basis: FigureBasis.Actual,
            amount: new StatedAmount(Money.Usd(20_000_000_000m), Bound.MoreThan, "over $20 billion"),
            quantity: null,
            commodity: null,
            evidence: Evidence.Of(S(1489, 32, "over $20 billion in trade volume"), S(1666, 11, "Cheng noted")).Citing("cite-xinhua-2011-06-07")),
        new TradeFigure(
            id: "trade-china-kazakhstan-20bn-2011",
            statedById: null,
            countryId: "china",
            partnerId: "kazakhstan",
            period: TimeReference.During(new PartialDate(2011)),
            measure: TradeMeasure.BilateralTradeVolume,
            basis: FigureBasis.Actual,
            amount: new StatedAmount(Money.Usd(20_000_000_000m), Bound.Exact, "$20 billion"),
            quantity: null,
            commodity: null,
            evidence: Evidence.Of(S(2472, 59, "References to the trade volume reaching $20 billion in 2011")).Citing("cite-central-asia-online-2011-06-14")),
        new TradeFigure(
            id: "trade-kazakhstan-russia-2010",
            statedById: null,
            countryId: "kazakhstan",
            partnerId: "russia",
            period: TimeReference.During(new PartialDate(2010)),
            measure: TradeMeasure.BilateralTradeVolume,
            basis: FigureBasis.Actual,
            amount: new StatedAmount(Money.Usd(13_300_000_000m), Bound.Exact, "$13.3 billion"),
            quantity: null,
            commodity: null,
            evidence: Evidence.Of(S(2608, 60, "Kazakhstan’s trade with Russia in 2010 reached $13.3 billion")).Citing("cite-central-asia-online-2011-06-14")),
        new TradeFigure(
            id: "trade-target-40bn-2015",
            statedById: null,
            countryId: "china",
            partnerId: "kazakhstan",
            period: TimeReference.By(new PartialDate(2015)),
            measure: TradeMeasure.BilateralTradeVolume,
            basis: FigureBasis.Target,
            amount: new StatedAmount(Money.Usd(40_000_000_000m), Bound.Exact, "$40 billion"),
            quantity: null,
            commodity: null,
            evidence: Evidence.Of(S(2718, 54, "setting the target of $40 billion annual trade by 2015")).Citing("cite-central-asia-online-2011-06-14")),
        new TradeFigure(
            id: "oil-delivered-2010",
            statedById: null,
            countryId: "kazakhstan",
            partnerId: "china",
            period: TimeReference.During(new PartialDate(2010)),
            measure: TradeMeasure.CommodityDelivered,
            basis: FigureBasis.Actual,
            amount: null,
            quantity: new Quantity(11_000_000m, QuantityUnit.Tonne, Bound.Exact, "11 million tons"),
            commodity: "oil",
            evidence: Evidence.Of(S(3567, 84, "the Kazakhstan-China oil pipeline delivering 11 million tons of oil to China in 2010")).Citing("cite-ntdtv-2011-06-15", "cite-central-asia-newswire-2011-06-13")));
}

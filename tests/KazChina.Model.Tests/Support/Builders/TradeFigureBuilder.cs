namespace KazChina.Model.Tests;

/// <summary>
/// Builds a valid <see cref="TradeFigure"/>: the author's undated China–Kazakhstan trade volume of $1, an actual.
/// See <see cref="RecordBuilder"/>.
/// </summary>
public sealed record TradeFigureBuilder : RecordBuilder<TradeFigure>
{
    /// <summary>Starts from every member of <paramref name="from"/>, or from the defaults.</summary>
    /// <param name="from">The figure to start from, or null.</param>
    public TradeFigureBuilder(TradeFigure? from = null)
        : base(from, "trade")
    {
    }

    public RecordId? StatedById { get; init; }

    public RecordId CountryId { get; init; } = "china";

    public RecordId PartnerId { get; init; } = "kazakhstan";

    public TimeReference? Period { get; init; }

    public TradeMeasure Measure { get; init; } = TradeMeasure.BilateralTradeVolume;

    public FigureBasis Basis { get; init; } = FigureBasis.Actual;

    public StatedAmount? Amount { get; init; } = new(Money.Usd(1m), Bound.Exact, "$1");

    public Quantity? Quantity { get; init; }

    public string? Commodity { get; init; }
}

namespace KazChina.Model.Tests;

/// <summary>Builds a valid <see cref="Loan"/>: $1 from a Chinese bank to Kazakhstan, undated. See <see cref="RecordBuilder"/>.</summary>
public sealed record LoanBuilder : RecordBuilder<Loan>
{
    /// <summary>Starts from every member of <paramref name="from"/>, or from the defaults.</summary>
    /// <param name="from">The loan to start from, or null.</param>
    public LoanBuilder(Loan? from = null)
        : base(from, "loan")
    {
    }

    public RecordId LenderId { get; init; } = "china-development-bank";

    public RecordId BorrowerId { get; init; } = "kazakhstan";

    public StatedAmount Amount { get; init; } = new(Money.Usd(1m), Bound.Exact, "$1");

    public string Purpose { get; init; } = "p";

    public RecordId? ProjectId { get; init; }

    public TimeReference? When { get; init; }
}

/// <summary>Builds a valid <see cref="CurrencySwap"/>: $1 between China and Kazakhstan, undated. See <see cref="RecordBuilder"/>.</summary>
public sealed record CurrencySwapBuilder : RecordBuilder<CurrencySwap>
{
    /// <summary>Starts from every member of <paramref name="from"/>, or from the defaults.</summary>
    /// <param name="from">The swap to start from, or null.</param>
    public CurrencySwapBuilder(CurrencySwap? from = null)
        : base(from, "swap")
    {
    }

    public ValueList<RecordId> PartyIds { get; init; } = ValueList.Create<RecordId>("china", "kazakhstan");

    public StatedAmount Amount { get; init; } = new(Money.Usd(1m), Bound.Exact, "$1");

    public RecordId? AgreementId { get; init; }

    public TimeReference? When { get; init; }
}

namespace KazChina.Model.Tests;

/// <summary>Builds a valid <see cref="Loan"/>: $1 from a Chinese bank to Kazakhstan, undated. See <see cref="RecordBuilder"/>.</summary>
public sealed record LoanBuilder : RecordBuilder<Loan>
{
    /// <summary>Starts from the defaults.</summary>
    public LoanBuilder()
        : base("loan")
    {
    }

    /// <summary>Starts from every member of <paramref name="from"/>.</summary>
    /// <param name="from">The loan.</param>
    public LoanBuilder(Loan from)
        : base(from)
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
    /// <summary>Starts from the defaults.</summary>
    public CurrencySwapBuilder()
        : base("swap")
    {
    }

    /// <summary>Starts from every member of <paramref name="from"/>.</summary>
    /// <param name="from">The swap.</param>
    public CurrencySwapBuilder(CurrencySwap from)
        : base(from)
    {
    }

    public ValueList<RecordId> PartyIds { get; init; } = ValueList.Create<RecordId>("china", "kazakhstan");

    public StatedAmount Amount { get; init; } = new(Money.Usd(1m), Bound.Exact, "$1");

    public RecordId? AgreementId { get; init; }

    public TimeReference? When { get; init; }
}

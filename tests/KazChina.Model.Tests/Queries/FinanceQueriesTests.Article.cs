using Xunit;
using static KazChina.Model.Tests.Queries.QueryTestKit;

namespace KazChina.Model.Tests.Queries;

/// <summary>The article's finance questions, with their exact answers.</summary>
public partial class FinanceQueriesTests
{
    [Fact]
    public void LoansFrom_ChinaDevelopmentBank_IsTheKazakhmysLoanAsPrinted()
    {
        Loan loan = Assert.Single(Embedded.LoansFrom("china-development-bank"));

        Assert.Equal("loan-cdb-kazakhmys-aktogay", loan.Id.Value);
        Assert.Equal(Money.Usd(15_000_000_000m), loan.Amount.Value);
        Assert.Equal("$15 billion", loan.Amount.AsWritten);
        Assert.Equal(new RecordId("aktogay-copper-mine"), loan.ProjectId);
    }

    [Fact]
    public void LoansFromAndTo_CountriesThroughTheirOrganizations_FindTheLoanOnlyWhenAffiliatedAreIncluded()
    {
        Assert.Empty(Embedded.LoansFrom("china"));
        Assert.Equal(["loan-cdb-kazakhmys-aktogay"], IdsOf(Embedded.LoansFrom("china", includeAffiliated: true)));
        Assert.Equal(["loan-cdb-kazakhmys-aktogay"], IdsOf(Embedded.LoansTo("kazakhmys")));
        Assert.Equal(["loan-cdb-kazakhmys-aktogay"], IdsOf(Embedded.LoansTo("kazakhstan", includeAffiliated: true)));
        Assert.Empty(Embedded.LoansTo("china", includeAffiliated: true));
    }

    [Fact]
    public void SwapsWith_KazakhstanOrChina_IsTheOneBillionDollarSwap()
    {
        CurrencySwap swap = Assert.Single(Embedded.SwapsWith("kazakhstan"));

        Assert.Equal("currency-swap-2011", swap.Id.Value);
        Assert.Equal(Money.Usd(1_000_000_000m), swap.Amount.Value);
        Assert.Same(swap, Assert.Single(Embedded.SwapsWith("china")));
        Assert.Empty(Embedded.SwapsWith("russia"));
    }

    [Fact]
    public void ByAmount_DollarRanges_SplitTheLoanFromTheSwap()
    {
        Assert.Equal(["loan-cdb-kazakhmys-aktogay"], IdsOf(Embedded.LoansByAmount(Money.Usd(10_000_000_000m), Money.Usd(20_000_000_000m))));
        Assert.Empty(Embedded.SwapsByAmount(Money.Usd(10_000_000_000m), Money.Usd(20_000_000_000m)));
        Assert.Equal(["currency-swap-2011"], IdsOf(Embedded.SwapsByAmount(Money.Usd(1_000_000_000m), Money.Usd(1_000_000_000m))));
        Assert.Empty(Embedded.LoansByAmount(Money.Cny(0m), Money.Cny(1_000_000_000_000m)));
    }

    [Fact]
    public void LoansByAmount_BetweenOneAndTwoBillionDollars_IsNoneAsStatedAndTheAktogayLoanCorrected()
    {
        Money one = Money.Usd(1_000_000_000m);
        Money two = Money.Usd(2_000_000_000m);

        Assert.Empty(Embedded.LoansByAmount(one, two));
        Loan loan = Assert.Single(Embedded.LoansByAmount(one, two, ReadingChoice.Corrected));

        Assert.Equal("loan-cdb-kazakhmys-aktogay", loan.Id.Value);
        Assert.Equal(new StatedAmount(Money.Usd(1_500_000_000m), Bound.Exact, "$1.5 billion"), loan.Amount);
        Assert.Equal(["note-kazakhmys-loan-amount"], IdsOf(Embedded.NotesApplied(loan)));
        Assert.Empty(Embedded.NotesApplied(Embedded.Get(loan.Id)));
    }

    [Fact]
    public void SwapsByAmount_Corrected_IsTheSameSwapTheNoteConfirms()
    {
        CurrencySwap swap = Assert.Single(Embedded.SwapsByAmount(Money.Usd(1_000_000_000m), Money.Usd(1_000_000_000m), ReadingChoice.Corrected));

        Assert.Same(Embedded.Get(swap.Id), swap);
        Assert.Empty(Embedded.NotesApplied(swap));
    }

    [Fact]
    public void LoansFrom_Corrected_IsTheLoanAsTheNoteReadsIt()
    {
        Loan loan = Assert.Single(Embedded.LoansFrom("china-development-bank", reading: ReadingChoice.Corrected));

        Assert.Equal(Money.Usd(1_500_000_000m), loan.Amount.Value);
        Assert.Equal(TimeReference.At(new PartialDate(2011, 6, 13)), loan.When);
    }
}

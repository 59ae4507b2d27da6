using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck.Xunit;
using Xunit;
using static KazChina.Model.Tests.Queries.QueryTestKit;

namespace KazChina.Model.Tests.Queries;

public partial class FinanceQueriesTests
{
    [Property(Arbitrary = [typeof(Generators)], MaxTest = 100)]
    public void LoansFromLoansToSwapsWith_EveryActor_AgreeWithLinearScan(KazChinaEdition edition)
    {
        foreach (RecordId actor in ActorIds(edition))
        {
            HashSet<RecordId> affiliated = Affiliated(edition, actor);
            SameRecords(edition.Loans.Where(l => l.LenderId == actor), edition.LoansFrom(actor));
            SameRecords(edition.Loans.Where(l => affiliated.Contains(l.LenderId)), edition.LoansFrom(actor, includeAffiliated: true));
            SameRecords(edition.Loans.Where(l => l.BorrowerId == actor), edition.LoansTo(actor));
            SameRecords(edition.Loans.Where(l => affiliated.Contains(l.BorrowerId)), edition.LoansTo(actor, includeAffiliated: true));
            SameRecords(edition.CurrencySwaps.Where(s => s.PartyIds.Contains(actor)), edition.SwapsWith(actor));
            SameRecords(edition.CurrencySwaps.Where(s => s.PartyIds.Any(affiliated.Contains)), edition.SwapsWith(actor, includeAffiliated: true));
        }
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 100)]
    public void LoansFrom_EveryLender_TogetherCoverEveryLoanOnce(KazChinaEdition edition)
    {
        var covered = ActorIds(edition).SelectMany(a => edition.LoansFrom(a)).ToList();

        Assert.Equal(edition.Loans.OrderBy(l => l.Id), covered.OrderBy(l => l.Id));
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 100)]
    public void ByAmount_AnyRangeInAnyCurrency_AgreesWithLinearScanOverStatedAmounts(KazChinaEdition edition, Money first, Money second)
    {
        Money minimum = first;
        Money maximum = new(second.Amount, first.Currency);
        if (minimum > maximum)
        {
            (minimum, maximum) = (maximum, minimum);
        }

        bool InRange(StatedAmount amount) => amount.In(minimum.Currency) is { } m && m.Amount >= minimum.Amount && m.Amount <= maximum.Amount;

        SameRecords(edition.Loans.Where(l => InRange(l.Amount)), edition.LoansByAmount(minimum, maximum));
        SameRecords(edition.CurrencySwaps.Where(s => InRange(s.Amount)), edition.SwapsByAmount(minimum, maximum));
    }

    [Fact]
    public void Helpers_BadArguments_ThrowNamingTheArgument()
    {
        KazChinaEdition edition = SyntheticEdition.Create(3, 3);
        KazChinaEdition none = null!;
        Money one = Money.Usd(1m);

        Assert.Equal("edition", Assert.Throws<ArgumentNullException>(() => none.LoansFrom("organization-0")).ParamName);
        Assert.Equal("edition", Assert.Throws<ArgumentNullException>(() => none.LoansTo("organization-0")).ParamName);
        Assert.Equal("edition", Assert.Throws<ArgumentNullException>(() => none.SwapsWith("country-0")).ParamName);
        Assert.Equal("edition", Assert.Throws<ArgumentNullException>(() => none.LoansByAmount(one, one)).ParamName);
        Assert.Equal("edition", Assert.Throws<ArgumentNullException>(() => none.SwapsByAmount(one, one)).ParamName);
        Assert.Equal("lenderId", Assert.Throws<ArgumentException>(() => edition.LoansFrom("place-0")).ParamName);
        Assert.Equal("borrowerId", Assert.Throws<ArgumentException>(() => edition.LoansTo(default)).ParamName);
        Assert.Equal("partyId", Assert.Throws<ArgumentException>(() => edition.SwapsWith("loan-0")).ParamName);
        Assert.Equal("minimum", Assert.Throws<ArgumentNullException>(() => edition.LoansByAmount(null!, one)).ParamName);
        Assert.Equal("maximum", Assert.Throws<ArgumentNullException>(() => edition.SwapsByAmount(one, null!)).ParamName);
        Assert.Equal("maximum", Assert.Throws<ArgumentException>(() => edition.LoansByAmount(one, Money.Cny(2m))).ParamName);
        Assert.Equal("maximum", Assert.Throws<ArgumentException>(() => edition.SwapsByAmount(Money.Usd(2m), one)).ParamName);
        Assert.Throws<KeyNotFoundException>(() => edition.LoansFrom("organisation-0"));
    }
}

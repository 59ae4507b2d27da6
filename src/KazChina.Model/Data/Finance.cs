namespace KazChina.Model;

internal static partial class EditionData
{
    // The loan keeps the printed "$15 billion"; note-kazakhmys-loan-amount carries the $1.5 billion reading.
    private static ValueList<Loan> Loans() => ValueList.Create(
        new Loan(
            id: "loan-cdb-kazakhmys-aktogay",
            lenderId: "china-development-bank",
            borrowerId: "kazakhmys",
            amount: new StatedAmount(Money.Usd(15_000_000_000m), Bound.Exact, "$15 billion"),
            purpose: "To develop a large copper mine in Aktogay, in eastern Kazakhstan.",
            projectId: "aktogay-copper-mine",
            when: null,
            evidence: Evidence.Of(S(3334, 171, "The China Development Bank also extended a $15 billion loan to the Kazakhstani mining company, Kazakhmys, to develop a large copper mine in Aktogay, in eastern Kazakhstan.")).Citing("cite-ntdtv-2011-06-15", "cite-central-asia-newswire-2011-06-13")));

    private static ValueList<CurrencySwap> CurrencySwaps() => ValueList.Create(
        new CurrencySwap(
            id: "currency-swap-2011",
            partyIds: Ids("kazakhstan", "china"),
            amount: new StatedAmount(Money.Usd(1_000_000_000m), Bound.Exact, "$1 billion"),
            agreementId: "currency-swap-agreement-2011",
            when: null,
            evidence: Evidence.Of(S(3020, 57, "During Hu’s visit, a $1 billion currency swap was agreed.")).Citing("cite-ntdtv-2011-06-15", "cite-central-asia-newswire-2011-06-13")));
}

using System;
using System.Collections.Generic;
using System.Linq;

namespace KazChina.Model;

/// <summary>Questions about loans and currency swaps: by lender, borrower, party and amount.</summary>
/// <remarks>
/// Amounts are compared as stated (or, in the corrected reading, as the editorial notes read them; a record a note
/// changed names it through <see cref="ReadingQueries.NotesApplied"/>), in one currency: a record counts in a currency
/// when its amount is given in that currency, first or second; nothing is converted. The figure's bound (<see cref="StatedAmount.Bound"/>)
/// travels with the record. Every helper works on the edition value it is given, through indexes built once
/// per edition and shared by all threads. Every list is read-only and in edition order. An id argument must
/// name a record of the edition (a typo throws <see cref="KeyNotFoundException"/> rather than finding nothing).
/// </remarks>
public static class FinanceQueries
{
    /// <summary>Returns the loans a lender extends.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="lenderId">The lender's id, e.g. <c>china-development-bank</c>.</param>
    /// <param name="includeAffiliated">When <paramref name="lenderId"/> is a country, also count loans by its people and organizations (China through the China Development Bank).</param>
    /// <param name="reading">As stated (the default), or corrected: the values with the editorial notes' readings applied.</param>
    /// <returns>The loans, in edition order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="lenderId"/> is default or names a record that is not a country, person or organization.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reading"/> is not defined.</exception>
    /// <exception cref="KeyNotFoundException">No record has <paramref name="lenderId"/>.</exception>
    public static IReadOnlyList<Loan> LoansFrom(this KazChinaEdition edition, RecordId lenderId, bool includeAffiliated = false, ReadingChoice reading = ReadingChoice.AsStated)
    {
        return LoansBy(QueryChecks.Read(edition, reading), lenderId, nameof(lenderId), includeAffiliated, index => index.LoansByLender, l => l.LenderId);
    }

    /// <summary>Returns the loans a borrower receives.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="borrowerId">The borrower's id, e.g. <c>kazakhmys</c>.</param>
    /// <param name="includeAffiliated">When <paramref name="borrowerId"/> is a country, also count loans to its people and organizations (Kazakhstan through Kazakhmys).</param>
    /// <param name="reading">As stated (the default), or corrected: the values with the editorial notes' readings applied.</param>
    /// <returns>The loans, in edition order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="borrowerId"/> is default or names a record that is not a country, person or organization.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reading"/> is not defined.</exception>
    /// <exception cref="KeyNotFoundException">No record has <paramref name="borrowerId"/>.</exception>
    public static IReadOnlyList<Loan> LoansTo(this KazChinaEdition edition, RecordId borrowerId, bool includeAffiliated = false, ReadingChoice reading = ReadingChoice.AsStated)
    {
        return LoansBy(QueryChecks.Read(edition, reading), borrowerId, nameof(borrowerId), includeAffiliated, index => index.LoansByBorrower, l => l.BorrowerId);
    }

    /// <summary>Returns the currency swaps a party is party to.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="partyId">The party's id, e.g. <c>kazakhstan</c>.</param>
    /// <param name="includeAffiliated">When <paramref name="partyId"/> is a country, also count swaps of its people and organizations (a central bank).</param>
    /// <param name="reading">As stated (the default), or corrected: the values with the editorial notes' readings applied.</param>
    /// <returns>The swaps, in edition order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="partyId"/> is default or names a record that is not a country, person or organization.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reading"/> is not defined.</exception>
    /// <exception cref="KeyNotFoundException">No record has <paramref name="partyId"/>.</exception>
    public static IReadOnlyList<CurrencySwap> SwapsWith(this KazChinaEdition edition, RecordId partyId, bool includeAffiliated = false, ReadingChoice reading = ReadingChoice.AsStated)
    {
        edition = QueryChecks.Read(edition, reading);
        EditionIndex index = edition.Index;
        CheckActor(edition, partyId, nameof(partyId));
        if (!includeAffiliated)
        {
            return EditionIndex.Find(index.SwapsByParty, partyId);
        }

        IReadOnlySet<RecordId> parties = index.ActorSet(partyId, includeAffiliated);
        return edition.CurrencySwaps.Where(s => s.PartyIds.Any(parties.Contains)).ToValueList();
    }

    /// <summary>Returns the loans whose amount in <paramref name="minimum"/>'s currency lies from <paramref name="minimum"/> to <paramref name="maximum"/>, inclusive.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="minimum">The smallest amount.</param>
    /// <param name="maximum">The largest amount, in the same currency.</param>
    /// <param name="reading">As stated (the default), or corrected: the values with the editorial notes' readings applied.</param>
    /// <returns>The loans stated in that currency within the range, in edition order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="maximum"/> is in another currency than <paramref name="minimum"/>, or smaller.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reading"/> is not defined.</exception>
    public static IReadOnlyList<Loan> LoansByAmount(this KazChinaEdition edition, Money minimum, Money maximum, ReadingChoice reading = ReadingChoice.AsStated)
    {
        edition = QueryChecks.Read(edition, reading);
        CheckRange(minimum, maximum);
        return edition.Loans.Where(l => InRange(l.Amount, minimum, maximum)).ToValueList();
    }

    /// <summary>Returns the currency swaps whose amount in <paramref name="minimum"/>'s currency lies from <paramref name="minimum"/> to <paramref name="maximum"/>, inclusive.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="minimum">The smallest amount.</param>
    /// <param name="maximum">The largest amount, in the same currency.</param>
    /// <param name="reading">As stated (the default), or corrected: the values with the editorial notes' readings applied.</param>
    /// <returns>The swaps stated in that currency within the range, in edition order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="maximum"/> is in another currency than <paramref name="minimum"/>, or smaller.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reading"/> is not defined.</exception>
    public static IReadOnlyList<CurrencySwap> SwapsByAmount(this KazChinaEdition edition, Money minimum, Money maximum, ReadingChoice reading = ReadingChoice.AsStated)
    {
        edition = QueryChecks.Read(edition, reading);
        CheckRange(minimum, maximum);
        return edition.CurrencySwaps.Where(s => InRange(s.Amount, minimum, maximum)).ToValueList();
    }

    private static void CheckActor(KazChinaEdition edition, RecordId id, string paramName) =>
        QueryChecks.Resolve(edition, id, paramName, RecordKind.Country, RecordKind.Person, RecordKind.Organization);

    private static void CheckRange(Money minimum, Money maximum)
    {
        ArgumentNullException.ThrowIfNull(minimum);
        ArgumentNullException.ThrowIfNull(maximum);
        Preconditions.CheckArgument(string.Equals(minimum.Currency, maximum.Currency, StringComparison.Ordinal), nameof(maximum), $"The range's ends must be in one currency; {maximum.Currency} is not {minimum.Currency}.");
        Preconditions.CheckArgument(minimum <= maximum, nameof(maximum), $"The maximum {maximum} is smaller than the minimum {minimum}.");
    }

    private static bool InRange(StatedAmount amount, Money minimum, Money maximum) =>
        amount.In(minimum.Currency) is { } stated && minimum <= stated && stated <= maximum;

    /// <summary>The loans whose <paramref name="side"/> is the actor (or, with affiliates, one of its people and organizations).</summary>
    private static ValueList<Loan> LoansBy(
        KazChinaEdition edition,
        RecordId actorId,
        string paramName,
        bool includeAffiliated,
        Func<EditionIndex, Dictionary<RecordId, ValueList<Loan>>> byActor,
        Func<Loan, RecordId> side)
    {
        EditionIndex index = edition.Index;
        CheckActor(edition, actorId, paramName);
        if (!includeAffiliated)
        {
            return EditionIndex.Find(byActor(index), actorId);
        }

        IReadOnlySet<RecordId> actors = index.ActorSet(actorId, includeAffiliated: true);
        return edition.Loans.Where(l => actors.Contains(side(l))).ToValueList();
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace KazChina.Model;

/// <summary>
/// Questions about agreements: who is party to which, of what kind and status, made when, and what
/// each one provides.
/// </summary>
/// <remarks>
/// Every helper works on the edition value it is given, as stated or, on request, corrected (the editorial
/// notes' readings applied: the treaty dated 2002-12-23), through indexes built once per edition and shared
/// by all threads. Every list is read-only and in edition order. An id argument must name a record of the
/// edition (a typo throws <see cref="KeyNotFoundException"/> rather than finding nothing).
/// </remarks>
public static class AgreementQueries
{
    /// <summary>Returns the agreements <paramref name="partyId"/> is a party to.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="partyId">The id of a country, person or organization, e.g. <c>kazakhstan</c>.</param>
    /// <param name="includeAffiliated">
    /// When <paramref name="partyId"/> is a country, also count agreements whose party is one of its people
    /// or organizations (China through the China Development Bank); ignored for other actors.
    /// </param>
    /// <param name="reading">As stated (the default), or corrected: the values with the editorial notes' readings applied.</param>
    /// <returns>The agreements, in edition order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="partyId"/> is default or names a record that is not a country, person or organization.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reading"/> is not defined.</exception>
    /// <exception cref="KeyNotFoundException">No record has <paramref name="partyId"/>.</exception>
    public static IReadOnlyList<Agreement> AgreementsWithParty(this KazChinaEdition edition, RecordId partyId, bool includeAffiliated = false, ReadingChoice reading = ReadingChoice.AsStated)
    {
        edition = QueryChecks.Read(edition, reading);
        EditionIndex index = edition.Index;
        QueryChecks.Resolve(edition, partyId, nameof(partyId), RecordKind.Country, RecordKind.Person, RecordKind.Organization);
        if (!includeAffiliated)
        {
            return EditionIndex.Find(index.AgreementsByParty, partyId);
        }

        IReadOnlySet<RecordId> parties = index.ActorSet(partyId, includeAffiliated);
        return edition.Agreements.Where(a => a.PartyIds.Any(parties.Contains)).ToValueList();
    }

    /// <summary>Returns the agreements of one kind.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="kind">The kind, e.g. <see cref="AgreementKind.StrategicPartnership"/>.</param>
    /// <param name="reading">As stated (the default), or corrected: the values with the editorial notes' readings applied.</param>
    /// <returns>The agreements of that kind, in edition order; the kinds partition <see cref="KazChinaEdition.Agreements"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> or <paramref name="reading"/> is not defined.</exception>
    public static IReadOnlyList<Agreement> AgreementsOfKind(this KazChinaEdition edition, AgreementKind kind, ReadingChoice reading = ReadingChoice.AsStated)
    {
        edition = QueryChecks.Read(edition, reading);
        EditionIndex index = edition.Index;
        return EditionIndex.Find(index.AgreementsByKind, Preconditions.CheckDefined(kind, nameof(kind)));
    }

    /// <summary>Returns the agreements with one status.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="status">The status, e.g. <see cref="AgreementStatus.Signed"/>.</param>
    /// <param name="reading">As stated (the default), or corrected: the values with the editorial notes' readings applied.</param>
    /// <returns>The agreements with that status, in edition order; the statuses partition <see cref="KazChinaEdition.Agreements"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> or <paramref name="reading"/> is not defined.</exception>
    public static IReadOnlyList<Agreement> AgreementsWithStatus(this KazChinaEdition edition, AgreementStatus status, ReadingChoice reading = ReadingChoice.AsStated)
    {
        edition = QueryChecks.Read(edition, reading);
        EditionIndex index = edition.Index;
        return EditionIndex.Find(index.AgreementsByStatus, Preconditions.CheckDefined(status, nameof(status)));
    }

    /// <summary>Returns the dated agreements whose date falls in <paramref name="range"/>; undated agreements never do.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="range">The days, inclusive, in the ISO calendar.</param>
    /// <param name="match">Whether a date must lie wholly in the range (<see cref="DateMatch.Within"/>, the default) or may only overlap it.</param>
    /// <param name="reading">As stated (the default), or corrected: the values with the editorial notes' readings applied.</param>
    /// <returns>The agreements, in edition order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> or <paramref name="range"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="range"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="match"/> or <paramref name="reading"/> is not defined.</exception>
    public static IReadOnlyList<Agreement> AgreementsIn(this KazChinaEdition edition, DateInterval range, DateMatch match = DateMatch.Within, ReadingChoice reading = ReadingChoice.AsStated)
    {
        edition = QueryChecks.Read(edition, reading);
        DateRanges.Check(range, match, nameof(range), nameof(match));
        return edition.Agreements.Where(a => DateRanges.Matches(a.When, range, match)).ToValueList();
    }

    /// <summary>Returns the provisions of an agreement.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="agreementId">The agreement's id, e.g. <c>all-round-strategic-partnership-2011</c>.</param>
    /// <param name="reading">As stated (the default), or corrected: the values with the editorial notes' readings applied.</param>
    /// <returns>Its provisions, in edition order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="agreementId"/> is default or names a record that is not an agreement.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reading"/> is not defined.</exception>
    /// <exception cref="KeyNotFoundException">No record has <paramref name="agreementId"/>.</exception>
    public static IReadOnlyList<Provision> ProvisionsOf(this KazChinaEdition edition, RecordId agreementId, ReadingChoice reading = ReadingChoice.AsStated)
    {
        edition = QueryChecks.Read(edition, reading);
        EditionIndex index = edition.Index;
        QueryChecks.Resolve(edition, agreementId, nameof(agreementId), RecordKind.Agreement);
        return EditionIndex.Find(index.ProvisionsByAgreement, agreementId);
    }

    /// <summary>
    /// Returns the proposals <paramref name="proposerId"/> advanced (<see cref="Provision.ProposedById"/>), whoever
    /// is to act on them: "What did Beijing propose?" is <c>ProposalsBy(FindActors("Beijing")[0].Id)</c>.
    /// </summary>
    /// <param name="edition">The edition.</param>
    /// <param name="proposerId">The id of a country, person or organization, e.g. <c>china</c>.</param>
    /// <returns>The proposals, in edition order; empty for an actor who proposed nothing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="proposerId"/> is default or names a record that is not a country, person or organization.</exception>
    /// <exception cref="KeyNotFoundException">No record has <paramref name="proposerId"/>.</exception>
    public static IReadOnlyList<Provision> ProposalsBy(this KazChinaEdition edition, RecordId proposerId)
    {
        EditionIndex index = QueryChecks.IndexOf(edition);
        QueryChecks.Resolve(edition, proposerId, nameof(proposerId), RecordKind.Country, RecordKind.Person, RecordKind.Organization);
        return EditionIndex.Find(index.ProposalsByProposer, proposerId);
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck.Xunit;
using NodaTime;
using Xunit;
using static KazChina.Model.Tests.Queries.QueryTestKit;

namespace KazChina.Model.Tests.Queries;

public partial class AgreementQueriesTests
{
    [Property(Arbitrary = [typeof(Generators)], MaxTest = 100)]
    public void AgreementsWithParty_EveryActor_AgreesWithLinearScan(KazChinaEdition edition)
    {
        foreach (RecordId actor in ActorIds(edition))
        {
            SameRecords(edition.Agreements.Where(a => a.PartyIds.Contains(actor)), edition.AgreementsWithParty(actor));
            HashSet<RecordId> affiliated = Affiliated(edition, actor);
            SameRecords(edition.Agreements.Where(a => a.PartyIds.Any(affiliated.Contains)), edition.AgreementsWithParty(actor, includeAffiliated: true));
        }
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 100)]
    public void AgreementsOfKind_AllKinds_PartitionTheAgreements(KazChinaEdition edition)
    {
        IEnumerable<Agreement> all = Enum.GetValues<AgreementKind>().SelectMany(k =>
        {
            IReadOnlyList<Agreement> ofKind = edition.AgreementsOfKind(k);
            Assert.All(ofKind, a => Assert.Equal(k, a.AgreementKind));
            return ofKind;
        });

        Assert.Equal(edition.Agreements.OrderBy(a => a.Id), all.OrderBy(a => a.Id));
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 100)]
    public void AgreementsWithStatus_AllStatuses_PartitionTheAgreements(KazChinaEdition edition)
    {
        IEnumerable<Agreement> all = Enum.GetValues<AgreementStatus>().SelectMany(s =>
        {
            IReadOnlyList<Agreement> withStatus = edition.AgreementsWithStatus(s);
            SameRecords(edition.Agreements.Where(a => a.Status == s), withStatus);
            return withStatus;
        });

        Assert.Equal(edition.Agreements.Count, all.Count());
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 200)]
    public void AgreementsIn_AnyRange_WithinIsSubsetOfOverlappingAndBothAgreeWithLinearScan(KazChinaEdition edition, DateInterval range)
    {
        IReadOnlyList<Agreement> within = edition.AgreementsIn(range);
        IReadOnlyList<Agreement> overlapping = edition.AgreementsIn(range, DateMatch.Overlapping);

        SameRecords(edition.Agreements.Where(a => a.When is { } w && range.Contains(w.Date.Start) && range.Contains(w.Date.End)), within);
        SameRecords(edition.Agreements.Where(a => a.When is { } w && w.Date.Start <= range.End && range.Start <= w.Date.End), overlapping);
        Assert.Subset(overlapping.ToHashSet(), within.ToHashSet());
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 100)]
    public void ProvisionsOf_EveryAgreement_AgreesWithLinearScanAndTogetherCoverEveryProvisionOnce(KazChinaEdition edition)
    {
        var seen = new List<Provision>();
        foreach (Agreement agreement in edition.Agreements)
        {
            IReadOnlyList<Provision> provisions = edition.ProvisionsOf(agreement.Id);
            SameRecords(edition.Provisions.Where(p => p.AgreementId == agreement.Id), provisions);
            seen.AddRange(provisions);
        }

        Assert.Equal(edition.Provisions.OrderBy(p => p.Id), seen.OrderBy(p => p.Id));
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 100)]
    public void ProposalsBy_EveryActor_AgreesWithLinearScanAndTogetherCoverEveryProposalOnce(KazChinaEdition edition)
    {
        var seen = new List<Provision>();
        foreach (RecordId actor in ActorIds(edition))
        {
            IReadOnlyList<Provision> proposals = edition.ProposalsBy(actor);
            SameRecords(edition.Provisions.Where(p => p.ProposedById == actor), proposals);
            seen.AddRange(proposals);
        }

        Assert.Equal(edition.Provisions.Where(p => p.ProvisionKind == ProvisionKind.Proposal).OrderBy(p => p.Id), seen.OrderBy(p => p.Id));
    }

    [Fact]
    public void Helpers_BadArguments_ThrowNamingTheArgument()
    {
        KazChinaEdition edition = SyntheticEdition.Create(3, 3);
        KazChinaEdition none = null!;
        var range = new DateInterval(new LocalDate(2011, 1, 1), new LocalDate(2011, 12, 31));

        Assert.Equal("edition", Assert.Throws<ArgumentNullException>(() => none.AgreementsWithParty("country-0")).ParamName);
        Assert.Equal("edition", Assert.Throws<ArgumentNullException>(() => none.AgreementsOfKind(AgreementKind.Treaty)).ParamName);
        Assert.Equal("edition", Assert.Throws<ArgumentNullException>(() => none.AgreementsWithStatus(AgreementStatus.Signed)).ParamName);
        Assert.Equal("edition", Assert.Throws<ArgumentNullException>(() => none.AgreementsIn(range)).ParamName);
        Assert.Equal("edition", Assert.Throws<ArgumentNullException>(() => none.ProvisionsOf("agreement-0")).ParamName);
        Assert.Equal("range", Assert.Throws<ArgumentNullException>(() => edition.AgreementsIn(null!)).ParamName);
        Assert.Equal("match", Assert.Throws<ArgumentOutOfRangeException>(() => edition.AgreementsIn(range, (DateMatch)7)).ParamName);
        Assert.Equal("range", Assert.Throws<ArgumentException>(() => edition.AgreementsIn(new DateInterval(new LocalDate(2011, 1, 1, CalendarSystem.Julian), new LocalDate(2011, 2, 1, CalendarSystem.Julian)))).ParamName);
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => edition.AgreementsOfKind((AgreementKind)70)).ParamName);
        Assert.Equal("status", Assert.Throws<ArgumentOutOfRangeException>(() => edition.AgreementsWithStatus((AgreementStatus)70)).ParamName);
        Assert.Equal("partyId", Assert.Throws<ArgumentException>(() => edition.AgreementsWithParty(default)).ParamName);
        Assert.Equal("partyId", Assert.Throws<ArgumentException>(() => edition.AgreementsWithParty("place-0")).ParamName);
        Assert.Equal("agreementId", Assert.Throws<ArgumentException>(() => edition.ProvisionsOf("country-0")).ParamName);
        Assert.Equal("edition", Assert.Throws<ArgumentNullException>(() => none.ProposalsBy("country-0")).ParamName);
        Assert.Equal("proposerId", Assert.Throws<ArgumentException>(() => edition.ProposalsBy("place-0")).ParamName);
        Assert.Throws<KeyNotFoundException>(() => edition.ProposalsBy("country-99"));
        Assert.Contains("'countri-0'", Assert.Throws<KeyNotFoundException>(() => edition.AgreementsWithParty("countri-0")).Message, StringComparison.Ordinal);
        Assert.Throws<KeyNotFoundException>(() => edition.ProvisionsOf("agreement-99"));
    }
}

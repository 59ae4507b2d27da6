using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Xunit;
using static KazChina.Model.Tests.Queries.QueryTestKit;

namespace KazChina.Model.Tests.Queries;

/// <summary>The article's questions about agreements, with their exact answers.</summary>
public partial class AgreementQueriesTests
{
    private static readonly string[] AllFiveAgreements =
    [
        "strategic-partnership-2005",
        "all-round-strategic-partnership-2011",
        "good-neighborly-treaty",
        "currency-swap-agreement-2011",
        "nuclear-fuel-supply",
    ];

    [Fact]
    public void AgreementsWithParty_KazakhstanAndChina_AreEveryAgreement()
    {
        Assert.Equal(AllFiveAgreements, IdsOf(Embedded.AgreementsWithParty("kazakhstan")));
        Assert.Equal(AllFiveAgreements, IdsOf(Embedded.AgreementsWithParty("china")));
        Assert.Empty(Embedded.AgreementsWithParty("russia"));
        Assert.Empty(Embedded.AgreementsWithParty("hu-jintao"));
    }

    [Fact]
    public void AgreementsOfKind_StrategicPartnershipAndJointStatement_Are2005AndTheJune13Statement()
    {
        Assert.Equal(["strategic-partnership-2005"], IdsOf(Embedded.AgreementsOfKind(AgreementKind.StrategicPartnership)));
        Assert.Equal(["all-round-strategic-partnership-2011"], IdsOf(Embedded.AgreementsOfKind(AgreementKind.JointStatement)));
        Assert.Equal(["good-neighborly-treaty"], IdsOf(Embedded.AgreementsOfKind(AgreementKind.Treaty)));
        Assert.Empty(Embedded.AgreementsOfKind(AgreementKind.LoanAgreement));
    }

    [Fact]
    public void AgreementsWithStatus_PlannedAndAgreed_AreNuclearFuelAndSwap()
    {
        Assert.Equal(["nuclear-fuel-supply"], IdsOf(Embedded.AgreementsWithStatus(AgreementStatus.Planned)));
        Assert.Equal(["currency-swap-agreement-2011"], IdsOf(Embedded.AgreementsWithStatus(AgreementStatus.Agreed)));
        Assert.Equal(3, Embedded.AgreementsWithStatus(AgreementStatus.Signed).Count);
        Assert.Empty(Embedded.AgreementsWithStatus(AgreementStatus.NotStated));
    }

    [Fact]
    public void AgreementsIn_June2011_IsTheJune13JointStatementOnlyTheOthersBeingUndated()
    {
        var june = new DateInterval(new LocalDate(2011, 6, 1), new LocalDate(2011, 6, 30));
        var midJune = new DateInterval(new LocalDate(2011, 6, 10), new LocalDate(2011, 6, 20));

        Assert.Equal(["all-round-strategic-partnership-2011"], IdsOf(Embedded.AgreementsIn(june)));
        Assert.Equal(["all-round-strategic-partnership-2011"], IdsOf(Embedded.AgreementsIn(midJune)));
        Assert.Equal(["all-round-strategic-partnership-2011"], IdsOf(Embedded.AgreementsIn(midJune, DateMatch.Overlapping)));
        Assert.Null(Embedded.Get<Agreement>("currency-swap-agreement-2011").When);
        Assert.Equal(["strategic-partnership-2005"], IdsOf(Embedded.AgreementsIn(new DateInterval(new LocalDate(2005, 1, 1), new LocalDate(2005, 12, 31)))));
    }

    [Fact]
    public void ProposalsBy_Beijing_AreHuProposalsWhoeverActsAndKazakhstanProposedNothing()
    {
        RecordId beijing = Assert.Single(Embedded.FindActors("Beijing")).Id;
        IReadOnlyList<Provision> proposals = Embedded.ProposalsBy(beijing);

        Assert.Equal(10, proposals.Count);
        Assert.Equal(6, proposals.Count(p => p.ActorIds.Contains(new RecordId("kazakhstan"))));
        Assert.All(proposals, p => Assert.Equal(new RecordId("all-round-strategic-partnership-2011"), p.AgreementId));
        Assert.Empty(Embedded.ProposalsBy("kazakhstan"));
        Assert.Empty(Embedded.ProposalsBy("hu-jintao"));
    }

    [Fact]
    public void ProvisionsOf_June13JointStatement_AreHuProposalsAndTheQuotedClausesInOrder()
    {
        Assert.Equal(
            [
                "provision-boost-bilateral-trade-by-2015",
                "provision-regular-prime-ministerial-meetings",
                "provision-trade-target-40bn-by-2015",
                "provision-sincere-and-trustworthy-partners",
                "provision-safeguard-kazakhstan-sovereignty-and-security",
                "provision-win-win-trade-and-economic-partnership",
                "provision-clean-and-new-energy",
                "provision-support-kazakhstan-wto-accession",
                "provision-deepen-cultural-ties",
                "provision-increase-student-quotas",
                "provision-science-technology-aviation-and-space",
                "provision-security-against-three-forces",
                "provision-coordinate-on-regional-and-international-issues",
                "provision-not-an-alliance",
                "provision-not-targeted-at-third-nations",
                "provision-diplomatic-priority",
                "provision-one-china-policy",
                "provision-no-official-ties-with-taiwan",
                "provision-china-supports-kazakhstan-sovereignty-and-path",
                "provision-mutual-support-sovereignty-security-territorial-integrity",
                "provision-no-hostile-organizations-on-own-soil",
                "provision-support-astana-almaty-railway",
                "provision-support-western-europe-western-china-corridor",
                "provision-support-jinghe-horgos-zhetygen-railway-link",
            ],
            IdsOf(Embedded.ProvisionsOf("all-round-strategic-partnership-2011")));
        Assert.Single(Embedded.ProvisionsOf("nuclear-fuel-supply"));
        Assert.Empty(Embedded.ProvisionsOf("strategic-partnership-2005"));
    }

    [Fact]
    public void AgreementsIn_December2002_IsNoneAsStatedAndTheTreatyCorrected()
    {
        var december2002 = new DateInterval(new LocalDate(2002, 12, 1), new LocalDate(2002, 12, 31));

        Assert.Empty(Embedded.AgreementsIn(december2002));
        Agreement treaty = Assert.Single(Embedded.AgreementsIn(december2002, reading: ReadingChoice.Corrected));

        Assert.Equal("good-neighborly-treaty", treaty.Id.Value);
        Assert.Equal("Treaty of Good-Neighbourliness, Friendship and Cooperation", treaty.Title);
        Assert.Equal(TimeReference.At(new PartialDate(2002, 12, 23)), treaty.When);
        Assert.Equal(["note-good-neighborly-treaty-title"], IdsOf(Embedded.NotesApplied(treaty)));
    }
}

using NodaTime;
using Xunit;
using static KazChina.Model.Tests.Queries.QueryTestKit;

namespace KazChina.Model.Tests.Queries;

/// <summary>The article's questions about agreements, with their exact answers.</summary>
public partial class AgreementQueriesTests
{
    private static readonly string[] AllSixAgreements =
    [
        "strategic-partnership-2005",
        "all-round-strategic-partnership-2011",
        "joint-statement-2011",
        "good-neighborly-treaty",
        "currency-swap-agreement-2011",
        "nuclear-fuel-supply",
    ];

    [Fact]
    public void AgreementsWithParty_KazakhstanAndChina_AreEveryAgreement()
    {
        Assert.Equal(AllSixAgreements, IdsOf(Embedded.AgreementsWithParty("kazakhstan")));
        Assert.Equal(AllSixAgreements, IdsOf(Embedded.AgreementsWithParty("china")));
        Assert.Empty(Embedded.AgreementsWithParty("russia"));
        Assert.Empty(Embedded.AgreementsWithParty("hu-jintao"));
    }

    [Fact]
    public void AgreementsOfKind_StrategicPartnership_Are2005And2011()
    {
        Assert.Equal(["strategic-partnership-2005", "all-round-strategic-partnership-2011"], IdsOf(Embedded.AgreementsOfKind(AgreementKind.StrategicPartnership)));
        Assert.Equal(["good-neighborly-treaty"], IdsOf(Embedded.AgreementsOfKind(AgreementKind.Treaty)));
        Assert.Empty(Embedded.AgreementsOfKind(AgreementKind.LoanAgreement));
    }

    [Fact]
    public void AgreementsWithStatus_PlannedAndAgreed_AreNuclearFuelAndSwap()
    {
        Assert.Equal(["nuclear-fuel-supply"], IdsOf(Embedded.AgreementsWithStatus(AgreementStatus.Planned)));
        Assert.Equal(["currency-swap-agreement-2011"], IdsOf(Embedded.AgreementsWithStatus(AgreementStatus.Agreed)));
        Assert.Equal(4, Embedded.AgreementsWithStatus(AgreementStatus.Signed).Count);
    }

    [Fact]
    public void AgreementsIn_June2011_IsTheAllRoundPartnershipOnlyTheOthersBeingUndated()
    {
        var june = new DateInterval(new LocalDate(2011, 6, 1), new LocalDate(2011, 6, 30));
        var midJune = new DateInterval(new LocalDate(2011, 6, 10), new LocalDate(2011, 6, 20));

        Assert.Equal(["all-round-strategic-partnership-2011"], IdsOf(Embedded.AgreementsIn(june)));
        Assert.Equal(["all-round-strategic-partnership-2011"], IdsOf(Embedded.AgreementsIn(midJune)));
        Assert.Equal(["all-round-strategic-partnership-2011"], IdsOf(Embedded.AgreementsIn(midJune, DateMatch.Overlapping)));
        Assert.Null(Embedded.Get<Agreement>("joint-statement-2011").When);
        Assert.Null(Embedded.Get<Agreement>("currency-swap-agreement-2011").When);
        Assert.Equal(["strategic-partnership-2005"], IdsOf(Embedded.AgreementsIn(new DateInterval(new LocalDate(2005, 1, 1), new LocalDate(2005, 12, 31)))));
    }

    [Fact]
    public void ProvisionsOf_JointStatement_AreItsTwelveClausesInOrder()
    {
        Assert.Equal(
            [
                "provision-not-an-alliance",
                "provision-not-targeted-at-third-nations",
                "provision-diplomatic-priority",
                "provision-one-china-policy",
                "provision-no-official-ties-with-taiwan",
                "provision-china-supports-kazakhstan-sovereignty-and-path",
                "provision-mutual-support-sovereignty-security-territorial-integrity",
                "provision-no-hostile-organizations-on-own-soil",
                "provision-china-access-to-western-markets",
                "provision-support-astana-almaty-railway",
                "provision-support-western-europe-western-china-corridor",
                "provision-support-jinghe-horgos-zhetygen-railway-link",
            ],
            IdsOf(Embedded.ProvisionsOf("joint-statement-2011")));
        Assert.Equal(12, Embedded.ProvisionsOf("all-round-strategic-partnership-2011").Count);
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

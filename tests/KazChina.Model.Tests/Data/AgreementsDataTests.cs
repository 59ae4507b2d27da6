using System.Linq;
using Xunit;

namespace KazChina.Model.Tests.Data;

/// <summary>Exact values of the agreements and their provisions.</summary>
public sealed class AgreementsDataTests
{
    private static KazChinaEdition Edition => EditionTestKit.Edition;

    /// <summary>Every agreement, with its kind, its status and the words of its evidence that give the status.</summary>
    public static TheoryData<string, AgreementKind, AgreementStatus, string> KindsStatusesAndTheirWords => new()
    {
        { "strategic-partnership-2005", AgreementKind.StrategicPartnership, AgreementStatus.Signed, "The strategic partnership signed" },
        { "all-round-strategic-partnership-2011", AgreementKind.JointStatement, AgreementStatus.Signed, "culminating in the signing of" },
        { "good-neighborly-treaty", AgreementKind.Treaty, AgreementStatus.Signed, "signed the “China-Kazakhstan Good-Neighborly Treaty of Friendship,”" },
        { "currency-swap-agreement-2011", AgreementKind.CurrencySwap, AgreementStatus.Agreed, "currency swap was agreed" },
        { "nuclear-fuel-supply", AgreementKind.SupplyArrangement, AgreementStatus.Planned, "Kazakhstan will begin supplying" },
    };

    [Theory]
    [MemberData(nameof(KindsStatusesAndTheirWords))]
    public void Agreement_ById_HasItsKindAndTheStatusItsWordsGive(string id, AgreementKind kind, AgreementStatus status, string words)
    {
        Agreement agreement = EditionTestKit.Get<Agreement>(id);
        Assert.Equal(kind, agreement.AgreementKind);
        Assert.Equal(status, agreement.Status);
        Assert.True(EditionTestKit.EvidenceContains(agreement, words), $"No span of {id} reads \"{words}\".");
        Assert.Equal(["china", "kazakhstan"], agreement.PartyIds.Select(p => p.ToString()).Order(System.StringComparer.Ordinal));
    }

    [Fact]
    public void AgreementStatuses_EveryAgreement_IsListedWithTheWordsThatGiveIt()
    {
        Assert.Equal(
            Edition.Agreements.Select(a => a.Id.Value).Order(System.StringComparer.Ordinal),
            KindsStatusesAndTheirWords.Select(row => (string)row[0]).Order(System.StringComparer.Ordinal));
    }

    /// <summary>
    /// The June 13 document is one record: the article's names for it (its signing, the agreement, the text it
    /// quotes, the full title it cites) all name the same agreement, as written, and no second record repeats it.
    /// </summary>
    [Fact]
    public void June13JointStatement_NamesAsWritten_AreEveryNameTheArticleGivesIt()
    {
        Agreement statement = EditionTestKit.Get<Agreement>("all-round-strategic-partnership-2011");

        Assert.Equal("China–Kazakhstan Joint Statement on the Development of All-Round Strategic Partnership", statement.Title);
        Assert.Equal(
            [
                "China-Kazakhstan Joint Statement on the Development of All-Round Strategic Partnership",
                "Development of an All-Round Strategic Partnership",
                "the latest Sino-Kazakh agreement",
                "the new strategic partnership agreement",
                "All-Round Strategic Partnership",
                "the partnership agreement",
            ],
            statement.NamesAsWritten);
        Assert.All(statement.NamesAsWritten, name => Assert.True(EditionTestKit.EvidenceContains(statement, name), $"\"{name}\" is not in the evidence."));
        Assert.Single(Edition.Agreements, a => a.NamesAsWritten.Any(n => n.Contains("All-Round Strategic Partnership", System.StringComparison.Ordinal)));
        Assert.Equal(
            ["cite-xinhua-2011-06-13-a", "cite-interfax-kazakhstan-2011-06-14", "cite-central-asia-online-2011-06-14", "cite-xinhua-2011-06-13-b", "cite-xinhua-2011-06-13-joint-statement"],
            statement.Evidence.CitationIds.Select(c => c.Value));
    }

    [Fact]
    public void June13JointStatement_AllItsClauses_PointToIt()
    {
        Agreement statement = EditionTestKit.Get<Agreement>("all-round-strategic-partnership-2011");
        string[] quotedFromItsText =
            [.. Edition.Provisions.Where(p => p.Evidence.CitationIds.Contains(new RecordId("cite-xinhua-2011-06-13-joint-statement"))).Select(p => p.AgreementId.Value).Distinct()];

        Assert.Equal([statement.Id.Value], quotedFromItsText);
        Assert.All(Edition.Provisions.Where(p => p.ProvisionKind == ProvisionKind.Proposal), p => Assert.Equal(statement.Id, p.AgreementId));
        Assert.All(Edition.Quotes.Where(q => q.Evidence.CitationIds.Contains(new RecordId("cite-xinhua-2011-06-13-joint-statement"))), q => Assert.Equal(statement.Id, q.SpeakerId));
    }

    [Fact]
    public void StrategicPartnership2005_When_IsJuly4Of2005AsStated()
    {
        Agreement agreement = EditionTestKit.Get<Agreement>("strategic-partnership-2005");
        Assert.Equal(TimeReference.At(new PartialDate(2005, 7, 4)), agreement.When);
        Assert.False(agreement.When!.Date.YearInferred);
    }

    [Fact]
    public void June13JointStatement_When_IsJune13WithTheYearInferred()
    {
        Agreement agreement = EditionTestKit.Get<Agreement>("all-round-strategic-partnership-2011");
        Assert.Equal(TimeReference.At(new PartialDate(2011, 6, 13, yearInferred: true)), agreement.When);
        Assert.Equal([new RecordId("strategic-partnership-2005")], agreement.RelatedIds);
    }

    [Fact]
    public void GoodNeighborlyTreaty_When_IsNullBecauseTheArticleGivesNoDate()
    {
        Assert.Null(EditionTestKit.Get<Agreement>("good-neighborly-treaty").When);
        Assert.Null(EditionTestKit.Get<Agreement>("nuclear-fuel-supply").When);
    }

    [Fact]
    public void Provisions_PerAgreement_AreHuProposalsAndJointStatementClauses()
    {
        Assert.Equal(24, Edition.Provisions.Count(p => p.AgreementId == new RecordId("all-round-strategic-partnership-2011")));
        Assert.Equal(9, Edition.Provisions.Count(p => p.ProvisionKind == ProvisionKind.Proposal));
        Assert.Single(Edition.Provisions, p => p.AgreementId == new RecordId("nuclear-fuel-supply"));
    }

    [Fact]
    public void HuProposals_Evidence_CiteXinhuaOfJune13AndSayTheyAreBeijingsProposals()
    {
        var proposals = Edition.Provisions.Where(p => p.ProvisionKind == ProvisionKind.Proposal).ToList();
        Assert.All(proposals, p =>
        {
            Assert.Equal([new RecordId("cite-xinhua-2011-06-13-b")], p.Evidence.CitationIds);
            Assert.Contains(p.Evidence.Spans, s => s.Text.EndsWith("proposals advanced by Beijing", System.StringComparison.Ordinal));
        });
    }

    [Fact]
    public void TargetProvision_Subject_IsThe40BillionTradeTarget()
    {
        Provision target = EditionTestKit.Get<Provision>("provision-trade-target-40bn-by-2015");
        Assert.Equal(ProvisionKind.Target, target.ProvisionKind);
        Assert.Equal([new RecordId("trade-target-40bn-2015")], target.SubjectIds);
    }

    [Theory]
    [InlineData("provision-support-astana-almaty-railway", "astana-almaty-railway")]
    [InlineData("provision-support-western-europe-western-china-corridor", "western-europe-western-china-corridor")]
    [InlineData("provision-support-jinghe-horgos-zhetygen-railway-link", "zhetygen-horgos-railway")]
    [InlineData("provision-no-official-ties-with-taiwan", "taiwan")]
    [InlineData("provision-support-kazakhstan-wto-accession", "world-trade-organization")]
    public void Provision_ById_IsAboutItsSubject(string id, string subjectId)
    {
        Assert.Contains(new RecordId(subjectId), EditionTestKit.Get<Provision>(id).SubjectIds);
    }

    [Fact]
    public void OneChinaProvision_Actor_IsKazakhstanAlone()
    {
        Provision provision = EditionTestKit.Get<Provision>("provision-one-china-policy");
        Assert.Equal(ProvisionKind.Support, provision.ProvisionKind);
        Assert.Equal([new RecordId("kazakhstan")], provision.ActorIds);
        Assert.Equal([new RecordId("china")], EditionTestKit.Get<Provision>("provision-support-astana-almaty-railway").ActorIds);
    }
}

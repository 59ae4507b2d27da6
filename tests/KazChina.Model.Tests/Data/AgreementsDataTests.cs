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
        EditionTestKit.AssertRowsList(Edition.Agreements, KindsStatusesAndTheirWords);
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
        Assert.Equal(10, Edition.Provisions.Count(p => p.ProvisionKind == ProvisionKind.Proposal));
        Assert.Single(Edition.Provisions, p => p.AgreementId == new RecordId("nuclear-fuel-supply"));
    }

    [Fact]
    public void HuProposals_Evidence_CiteXinhuaOfJune13AndSayTheyAreBeijingsProposals()
    {
        var proposals = Edition.Provisions.Where(p => p.ProvisionKind == ProvisionKind.Proposal).ToList();
        Assert.All(proposals, p =>
        {
            Assert.Equal(new RecordId("china"), p.ProposedById);
            Assert.Equal([new RecordId("cite-xinhua-2011-06-13-b")], p.Evidence.CitationIds);
            Assert.Contains(p.Evidence.Spans, s => s.Text.EndsWith("proposals advanced by Beijing", System.StringComparison.Ordinal));
        });
        Assert.Equal(proposals, Edition.Provisions.Where(p => p.ProposedById is not null));
    }

    [Fact]
    public void Proposers_InEdition_AreChinaAloneKazakhstanProposesNothing()
    {
        Assert.Equal(["china"], Edition.Provisions.Select(p => p.ProposedById).OfType<RecordId>().Distinct().Select(p => p.Value));
        Assert.Empty(Edition.ProposalsBy("kazakhstan"));
        Assert.Equal(10, Edition.ProposalsBy("china").Count);
    }

    /// <summary>Who acts on each of Hu's proposals, as its own sentence says: China alone where "Beijing" acts or hosts, both countries otherwise.</summary>
    [Theory]
    [InlineData("provision-sincere-and-trustworthy-partners", "This involves becoming “sincere and trustworthy partners”", "china", "kazakhstan")]
    [InlineData("provision-safeguard-kazakhstan-sovereignty-and-security", "On Beijing’s part", "china")]
    [InlineData("provision-win-win-trade-and-economic-partnership", "Both countries will forge", "china", "kazakhstan")]
    [InlineData("provision-clean-and-new-energy", "energy cooperation would be extended", "china", "kazakhstan")]
    [InlineData("provision-support-kazakhstan-wto-accession", "Beijing will also support", "china")]
    [InlineData("provision-deepen-cultural-ties", "Cultural ties will deepen", "china", "kazakhstan")]
    [InlineData("provision-increase-student-quotas", "the quotas of students from Kazakhstan studying in China will increase", "china")]
    [InlineData("provision-science-technology-aviation-and-space", "Partnership will be pursued in science and technology", "china", "kazakhstan")]
    [InlineData("provision-security-against-three-forces", "bilaterally combating", "china", "kazakhstan")]
    [InlineData("provision-coordinate-on-regional-and-international-issues", "Beijing is willing to coordinate", "china")]
    public void HuProposal_Actors_AreWhoItsSentenceSaysWillAct(string id, string words, params string[] actors)
    {
        Provision proposal = EditionTestKit.Get<Provision>(id);

        Assert.Equal(actors, proposal.ActorIds.Select(a => a.Value).Order(System.StringComparer.Ordinal));
        Assert.True(EditionTestKit.EvidenceContains(proposal, words), $"No span of {id} reads \"{words}\".");
    }

    [Fact]
    public void CulturalSentence_TwoCommitments_AreTwoProvisionsWithTheirOwnWords()
    {
        Provision ties = EditionTestKit.Get<Provision>("provision-deepen-cultural-ties");
        Provision quotas = EditionTestKit.Get<Provision>("provision-increase-student-quotas");

        Assert.DoesNotContain(ties.Evidence.Spans, s => s.Text.Contains("quotas", System.StringComparison.Ordinal));
        Assert.DoesNotContain(quotas.Evidence.Spans, s => s.Text.Contains("Cultural ties", System.StringComparison.Ordinal));
        Assert.DoesNotContain(Edition.Provisions, p => p.Evidence.Spans.Any(s => s.Text.Contains("Cultural ties", System.StringComparison.Ordinal)) && p.Evidence.Spans.Any(s => s.Text.Contains("quotas", System.StringComparison.Ordinal)));
    }

    /// <summary>"The agreement also promotes China's access to western markets …" is the author's reading of the statement, not a clause of it.</summary>
    [Fact]
    public void WesternMarketsSentence_IsTheAuthorsAssessmentNotAProvision()
    {
        const string Words = "The agreement also promotes China’s access to western markets";
        Assessment reading = Assert.Single(Edition.Assessments, a => EditionTestKit.EvidenceContains(a, Words));

        Assert.Equal(AssessmentSource.Author, reading.Source);
        Assert.Equal(AssessmentKind.Interpretation, reading.AssessmentKind);
        Assert.Equal(["all-round-strategic-partnership-2011", "china", "central-asia"], reading.SubjectIds.Select(s => s.Value));
        Assert.DoesNotContain(Edition.Provisions, p => EditionTestKit.EvidenceContains(p, "access to western markets"));
        Assert.All(
            ["provision-support-astana-almaty-railway", "provision-support-western-europe-western-china-corridor", "provision-support-jinghe-horgos-zhetygen-railway-link"],
            id => Assert.True(EditionTestKit.EvidenceContains(EditionTestKit.Get<Provision>(id), "China actively supports the construction of")));
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

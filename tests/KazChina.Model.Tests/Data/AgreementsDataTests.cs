using System.Linq;
using Xunit;

namespace KazChina.Model.Tests.Data;

/// <summary>Exact values of the agreements and their provisions.</summary>
public sealed class AgreementsDataTests
{
    private static KazChinaEdition Edition => EditionTestKit.Edition;

    [Theory]
    [InlineData("strategic-partnership-2005", AgreementKind.StrategicPartnership, AgreementStatus.Signed)]
    [InlineData("all-round-strategic-partnership-2011", AgreementKind.StrategicPartnership, AgreementStatus.Signed)]
    [InlineData("joint-statement-2011", AgreementKind.JointStatement, AgreementStatus.Signed)]
    [InlineData("good-neighborly-treaty", AgreementKind.Treaty, AgreementStatus.Signed)]
    [InlineData("currency-swap-agreement-2011", AgreementKind.CurrencySwap, AgreementStatus.Agreed)]
    [InlineData("nuclear-fuel-supply", AgreementKind.SupplyArrangement, AgreementStatus.Planned)]
    public void Agreement_ById_HasItsKindAndStatus(string id, AgreementKind kind, AgreementStatus status)
    {
        Agreement agreement = EditionTestKit.Get<Agreement>(id);
        Assert.Equal(kind, agreement.AgreementKind);
        Assert.Equal(status, agreement.Status);
        Assert.Equal(["china", "kazakhstan"], agreement.PartyIds.Select(p => p.ToString()).Order(System.StringComparer.Ordinal));
    }

    [Fact]
    public void StrategicPartnership2005_When_IsJuly4Of2005AsStated()
    {
        Agreement agreement = EditionTestKit.Get<Agreement>("strategic-partnership-2005");
        Assert.Equal(TimeReference.At(new PartialDate(2005, 7, 4)), agreement.When);
        Assert.False(agreement.When!.Date.YearInferred);
    }

    [Fact]
    public void AllRoundPartnership_When_IsJune13WithTheYearInferred()
    {
        Agreement agreement = EditionTestKit.Get<Agreement>("all-round-strategic-partnership-2011");
        Assert.Equal("Development of an All-Round Strategic Partnership", agreement.Title);
        Assert.Equal(TimeReference.At(new PartialDate(2011, 6, 13, yearInferred: true)), agreement.When);
        Assert.Contains(new RecordId("strategic-partnership-2005"), agreement.RelatedIds);
        Assert.Equal([new RecordId("all-round-strategic-partnership-2011")], EditionTestKit.Get<Agreement>("joint-statement-2011").RelatedIds);
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
        Assert.Equal(12, Edition.Provisions.Count(p => p.AgreementId == new RecordId("all-round-strategic-partnership-2011")));
        Assert.Equal(9, Edition.Provisions.Count(p => p.ProvisionKind == ProvisionKind.Proposal));
        Assert.Equal(12, Edition.Provisions.Count(p => p.AgreementId == new RecordId("joint-statement-2011")));
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

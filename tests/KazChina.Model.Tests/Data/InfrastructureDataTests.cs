using System.Linq;
using Xunit;

namespace KazChina.Model.Tests.Data;

/// <summary>Exact values of the infrastructure projects.</summary>
public sealed class InfrastructureDataTests
{
    private static KazChinaEdition Edition => EditionTestKit.Edition;

    [Fact]
    public void HorgosCenter_Cost_IsMoreThan880MillionYuanAlsoStatedInDollars()
    {
        InfrastructureProject center = EditionTestKit.Get<InfrastructureProject>("horgos-border-cooperation-center");
        Assert.Equal(ProjectKind.BorderCooperationZone, center.ProjectKind);
        StatedAmount cost = center.Cost!;
        Assert.Equal(Money.Cny(880_000_000m), cost.Value);
        Assert.Equal(Bound.MoreThan, cost.Bound);
        Assert.Equal(Money.Usd(136_140_000m), cost.AlsoStatedAs);
        Assert.Equal("more than 880 million Yuan ($136.14 million)", cost.AsWritten);
        Assert.Equal([new RecordId("cite-xinhua-2011-06-01")], center.Evidence.CitationIds);
    }

    /// <summary>
    /// Every project, with its status and the words of its evidence that give it. The four the joint statement
    /// only "actively supports the construction of" have no stage in the text: not stated, not "planned".
    /// </summary>
    public static TheoryData<string, ProjectStatus, string> StatusesAndTheirWords => new()
    {
        { "horgos-border-cooperation-center", ProjectStatus.Planned, "by July 1, The China-Kazakhstan Horgos International Border Cooperation Center would open" },
        { "kazakhstan-china-oil-pipeline", ProjectStatus.Operating, "oil pipeline delivering" },
        { "kazakhstan-china-oil-pipeline-phase-two", ProjectStatus.UnderConstruction, "work continues to complete phase two" },
        { "kazakhstan-china-gas-pipeline-second-stage", ProjectStatus.UnderConstruction, "work continues to complete phase two of this project as well the second stage of the gas pipeline" },
        { "aktogay-copper-mine", ProjectStatus.Planned, "to develop a large copper mine" },
        { "astana-almaty-railway", ProjectStatus.NotStated, "China actively supports the construction of" },
        { "western-europe-western-china-corridor", ProjectStatus.NotStated, "China actively supports the construction of" },
        { "jinghe-yining-horgos-railway", ProjectStatus.NotStated, "China actively supports the construction of" },
        { "zhetygen-horgos-railway", ProjectStatus.NotStated, "China actively supports the construction of" },
        { "nuclear-fuel-joint-production", ProjectStatus.Proposed, "There are wide prospects for cooperation" },
        { "atomic-power-stations", ProjectStatus.Proposed, "There are wide prospects for cooperation" },
    };

    [Theory]
    [MemberData(nameof(StatusesAndTheirWords))]
    public void Project_ById_HasTheStatusItsWordsGive(string id, ProjectStatus status, string words)
    {
        InfrastructureProject project = EditionTestKit.Get<InfrastructureProject>(id);
        Assert.Equal(status, project.Status);
        Assert.True(EditionTestKit.EvidenceContains(project, words), $"No span of {id} reads \"{words}\".");
    }

    [Fact]
    public void ProjectStatuses_EveryProject_IsListedWithTheWordsThatGiveIt()
    {
        EditionTestKit.AssertRowsList(Edition.Projects, StatusesAndTheirWords);
    }

    [Fact]
    public void Phases_AsWritten_ArePhaseTwoAndSecondStage()
    {
        Assert.Equal("phase two", EditionTestKit.Get<InfrastructureProject>("kazakhstan-china-oil-pipeline-phase-two").Phase);
        Assert.Equal("second stage", EditionTestKit.Get<InfrastructureProject>("kazakhstan-china-gas-pipeline-second-stage").Phase);
        Assert.Equal(2, Edition.Projects.Count(p => p.Phase is not null));
    }

    [Fact]
    public void AktogayMine_Financing_IsTheDevelopmentBankLoan()
    {
        InfrastructureProject mine = EditionTestKit.Get<InfrastructureProject>("aktogay-copper-mine");
        Assert.Equal(ProjectKind.Mine, mine.ProjectKind);
        Assert.Equal([new RecordId("loan-cdb-kazakhmys-aktogay")], mine.FinancingIds);
        Assert.Contains(new RecordId("aktogay"), mine.PlaceIds);
    }

    [Fact]
    public void Railways_AsWritten_KeepThePinyinRenderingsAndLinkToEachOther()
    {
        Assert.Equal(3, Edition.Projects.Count(p => p.ProjectKind == ProjectKind.Railway));
        InfrastructureProject reteken = EditionTestKit.Get<InfrastructureProject>("zhetygen-horgos-railway");
        Assert.Equal(["zhetygen", "horgos"], reteken.PlaceIds.Select(p => p.ToString()));
        Assert.Equal([new RecordId("jinghe-yining-horgos-railway")], reteken.RelatedIds);
        Assert.Equal(["jinghe", "yining", "horgos"], EditionTestKit.Get<InfrastructureProject>("jinghe-yining-horgos-railway").PlaceIds.Select(p => p.ToString()));
        Assert.Equal(["astana", "almaty"], EditionTestKit.Get<InfrastructureProject>("astana-almaty-railway").PlaceIds.Select(p => p.ToString()));
    }
}

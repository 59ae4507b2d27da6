using System.Collections.Generic;
using System.Linq;
using Xunit;
using static KazChina.Model.Tests.Queries.QueryTestKit;

namespace KazChina.Model.Tests.Queries;

/// <summary>The article's project questions, with their exact answers.</summary>
public partial class ProjectQueriesTests
{
    [Fact]
    public void ProjectsOfKind_Railway_AreTheThreeRailways()
    {
        Assert.Equal(["astana-almaty-railway", "jinghe-yining-horgos-railway", "zhetygen-horgos-railway"], IdsOf(Embedded.ProjectsOfKind(ProjectKind.Railway)));
        Assert.Equal(["aktogay-copper-mine"], IdsOf(Embedded.ProjectsOfKind(ProjectKind.Mine)));
    }

    [Fact]
    public void ProjectsAt_Horgos_AreTheCenterAndBothRailwaysMeetingThere()
    {
        Assert.Equal(["horgos-border-cooperation-center", "jinghe-yining-horgos-railway", "zhetygen-horgos-railway"], IdsOf(Embedded.ProjectsAt("horgos")));
        Assert.Equal(["aktogay-copper-mine"], IdsOf(Embedded.ProjectsAt("aktogay")));
    }

    [Fact]
    public void ProjectsIn_AndWithStatus_GiveTheArticlesAnswers()
    {
        Assert.Equal(10, Embedded.ProjectsIn("kazakhstan").Count);
        Assert.Equal(
            ["horgos-border-cooperation-center", "kazakhstan-china-oil-pipeline", "kazakhstan-china-oil-pipeline-phase-two", "kazakhstan-china-gas-pipeline-second-stage", "western-europe-western-china-corridor", "jinghe-yining-horgos-railway", "nuclear-fuel-joint-production", "atomic-power-stations"],
            IdsOf(Embedded.ProjectsIn("china")));
        Assert.Empty(Embedded.ProjectsIn("russia"));
        Assert.Equal(["kazakhstan-china-oil-pipeline-phase-two", "kazakhstan-china-gas-pipeline-second-stage"], IdsOf(Embedded.ProjectsWithStatus(ProjectStatus.UnderConstruction)));
        Assert.Equal(["kazakhstan-china-oil-pipeline"], IdsOf(Embedded.ProjectsWithStatus(ProjectStatus.Operating)));
    }

    [Fact]
    public void StatedAreas_Horgos_Are334SquareKilometresInChinaAnd185KilometresAsPrintedInKazakhstan()
    {
        IReadOnlyList<StatedArea> areas = Embedded.StatedAreas();

        Assert.Equal(2, areas.Count);
        Assert.Equal("horgos-border-cooperation-center in china: 3.34 SquareKilometre (\"3.34 square kilometers\")", areas[0].ToString());
        Assert.Equal("horgos-border-cooperation-center in kazakhstan: 1.85 Kilometre (\"1.85 kilometers\")", areas[1].ToString());
        Assert.Equal(new Quantity(1.85m, QuantityUnit.Kilometre, Bound.Exact, "1.85 kilometers"), Assert.Single(Embedded.StatedAreas("kazakhstan")).Area);
        Assert.Empty(Embedded.StatedAreas("russia"));
    }

    [Fact]
    public void StatedCosts_Horgos_IsMoreThan880MillionYuanAndMoreThan136Point14MillionDollars()
    {
        IReadOnlyList<StatedCost> costs = Embedded.StatedCosts();

        Assert.Equal(2, costs.Count);
        Assert.Equal(Money.Cny(880_000_000m), costs[0].Amount);
        Assert.Equal(Money.Usd(136_140_000m), costs[1].Amount);
        Assert.All(costs, c =>
        {
            Assert.Equal("horgos-border-cooperation-center", c.Project.Id.Value);
            Assert.Equal(Bound.MoreThan, c.Bound);
            Assert.Equal("more than 880 million Yuan ($136.14 million)", c.AsWritten);
        });
        Assert.Equal(Money.Cny(880_000_000m), Assert.Single(Embedded.StatedCosts(Currency.Cny)).Amount);
        Assert.Equal(Money.Usd(136_140_000m), Assert.Single(Embedded.StatedCosts(Currency.Usd)).Amount);
        Assert.Empty(Embedded.StatedCosts(Currency.Kzt));
    }

    [Fact]
    public void FinancingOf_AktogayMine_IsTheChinaDevelopmentBankLoan()
    {
        Assert.Equal(["loan-cdb-kazakhmys-aktogay"], IdsOf(Embedded.FinancingOf("aktogay-copper-mine")));
        Assert.Empty(Embedded.FinancingOf("horgos-border-cooperation-center"));
    }

    [Fact]
    public void StatedAreas_Corrected_Are343And185SquareKilometresNamingTheirNotes()
    {
        IReadOnlyList<StatedArea> areas = Embedded.StatedAreas(reading: ReadingChoice.Corrected);

        Assert.Equal(
            [
                "horgos-border-cooperation-center in china: 3.43 SquareKilometre (\"3.43 square kilometres\") [note-horgos-china-area-transposition]",
                "horgos-border-cooperation-center in kazakhstan: 1.85 SquareKilometre (\"1.85 square kilometres\") [note-horgos-kazakh-area-unit]",
            ],
            areas.Select(a => a.ToString()));
        Assert.Equal(["note-horgos-kazakh-area-unit"], IdsOf(Assert.Single(Embedded.StatedAreas("kazakhstan", ReadingChoice.Corrected)).AppliedNoteIds));
        Assert.All(Embedded.StatedAreas(), a => Assert.Empty(a.AppliedNoteIds));
    }

    [Fact]
    public void StatedCosts_Corrected_AreChinasShareNamingTheNote()
    {
        IReadOnlyList<StatedCost> costs = Embedded.StatedCosts(reading: ReadingChoice.Corrected);

        Assert.Equal([Money.Cny(880_000_000m), Money.Usd(136_140_000m)], costs.Select(c => c.Amount));
        Assert.All(costs, c =>
        {
            Assert.Equal(new RecordId("china"), c.ShareOfId);
            Assert.Equal(["note-horgos-cost-scope"], IdsOf(c.AppliedNoteIds));
        });
        Assert.All(Embedded.StatedCosts(), c => Assert.Null(c.ShareOfId));
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck.Xunit;
using Xunit;
using static KazChina.Model.Tests.Queries.QueryTestKit;

namespace KazChina.Model.Tests.Queries;

public partial class ProjectQueriesTests
{
    [Property(Arbitrary = [typeof(Generators)], MaxTest = 100)]
    public void ProjectsOfKindAndWithStatus_AllValues_EachPartitionTheProjects(KazChinaEdition edition)
    {
        var byKind = Enum.GetValues<ProjectKind>().SelectMany(k =>
        {
            SameRecords(edition.Projects.Where(p => p.ProjectKind == k), edition.ProjectsOfKind(k));
            return edition.ProjectsOfKind(k);
        }).ToList();
        var byStatus = Enum.GetValues<ProjectStatus>().SelectMany(s =>
        {
            SameRecords(edition.Projects.Where(p => p.Status == s), edition.ProjectsWithStatus(s));
            return edition.ProjectsWithStatus(s);
        }).ToList();

        Assert.Equal(edition.Projects.Count, byKind.Distinct().Count());
        Assert.Equal(edition.Projects.Count, byKind.Count);
        Assert.Equal(edition.Projects.Count, byStatus.Count);
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 100)]
    public void ProjectsInAndAt_EveryCountryAndPlace_AgreeWithLinearScan(KazChinaEdition edition)
    {
        foreach (Country country in edition.Countries)
        {
            SameRecords(edition.Projects.Where(p => p.CountryIds.Contains(country.Id)), edition.ProjectsIn(country.Id));
            SameRecords(edition.StatedAreas().Where(a => a.CountryId == country.Id), edition.StatedAreas(country.Id));
        }

        foreach (Place place in edition.Places)
        {
            SameRecords(edition.Projects.Where(p => p.PlaceIds.Contains(place.Id)), edition.ProjectsAt(place.Id));
        }
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 100)]
    public void StatedAreas_AnyEdition_IsEveryAreaOfEveryProjectAsStated(KazChinaEdition edition)
    {
        var expected = edition.Projects.SelectMany(p => p.Areas.Select(a => (p, a.CountryId, a.Area))).ToList();
        IReadOnlyList<StatedArea> areas = edition.StatedAreas();

        Assert.Equal(expected.Count, areas.Count);
        for (int i = 0; i < areas.Count; i++)
        {
            Assert.Same(expected[i].p, areas[i].Project);
            Assert.Equal(expected[i].CountryId, areas[i].CountryId);
            Assert.Same(expected[i].Area, areas[i].Area);
        }
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 100)]
    public void StatedCosts_AnyEdition_IsOneRowPerStatedCurrencyNeverConverted(KazChinaEdition edition)
    {
        var expected = edition.Projects
            .Where(p => p.Cost is not null)
            .SelectMany(p => new[] { p.Cost!.Value, p.Cost.AlsoStatedAs }.OfType<Money>().Select(m => (p, m)))
            .ToList();
        IReadOnlyList<StatedCost> costs = edition.StatedCosts();

        Assert.Equal(expected.Select(e => (e.p.Id, e.m)), costs.Select(c => (c.Project.Id, c.Amount)));
        Assert.All(costs, c =>
        {
            Assert.Equal(c.Project.Cost!.Bound, c.Bound);
            Assert.Equal(c.Project.Cost.AsWritten, c.AsWritten);
            Assert.Equal(c.Project.Cost.In(c.Currency), c.Amount);
        });
        foreach (string currency in new[] { Currency.Usd, Currency.Cny, Currency.Kzt })
        {
            SameRecords(costs.Where(c => c.Currency == currency), edition.StatedCosts(currency));
        }
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 100)]
    public void FinancingOf_EveryProject_IsWhatItListsAndLoansThatNameItOnceInEditionOrder(KazChinaEdition edition)
    {
        foreach (InfrastructureProject project in edition.Projects)
        {
            IEnumerable<EditionRecord> expected = edition.Records.Where(r =>
                (r is Loan or CurrencySwap && project.FinancingIds.Contains(r.Id)) || (r is Loan loan && loan.ProjectId == project.Id));

            SameRecords(expected, edition.FinancingOf(project.Id));
        }
    }

    [Fact]
    public void Helpers_BadArguments_ThrowNamingTheArgument()
    {
        KazChinaEdition edition = SyntheticEdition.Create(3, 3);
        KazChinaEdition none = null!;

        Assert.Equal("edition", Assert.Throws<ArgumentNullException>(() => none.ProjectsOfKind(ProjectKind.Mine)).ParamName);
        Assert.Equal("edition", Assert.Throws<ArgumentNullException>(() => none.ProjectsWithStatus(ProjectStatus.Planned)).ParamName);
        Assert.Equal("edition", Assert.Throws<ArgumentNullException>(() => none.ProjectsIn("country-0")).ParamName);
        Assert.Equal("edition", Assert.Throws<ArgumentNullException>(() => none.ProjectsAt("place-0")).ParamName);
        Assert.Equal("edition", Assert.Throws<ArgumentNullException>(() => none.StatedAreas()).ParamName);
        Assert.Equal("edition", Assert.Throws<ArgumentNullException>(() => none.StatedAreas("country-0")).ParamName);
        Assert.Equal("edition", Assert.Throws<ArgumentNullException>(() => none.StatedCosts()).ParamName);
        Assert.Equal("edition", Assert.Throws<ArgumentNullException>(() => none.StatedCosts("USD")).ParamName);
        Assert.Equal("edition", Assert.Throws<ArgumentNullException>(() => none.FinancingOf("project-0")).ParamName);
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => edition.ProjectsOfKind((ProjectKind)50)).ParamName);
        Assert.Equal("status", Assert.Throws<ArgumentOutOfRangeException>(() => edition.ProjectsWithStatus((ProjectStatus)50)).ParamName);
        Assert.Equal("countryId", Assert.Throws<ArgumentException>(() => edition.ProjectsIn("place-0")).ParamName);
        Assert.Equal("placeId", Assert.Throws<ArgumentException>(() => edition.ProjectsAt("country-0")).ParamName);
        Assert.Equal("countryId", Assert.Throws<ArgumentException>(() => edition.StatedAreas("project-0")).ParamName);
        Assert.Equal("projectId", Assert.Throws<ArgumentException>(() => edition.FinancingOf("loan-0")).ParamName);
        Assert.Same(edition.StatedCosts(), edition.StatedCosts(currency: null));
        Assert.Same(edition.StatedAreas(), edition.StatedAreas(countryId: null));
        Assert.Equal("reading", Assert.Throws<ArgumentOutOfRangeException>(() => edition.StatedAreas(reading: (ReadingChoice)(-1))).ParamName);
        Assert.Equal("currency", Assert.Throws<ArgumentException>(() => edition.StatedCosts("usd")).ParamName);
        Assert.Throws<KeyNotFoundException>(() => edition.FinancingOf("project-99"));
    }
}

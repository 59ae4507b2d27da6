using System;
using System.Linq;
using Xunit;

namespace KazChina.Model.Tests.Infrastructure;

public class InfrastructureProjectTests
{
    private static readonly InfrastructureProject WithAreas = KazChinaEdition.Current.Projects.First(p => p.Areas.Count > 1);

    [Fact]
    public void Constructor_TwoAreasInOneCountry_Throws()
    {
        ProjectArea first = WithAreas.Areas[0];
        var again = new ProjectArea(first.CountryId, WithAreas.Areas[1].Area);

        var error = Assert.Throws<ArgumentException>(() => Rebuild(ValueList.Create(first, again)));

        Assert.Equal("areas", error.ParamName);
    }

    [Fact]
    public void Constructor_SameAreaTwice_ThrowsNamingAreas()
    {
        var area = new ProjectArea("china", new Quantity(11_000_000m, QuantityUnit.Tonne, Bound.Exact, "11 million tons"));

        var error = Assert.Throws<ArgumentException>(() => new InfrastructureProjectBuilder { Areas = ValueList.Create(area, area) }.Build());

        Assert.Equal("areas", error.ParamName);
    }

    [Fact]
    public void Constructor_AreasInDifferentCountries_Accepted()
    {
        Assert.Equal(WithAreas, Rebuild(WithAreas.Areas));
    }

    private static InfrastructureProject Rebuild(ValueList<ProjectArea> areas) => new InfrastructureProjectBuilder(WithAreas) { Areas = areas }.Build();
}

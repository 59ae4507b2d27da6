using System;
using Xunit;

namespace KazChina.Model.Tests.Actors;

public class PlaceTests
{
    [Fact]
    public void Constructor_SubdivisionCodeWithUnderscore_ThrowsNamingSubdivisionCodes()
    {
        var error = Assert.Throws<ArgumentException>(() => new PlaceBuilder { SubdivisionCodes = ValueList.Create("KZ_ALA") }.Build());

        Assert.Equal("subdivisionCodes", error.ParamName);
    }
}

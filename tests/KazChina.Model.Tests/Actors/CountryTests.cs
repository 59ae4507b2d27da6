using System;
using Xunit;

namespace KazChina.Model.Tests.Actors;

public class CountryTests
{
    [Fact]
    public void Constructor_LowercaseAlpha2_ThrowsNamingAlpha2()
    {
        var error = Assert.Throws<ArgumentException>(() => new CountryBuilder { Alpha2 = "kz" }.Build());

        Assert.Equal("alpha2", error.ParamName);
    }

    [Fact]
    public void Constructor_TwoLetterAlpha3_ThrowsNamingAlpha3()
    {
        var error = Assert.Throws<ArgumentException>(() => new CountryBuilder { Alpha3 = "KA" }.Build());

        Assert.Equal("alpha3", error.ParamName);
    }

    [Fact]
    public void Constructor_RepeatedFormAsWritten_ThrowsNamingFormsAsWritten()
    {
        var error = Assert.Throws<ArgumentException>(() => new CountryBuilder { FormsAsWritten = ValueList.Create(new NameForm("Astana", NameFormKind.Name), new NameForm("Astana", NameFormKind.Metonym)) }.Build());

        Assert.Equal("formsAsWritten", error.ParamName);
    }
}

using System;
using Xunit;

namespace KazChina.Model.Tests.Primitives;

public class NameFormTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(" Beijing")]
    [InlineData("Beijing ")]
    public void Constructor_BlankOrPaddedForm_ThrowsNamingForm(string form)
    {
        Assert.Equal("form", Assert.Throws<ArgumentException>(() => new NameForm(form, NameFormKind.Metonym)).ParamName);
    }

    [Fact]
    public void Constructor_UndefinedKind_ThrowsNamingFormKind()
    {
        Assert.Equal("formKind", Assert.Throws<ArgumentOutOfRangeException>(() => new NameForm("Beijing", (NameFormKind)99)).ParamName);
    }

    [Fact]
    public void Equality_SameFormAndKind_EqualOtherwiseDifferent()
    {
        EqualityContract.AssertEqualValues(new NameForm("Beijing", NameFormKind.Metonym), new NameForm("Beijing", NameFormKind.Metonym));
        EqualityContract.AssertDifferent(new NameForm("Beijing", NameFormKind.Metonym), new NameForm("Beijing", NameFormKind.Name));
        EqualityContract.AssertDifferent(new NameForm("Beijing", NameFormKind.Metonym), new NameForm("Astana", NameFormKind.Metonym));
    }

    [Fact]
    public void ToString_ShowsFormAndCamelCaseKind()
    {
        Assert.Equal("Sino: adjective", new NameForm("Sino", NameFormKind.Adjective).ToString());
        Assert.Equal("Hu: shortForm", new NameForm("Hu", NameFormKind.ShortForm).ToString());
    }
}

using FsCheck.Xunit;
using Xunit;

namespace KazChina.Model.Tests.Queries;

public class TextFoldingTests
{
    [Property]
    public void FoldCharacters_AnyText_KeepsTheLengthSoOffsetsCarryOver(string? text)
    {
        text ??= string.Empty;

        Assert.Equal(text.Length, TextFolding.FoldCharacters(text).Length);
    }

    [Theory]
    [InlineData("Kazakhstan’s", "Kazakhstan's")]
    [InlineData("“all-round”", "\"all-round\"")]
    [InlineData("summit – the", "summit - the")]
    [InlineData("Beijing—Astana", "Beijing-Astana")]
    [InlineData("Қазақстан 中国", "Қазақстан 中国")]
    public void FoldCharacters_TypographicCharacters_BecomePlain(string text, string expected)
    {
        Assert.Equal(expected, TextFolding.FoldCharacters(text));
    }

    [Theory]
    [InlineData("  Hu   Jintau ", "Hu Jintau")]
    [InlineData("both countries’\tmedia", "both countries' media")]
    [InlineData("Hu\nJintau", "Hu Jintau")]
    public void FoldName_WhiteSpaceAndTypography_AreNormalised(string name, string expected)
    {
        Assert.Equal(expected, TextFolding.FoldName(name));
    }
}

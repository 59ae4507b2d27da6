using System;
using System.Text;
using System.Text.Json;
using FsCheck.Xunit;
using Xunit;

namespace KazChina.Model.Tests.Serialization;

/// <summary>The fast UTF-8 parse of partial dates must agree with the regular-expression parse it short-cuts.</summary>
public class PartialDateJsonConverterTests
{
    [Property(Arbitrary = [typeof(Generators)])]
    public bool TryParseUtf8_WrittenForm_ReadsTheSameDate(PartialDate date) =>
        PartialDateJsonConverter.TryParseUtf8(Encoding.UTF8.GetBytes(PartialDateJsonConverter.Format(date)), out PartialDate? read)
        && read == date;

    [Theory]
    [InlineData("2011")]
    [InlineData("2011 (year inferred)")]
    [InlineData("2011-06")]
    [InlineData("2011-06 (early)")]
    [InlineData("2011-06 (mid)")]
    [InlineData("2011-06 (late) (year inferred)")]
    [InlineData("2011-06-13")]
    [InlineData("2011-06-13 (year inferred)")]
    [InlineData("2011-12-31")]
    public void TryParseUtf8_UsualForm_AgreesWithParse(string text)
    {
        Assert.True(PartialDateJsonConverter.TryParseUtf8(Encoding.UTF8.GetBytes(text), out PartialDate? read));
        Assert.Equal(PartialDateJsonConverter.Parse(text), read);
    }

    [Theory]
    [InlineData("")]
    [InlineData("201")]
    [InlineData("20111")]
    [InlineData("2011-6")]
    [InlineData("2011-06-1")]
    [InlineData("2011-06-13-01")]
    [InlineData("2011 ")]
    [InlineData("2011\n")]
    [InlineData("2011-06 (Early)")]
    [InlineData("2011-06 (early) ")]
    [InlineData("2011 (year inferred) (early)")]
    [InlineData("2011-06 (year inferred) (late)")]
    [InlineData("２０１１")]
    [InlineData("2011-0a")]
    public void TryParseUtf8_AnythingElse_LeavesItToParse(string text)
    {
        Assert.False(PartialDateJsonConverter.TryParseUtf8(Encoding.UTF8.GetBytes(text), out PartialDate? read));
        Assert.Null(read);
    }

    [Theory]
    [InlineData("2011\\n")]
    [InlineData("2011-06 (early)\\n")]
    [InlineData("2011-06-13 (year inferred)\\n")]
    [InlineData("2011\\r")]
    public void Deserialize_DateWithALineBreakAtTheEnd_Rejected(string escaped)
    {
        var error = Assert.Throws<KazChinaJsonException>(() => KazChinaJson.Deserialize<PartialDate>("\"" + escaped + "\""));

        Assert.Equal("$", error.Path);
    }

    [Theory]
    [InlineData("2011-02-30")]
    [InlineData("2011-13")]
    [InlineData("2011-00-01")]
    public void TryParseUtf8_FormRightButNoSuchDate_ThrowsLikeParse(string text)
    {
        Assert.ThrowsAny<ArgumentException>(() => PartialDateJsonConverter.TryParseUtf8(Encoding.UTF8.GetBytes(text), out _));
        Assert.Throws<JsonException>(() => PartialDateJsonConverter.Parse(text));
    }
}

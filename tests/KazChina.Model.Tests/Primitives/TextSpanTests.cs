using System;
using Xunit;

namespace KazChina.Model.Tests.Primitives;

public class TextSpanTests
{
    [Fact]
    public void Matches_WordsAtOffset_IsTrueOnlyThere()
    {
        string text = ArticleText.Value;
        int start = text.IndexOf("Hu Jintau", StringComparison.Ordinal);
        var span = new TextSpan(start, 9, "Hu Jintau");

        Assert.True(span.Matches(text));
        Assert.False(new TextSpan(start + 1, 9, "Hu Jintau").Matches(text));
        Assert.False(new TextSpan(text.Length - 2, 9, "Hu Jintau").Matches(text));
        Assert.Equal(start + 9, span.End);
    }

    [Fact]
    public void Constructor_InvalidArguments_ThrowNamingThem()
    {
        Assert.Equal("start", Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(-1, 1, "a")).ParamName);
        Assert.Equal("length", Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(0, 0, "")).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentException>(() => new TextSpan(0, 2, "a")).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => new TextSpan(0, 1, null!)).ParamName);
        Assert.Equal("start", Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(int.MaxValue, 1, "a")).ParamName);
    }

    [Fact]
    public void ContainsAndCovers_NestedRanges()
    {
        var outer = new TextSpan(10, 5, "abcde");

        Assert.True(outer.Contains(new TextSpan(11, 2, "bc")));
        Assert.False(outer.Contains(new TextSpan(14, 2, "ef")));
        Assert.True(outer.Covers(10, 5));
        Assert.False(outer.Covers(9, 1));
    }
}

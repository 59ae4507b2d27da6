using System;
using NodaTime;
using Xunit;

namespace KazChina.Model.Tests.Sources;

public class ArticleTests
{
    [Fact]
    public void Constructor_Text_ComputesItsDigest()
    {
        var article = new Article("T", "P", 1, 2, null, ArticleText.Value);

        Assert.Equal(ArticleText.Sha256, article.Sha256);
        Assert.NotEqual(article.Sha256, new Article("T", "P", 1, 2, null, ArticleText.Value + " ").Sha256);
    }

    [Fact]
    public void Equality_SameMembersDigestAskedOfOne_Equal()
    {
        var article = new Article("T", "P", 1, 2, null, "Text");
        var copy = new Article("T", "P", 1, 2, null, "Text");
        _ = article.Sha256;

        EqualityContract.AssertEqualValues(article, copy);
    }

    public static TheoryData<Article> ArticlesDifferingInOneMember() =>
    [
        new Article("U", "P", 1, 2, null, "Text"),
        new Article("T", "Q", 1, 2, null, "Text"),
        new Article("T", "P", 3, 2, null, "Text"),
        new Article("T", "P", 1, 3, null, "Text"),
        new Article("T", "P", 1, 2, new DateEstimate(new LocalDate(2011, 6, 15), new LocalDate(2011, 7, 15), "why"), "Text"),
        new Article("T", "P", 1, 2, null, "Text."),
    ];

    [Theory]
    [MemberData(nameof(ArticlesDifferingInOneMember))]
    public void Equality_AnyMemberDiffers_NotEqual(Article other)
    {
        EqualityContract.AssertDifferent(new Article("T", "P", 1, 2, null, "Text"), other);
    }

    [Theory]
    [InlineData(0, 1, "volume")]
    [InlineData(1, 0, "issue")]
    [InlineData(-3, 1, "volume")]
    public void Constructor_NonPositiveNumbers_Throw(int volume, int issue, string param)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Article("T", "P", volume, issue, null, "x"));
        Assert.Equal(param, ex.ParamName);
    }

    [Fact]
    public void Constructor_BlankTitleOrEmptyText_Throws()
    {
        Assert.Equal("title", Assert.Throws<ArgumentException>(() => new Article(" ", "P", 1, 1, null, "x")).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentException>(() => new Article("T", "P", 1, 1, null, "")).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentException>(() => new Article("T", "P", 1, 1, null, " \n ")).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => new Article("T", "P", 1, 1, null, null!)).ParamName);
    }

    [Fact]
    public void DateEstimate_LatestBeforeEarliest_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new DateEstimate(new LocalDate(2011, 7, 1), new LocalDate(2011, 6, 1), "why"));
        Assert.Equal("latest", ex.ParamName);
        Assert.Contains("2011-06-01", ex.Message, StringComparison.Ordinal);
    }
}

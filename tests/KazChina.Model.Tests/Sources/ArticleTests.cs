using System;
using NodaTime;
using Xunit;

namespace KazChina.Model.Tests;

public class ArticleTests
{
    [Fact]
    public void Constructor_Text_ComputesItsDigest()
    {
        var article = new Article("T", "P", 1, 2, null, ArticleText.Value);

        Assert.Equal(ArticleText.Sha256, article.Sha256);
        Assert.NotEqual(article.Sha256, new Article("T", "P", 1, 2, null, ArticleText.Value + " ").Sha256);
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

using System;
using NodaTime;
using Xunit;

namespace KazChina.Model.Tests.Sources;

public class ArticleTests
{
    [Fact]
    public void Constructor_Text_ComputesItsDigest()
    {
        Article article = new ArticleBuilder { Text = ArticleText.Value }.Build();

        Assert.Equal(ArticleText.Sha256, article.Sha256);
        Assert.NotEqual(article.Sha256, new ArticleBuilder { Text = ArticleText.Value + " " }.Build().Sha256);
    }

    [Fact]
    public void Equality_SameMembersDigestAskedOfOne_Equal()
    {
        Article article = new ArticleBuilder().Build();
        Article copy = new ArticleBuilder().Build();
        _ = article.Sha256;

        EqualityContract.AssertEqualValues(article, copy);
    }

    public static TheoryData<Article> ArticlesDifferingInOneMember() =>
    [
        new ArticleBuilder { Title = "U" }.Build(),
        new ArticleBuilder { Publication = "Q" }.Build(),
        new ArticleBuilder { Volume = 3 }.Build(),
        new ArticleBuilder { Issue = 3 }.Build(),
        new ArticleBuilder { PublicationDate = new DateEstimate(new LocalDate(2011, 6, 15), new LocalDate(2011, 7, 15), "why") }.Build(),
        new ArticleBuilder { Text = "Text." }.Build(),
    ];

    [Theory]
    [MemberData(nameof(ArticlesDifferingInOneMember))]
    public void Equality_AnyMemberDiffers_NotEqual(Article other)
    {
        EqualityContract.AssertDifferent(new ArticleBuilder().Build(), other);
    }

    [Theory]
    [InlineData(0, 1, "volume")]
    [InlineData(1, 0, "issue")]
    [InlineData(-3, 1, "volume")]
    public void Constructor_NonPositiveNumbers_Throw(int volume, int issue, string param)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new ArticleBuilder { Volume = volume, Issue = issue }.Build());
        Assert.Equal(param, ex.ParamName);
    }

    [Fact]
    public void Constructor_BlankTitleOrEmptyText_Throws()
    {
        Assert.Equal("title", Assert.Throws<ArgumentException>(() => new ArticleBuilder { Title = " " }.Build()).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentException>(() => new ArticleBuilder { Text = "" }.Build()).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentException>(() => new ArticleBuilder { Text = " \n " }.Build()).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => new ArticleBuilder { Text = null! }.Build()).ParamName);
    }

    [Fact]
    public void DateEstimate_LatestBeforeEarliest_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new DateEstimate(new LocalDate(2011, 7, 1), new LocalDate(2011, 6, 1), "why"));
        Assert.Equal("latest", ex.ParamName);
        Assert.Contains("2011-06-01", ex.Message, StringComparison.Ordinal);
    }
}

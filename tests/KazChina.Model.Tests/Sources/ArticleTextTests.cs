using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using Xunit;

namespace KazChina.Model.Tests.Sources;

public class ArticleTextTests
{
    private const string SeedSha256 = "51e6c98de3410bd2ea42ef61048ff59058066c354e59973d652b7cd4fe7470ad";

    [Fact]
    public void Value_EmbeddedSeed_HasThePinnedDigestAndLength()
    {
        string text = ArticleText.Value;

        Assert.Equal(7391, text.Length);
        Assert.Equal(SeedSha256, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))));
        Assert.Equal(SeedSha256, ArticleText.Sha256);
    }

    [Fact]
    public void Value_EmbeddedSeed_IsTheSeedFileByteForByte()
    {
        string seed = Path.Combine(RepositoryRoot.Path, "seeds", "eurasia-daily-monitor-v8-i128-kazakhstan-looks-east.txt");

        Assert.Equal(SeedSha256, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(seed))));
    }

    [Fact]
    public void Value_EmbeddedSeed_HasLineFeedsCurlyQuotesAndNoTrailingNewline()
    {
        string text = ArticleText.Value;

        Assert.DoesNotContain('\r', text);
        Assert.False(text.EndsWith('\n'));
        Assert.StartsWith("Kazakhstan Looks East: Sino-Kazakh Strategic Partnership Deepens\n", text, StringComparison.Ordinal);
        Assert.Contains("“all-round”", text, StringComparison.Ordinal);
    }
}

using System;
using System.Linq;
using KazChina.Model.Cli;
using Spectre.Console.Testing;
using Xunit;

namespace KazChina.Model.Tests;

public class SummaryCommandTests
{
    [Fact]
    public void Summary_Run_PrintsArticleMetadataAndCountsPerKind()
    {
        using var console = new TestConsole();
        console.Profile.Width = 120;

        int exit = KazChinaApp.Run(["summary"], console);

        Assert.Equal(0, exit);
        string output = console.Output;
        Assert.Contains("Kazakhstan Looks East: Sino-Kazakh Strategic Partnership Deepens", output, StringComparison.Ordinal);
        Assert.Contains("Eurasia Daily Monitor", output, StringComparison.Ordinal);
        Assert.Contains("│ Volume       │ 8 ", output, StringComparison.Ordinal);
        Assert.Contains("│ Issue        │ 128 ", output, StringComparison.Ordinal);
        Assert.Contains("unknown; estimated 2011-06-15 to 2011-07-15", output, StringComparison.Ordinal);
        KazChinaEdition edition = KazChinaEdition.Current;
        foreach (RecordKind kind in Enum.GetValues<RecordKind>())
        {
            int count = edition.Records.Count(r => r.Kind == kind);
            Assert.Matches($@"│ {kind} +│ +{count} │", output);
        }

        Assert.Matches($@"│ Total +│ +{edition.Records.Count} │", output);
    }

    [Fact]
    public void Summary_UnknownOption_FailsWithNonZeroExit()
    {
        using var console = new TestConsole();

        int exit = KazChinaApp.Run(["summary", "--no-such-option"], console);

        Assert.NotEqual(0, exit);
    }

    [Theory]
    [InlineData("Kazakhstan’s twenty years", 3)]
    [InlineData("all-round strategic partnership", 3)]
    [InlineData("$136.14 million (Xinhua, June 1).", 5)]
    [InlineData("", 0)]
    public void CountWords_Text_CountsWordsWithInnerPunctuation(string text, int expected)
    {
        Assert.Equal(expected, SummaryCommand.CountWords(text));
    }

    [Fact]
    public void CountWords_Article_IsStable()
    {
        Assert.Equal(1074, SummaryCommand.CountWords(ArticleText.Value));
    }
}

using System;
using System.Linq;
using KazChina.Model.Cli;
using Xunit;

namespace KazChina.Model.Tests.Cli;

public class SummaryCommandTests
{
    [Fact]
    public void Summary_Run_MatchesGoldenOutput()
    {
        CliResult result = CliRun.Run("summary");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal("", result.Error);
        Golden.AssertMatches("summary.txt", result.Output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Summary_Run_ListsEveryPersonEventQuoteAndAssessment()
    {
        KazChinaEdition edition = KazChinaEdition.Current;
        CliResult result = CliRun.RunWithWidth(CliRun.Unwrapped, "summary");

        Assert.All(
            edition.People.Cast<EditionRecord>().Concat(edition.Events).Concat(edition.Quotes).Concat(edition.Assessments),
            record => Assert.Contains("│ " + record.Id.Value + " ", result.Output, StringComparison.Ordinal));
    }

    [Fact]
    public void Summary_At80Columns_KeepsEveryIdWholeOnOneLine()
    {
        KazChinaEdition edition = KazChinaEdition.Current;
        CliResult result = CliRun.RunWithWidth(80, "summary");

        string[] lines = result.Output.Split('\n');
        Assert.All(lines, line => Assert.True(line.Length <= 80, $"A line is wider than 80 columns: {line}"));
        var shown = edition.People.Cast<EditionRecord>().Concat(edition.Agreements).Concat(edition.TradeFigures).Concat(edition.Projects)
            .Concat(edition.Loans).Concat(edition.CurrencySwaps).Concat(edition.Events).Concat(edition.Quotes).Concat(edition.Assessments)
            .Concat(edition.Citations).Concat(edition.EditorialNotes);
        Assert.All(shown, record => Assert.Contains(lines, line => line.Contains("│ " + record.Id.Value + " ", StringComparison.Ordinal)));
    }

    [Fact]
    public void SummaryTimelineAndQuery_EnumValues_PrintCamelCaseAsInJson()
    {
        string summary = CliRun.RunWithWidth(CliRun.Unwrapped, "summary").Output;
        string timeline = CliRun.RunWithWidth(CliRun.Unwrapped, "timeline").Output;
        string query = CliRun.RunWithWidth(CliRun.Unwrapped, "query", "--kind", "tradeFigure").Output;

        Assert.Contains("│ notStated ", summary, StringComparison.Ordinal);
        Assert.Contains("│ bilateralTradeVolume ", summary, StringComparison.Ordinal);
        Assert.Contains("│ tradeFigure ", summary, StringComparison.Ordinal);
        Assert.Contains("│ day ", timeline, StringComparison.Ordinal);
        Assert.Contains("│ tradeFigure ", query, StringComparison.Ordinal);
        foreach (string output in new[] { summary, timeline, query })
        {
            Assert.DoesNotMatch(@"│ (NotStated|BilateralTradeVolume|TradeFigure|Day|Year|Month|Signed|Planned|High|Medium|Low) ", output);
        }
    }

    [Fact]
    public void Summary_Run_PrintsArticleMetadataAndCountsPerKind()
    {
        CliResult result = CliRun.Run("summary");

        string output = result.Output;
        Assert.Contains("Kazakhstan Looks East: Sino-Kazakh Strategic Partnership Deepens", output, StringComparison.Ordinal);
        Assert.Contains("Eurasia Daily Monitor", output, StringComparison.Ordinal);
        Assert.Matches(@"│ Volume +│ 8 ", output);
        Assert.Matches(@"│ Issue +│ 128 ", output);
        Assert.Contains("unknown; estimated 2011-06-15 to 2011-07-15", output, StringComparison.Ordinal);
        KazChinaEdition edition = KazChinaEdition.Current;
        foreach (RecordKind kind in Enum.GetValues<RecordKind>())
        {
            int count = edition.Records.Count(r => r.Kind == kind);
            Assert.Matches($@"│ {RecordKindNames.Name(kind)} +│ +{count} │", output);
        }

        Assert.Matches($@"│ Total +│ +{edition.Records.Count} │", output);
    }

    [Fact]
    public void Summary_Run_ListsEveryAgreementTradeFigureProjectFinanceCitationAndNote()
    {
        CliResult result = CliRun.Run("summary");

        KazChinaEdition edition = KazChinaEdition.Current;
        EditionRecord[] listed =
        [
            .. edition.Agreements, .. edition.TradeFigures, .. edition.Projects, .. edition.Loans,
            .. edition.CurrencySwaps, .. edition.Citations, .. edition.EditorialNotes,
        ];
        Assert.All(listed, r => Assert.Matches($@"│ {r.Id} +│", result.Output));
        Assert.Contains("│ over $20 billion ", result.Output, StringComparison.Ordinal);
        Assert.Contains("│ 2011-06-13 (year inferred) ", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_UnknownOption_FailsWithOneErrorLineAndExitCode2()
    {
        CliResult result = CliRun.Run("summary", "--no-such-option");

        CliRun.AssertFailed(result, "kazchina: Unknown option 'no-such-option'.\n");
    }

    [Fact]
    public void Summary_EditionWithTerminalControlsInATitle_ShowsThemEscaped()
    {
        CliResult result = HostileText.RunOnEditionWithAgreementTitle(HostileText.Terminal, "summary");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains($"│ {HostileText.AgreementId} │ {HostileText.TerminalShown} ", result.Output, StringComparison.Ordinal);
        Assert.False(HostileText.HasTerminalControls(result.Output));
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

    [Fact]
    public void Summary_EditionFile_SummarisesThatEdition()
    {
        using var folder = new TemporaryFolder();
        string path = EditionFiles.Write(folder, "synthetic.json", EditionFiles.Synthetic);

        CliResult result = CliRun.Run("summary", "--edition", path);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Matches($@"│ Total +│ +{EditionFiles.Synthetic.Records.Count} │", result.Output);
        Assert.Contains(EditionFiles.Synthetic.Article.Title, result.Output, StringComparison.Ordinal);
        Assert.All(EditionFiles.Synthetic.Agreements, a => Assert.Contains(a.Id.Value, result.Output, StringComparison.Ordinal));
    }

    [Fact]
    public void Summary_EditionFileMissing_FailsWithOneLineAndExitCode2()
    {
        CliResult result = CliRun.Run("summary", "--edition", "no-such-edition.json");

        CliRun.AssertFailed(result, "kazchina: Cannot read 'no-such-edition.json': the file does not exist.\n");
    }
}

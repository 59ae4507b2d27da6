using System.Linq;
using KazChina.Model.Cli;
using Xunit;

namespace KazChina.Model.Tests.Cli;

public class TimelineCommandTests
{
    [Fact]
    public void Timeline_Run_MatchesGoldenOutput()
    {
        CliResult result = CliRun.Run("timeline");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal("", result.Error);
        Golden.AssertMatches("timeline.txt", result.Output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Timeline_Run_ListsEveryDatedRecordInChronologicalOrderWithItsPrecision()
    {
        CliResult result = CliRun.RunWithWidth(CliRun.Unwrapped, "timeline");

        TimelineEntry[] expected = [.. KazChinaEdition.Current.Timeline()];
        string[][] rows = ConsoleTableRows.Of(result.Output);
        Assert.Equal(["When", "Precision", "Kind", "Id", "Label"], rows[0]);
        Assert.Equal(expected.Select(e => e.RecordId.Value), rows.Skip(1).Select(r => r[3]));
        Assert.Equal(expected.Select(e => ConsoleTables.Name(e.Precision)), rows.Skip(1).Select(r => r[1]));
        Assert.Equal(expected.Select(e => e.When.ToString()), rows.Skip(1).Select(r => r[0]));
        Assert.Contains(["at 2011-06-13 (year inferred)", "day", "agreement", "all-round-strategic-partnership-2011", "China–Kazakhstan Joint Statement on the Development of All-Round Strategic Partnership"], rows);
        Assert.Contains(["by 2015", "year", "tradeFigure", "trade-target-40bn-2015", "China–Kazakhstan trade volume target: $40 billion"], rows);
    }

    [Fact]
    public void Timeline_Period_ListsOnlyDatesThatMayFallInIt()
    {
        CliResult result = CliRun.RunWithWidth(CliRun.Unwrapped, "timeline", "--period", "2012..2015");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(["trade-target-40bn-2015"], ConsoleTableRows.Column(result.Output, 3));
    }

    [Fact]
    public void Timeline_Kinds_ListsOnlyThoseKinds()
    {
        CliResult result = CliRun.RunWithWidth(CliRun.Unwrapped, "timeline", "--kind", "loan,currency-swap", "--kind", "Agreement");

        string[] kinds = ConsoleTableRows.Column(result.Output, 2);
        Assert.NotEmpty(kinds);
        Assert.All(kinds, k => Assert.True(k is "currencySwap" or "agreement", k));
        Assert.Equal(
            KazChinaEdition.Current.Timeline().Count(e => e.Kind is RecordKind.Agreement or RecordKind.CurrencySwap or RecordKind.Loan),
            kinds.Length);
    }

    [Fact]
    public void Timeline_EditionWithTerminalControlsInALabel_ShowsThemEscaped()
    {
        CliResult result = HostileText.RunOnEditionWithAgreementTitle(HostileText.Terminal, "timeline", "--kind", "agreement");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains(["at 2011-06-13 (year inferred)", "day", "agreement", HostileText.AgreementId, HostileText.TerminalShown], ConsoleTableRows.Of(result.Output));
        Assert.False(HostileText.HasTerminalControls(result.Output));
    }

    [Theory]
    [InlineData("2011-6", "kazchina: Invalid period '2011-6': use YYYY, YYYY-MM or YYYY-MM-DD, or two of them joined by '..'.\n")]
    [InlineData("2011-02-30", "kazchina: Invalid period '2011-02-30': '2011-02-30' is not a date from 1900 to 2100.\n")]
    [InlineData("2011..2010", "kazchina: Invalid period '2011..2010': it ends before it starts.\n")]
    [InlineData("2010..2011..2012", "kazchina: Invalid period '2010..2011..2012': give one date, or two joined by '..'.\n")]
    public void Timeline_InvalidPeriod_FailsWithOneLineAndExitCode2(string period, string expected)
    {
        CliResult result = CliRun.Run("timeline", "--period", period);

        CliRun.AssertFailed(result, expected);
    }

    [Fact]
    public void Timeline_UnknownKind_FailsWithOneLineAndExitCode2()
    {
        CliResult result = CliRun.Run("timeline", "--kind", "treaty");

        CliRun.AssertFailed(result, $"kazchina: Unknown kind 'treaty'; use {RecordKindNames.List}.\n");
    }

    [Fact]
    public void Timeline_EditionFile_ListsThatEditionsTimeline()
    {
        using var folder = new TemporaryFolder();
        string path = EditionFiles.Write(folder, "synthetic.json", EditionFiles.Synthetic);

        CliResult result = CliRun.RunWithWidth(CliRun.Unwrapped, "timeline", "--edition", path);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(EditionFiles.Synthetic.Timeline().Select(e => e.RecordId.Value), ConsoleTableRows.Column(result.Output, 3));
    }
}

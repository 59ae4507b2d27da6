using System;
using System.Threading;
using KazChina.Model.Cli;
using Spectre.Console.Testing;
using Xunit;

namespace KazChina.Model.Tests.Cli;

public class KazChinaAppTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("--help")]
    public void Run_NoCommandOrHelp_ListsEveryCommandAndExitsZero(string? argument)
    {
        CliResult result = CliRun.Run(argument is null ? [] : [argument]);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal("", result.Error);
        foreach (string command in new[] { "summary", "timeline", "query", "export", "schema", "validate" })
        {
            Assert.Matches($@"\n    {command} +\S", result.Output);
        }
    }

    [Fact]
    public void Run_UnknownCommand_PrintsOneLineOnStderrAndExits2()
    {
        CliResult result = CliRun.Run("frobnicate");

        CliRun.AssertFailed(result, "kazchina: Unknown command 'frobnicate'.\n");
    }

    [Fact]
    public void Run_Version_PrintsTheToolsVersion()
    {
        CliResult result = CliRun.Run("--version");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(KazChinaApp.Version + "\n", result.Output);
        Assert.StartsWith("0.1.0", KazChinaApp.Version, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("summary", "The edition at a glance")]
    [InlineData("timeline", "Every dated record in chronological order")]
    [InlineData("query", "The records that pass every filter given")]
    [InlineData("export", "Write the edition for other tools")]
    [InlineData("schema", "Print the JSON Schema")]
    [InlineData("validate", "Check an edition JSON file")]
    public void Run_CommandHelp_DescribesTheCommandAndExitsZero(string command, string description)
    {
        CliResult result = CliRun.Run(command, "--help");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.Contains(description, result.Output.ReplaceLineEndings(" "), StringComparison.Ordinal);
        Assert.Contains($"kazchina {command}", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ErrorQuotingTerminalControls_ShowsThemEscapedOnOneLine()
    {
        CliResult result = CliRun.Run("query", "--party", HostileText.Terminal + "\nkazchina: all good");

        CliRun.AssertFailedWith(result, $"kazchina: No country, person or organization '{HostileText.TerminalShown} kazchina: all good' in the edition;");
        Assert.False(HostileText.HasTerminalControls(result.Error));
    }

    [Fact]
    public void Run_CancelledBeforeItStarts_ExitsWithTheInterruptCodeAndWritesNoFile()
    {
        using var folder = new TemporaryFolder();
        using var output = new TestConsole();
        using var error = new TestConsole();
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        int exitCode = KazChinaApp.Run(["export", "--format", "csv", "--out", folder.Path], output, error, cancellation.Token);

        Assert.Equal(ExitCodes.Cancelled, exitCode);
        Assert.Empty(folder.FileNames());
    }
}


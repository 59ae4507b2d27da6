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

    [Theory]
    [InlineData("export --format", "kazchina: Option '--format' needs a value (FORMAT).\n")]
    [InlineData("summary --max-bytes", "kazchina: Option '--max-bytes' needs a value (BYTES).\n")]
    [InlineData("validate", "kazchina: Command 'validate' is missing required argument 'FILE'.\n")]
    [InlineData("validate a.json b.json", "kazchina: Unexpected argument 'b.json'; 'validate' takes 1 (FILE).\n")]
    [InlineData("summary --colour", "kazchina: Unknown option 'colour'.\n")]
    [InlineData("summary tables", "kazchina: Unknown command 'tables'.\n")]
    public void Run_UsageError_NamesTheWordAtFaultAndExits2(string commandLine, string error)
    {
        CliResult result = CliRun.Run(commandLine.Split(' '));

        CliRun.AssertFailed(result, error);
    }

    [Fact]
    public void Run_ArgumentStartingWithAt_IsAFileNameNotAResponseFile()
    {
        CliResult result = CliRun.Run("validate", "@no-such-edition.json");

        CliRun.AssertFailed(result, "kazchina: Cannot read '@no-such-edition.json': the file does not exist.\n");
    }

    [Fact]
    public void Run_CommandHelp_ListsItsUsageExamplesAndEveryOptionWithItsValueName()
    {
        CliResult result = CliRun.Run("export", "--help");

        Assert.Contains("USAGE:\n    kazchina export [OPTIONS]\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("EXAMPLES:\n    kazchina export --format csv --out tables\n", result.Output, StringComparison.Ordinal);
        foreach (string option in new[] { "-h, --help", "    --max-bytes <BYTES>", "-e, --edition <FILE>", "-f, --format <FORMAT>", "-o, --out <PATH>", "    --force", "    --raw-cells" })
        {
            Assert.Contains("\n    " + option + " ", result.Output, StringComparison.Ordinal);
        }
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


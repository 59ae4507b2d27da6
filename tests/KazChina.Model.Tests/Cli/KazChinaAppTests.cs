using System;
using KazChina.Model.Cli;
using Xunit;

namespace KazChina.Model.Tests;

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

        Assert.Equal(ExitCodes.Error, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Equal("kazchina: Unknown command 'frobnicate'.\n", result.Error);
    }

    [Fact]
    public void Run_Version_PrintsTheToolsVersion()
    {
        CliResult result = CliRun.Run("--version");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(KazChinaApp.Version + "\n", result.Output);
        Assert.StartsWith("0.1.0", KazChinaApp.Version, StringComparison.Ordinal);
    }
}

using System;
using System.Diagnostics;
using System.IO;
using KazChina.Model.Cli;
using Xunit;

namespace KazChina.Model.Tests.Cli;

/// <summary>Runs the built tool as its own process (<c>dotnet kazchina.dll …</c> from the test's output folder), as a user would.</summary>
public sealed class ToolProcessTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Summary_AsAProcess_ExitsZeroAndPrintsTheTables()
    {
        (int exitCode, string output, string error) = RunTool("summary");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal("", error);
        Assert.Contains("Eurasia Daily Monitor", output, StringComparison.Ordinal);
        Assert.Contains("Records", output, StringComparison.Ordinal);
        Assert.Contains("Editorial notes", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_AsAProcessWithUnknownFormat_WritesOneLineToStderrOnlyAndExits2()
    {
        (int exitCode, string output, string error) = RunTool("export", "--format", "xlsx");

        Assert.Equal(ExitCodes.Error, exitCode);
        Assert.Equal("", output);
        Assert.Equal("kazchina: Unknown format 'xlsx'; use json, jsonl, csv or csl-json." + Environment.NewLine, error);
    }

    [Fact]
    public void ExportCsv_AsAProcessToStdout_IsTheFactsTableForPiping()
    {
        (int exitCode, string output, string error) = RunTool("export", "--format", "csv");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal("", error);
        Assert.Equal(KazChinaEdition.Current.ToFactsTable(), CsvTables.Read("facts", System.Text.Encoding.UTF8.GetBytes(output)));
    }

    private (int ExitCode, string Output, string Error) RunTool(params string[] args)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
            WorkingDirectory = _folder.Path,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "kazchina.dll"));
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)), "kazchina did not exit within 30 seconds.");
        return (process.ExitCode, output, error.Result);
    }

    // The test host runs under the same dotnet the SDK gives it; fall back to the one on PATH.
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host
        : Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath!
        : "dotnet";
}

using System;
using KazChina.Model.Cli;
using Xunit;

namespace KazChina.Model.Tests.Cli;

/// <summary>Runs the built tool as its own process, as a user would.</summary>
public sealed partial class ToolProcessTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Summary_AsAProcessPiped_ExitsZeroAndPrintsTheTablesWithoutColourCodes()
    {
        (int exitCode, string output, string error) = ToolProcess.Run(_folder.Path, "summary");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal("", error);
        Assert.Contains("Eurasia Daily Monitor", output, StringComparison.Ordinal);
        Assert.Contains("Records", output, StringComparison.Ordinal);
        Assert.Contains("Editorial notes", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_AsAProcessWithUnknownFormat_WritesOneLineToStderrOnlyAndExits2()
    {
        (int exitCode, string output, string error) = ToolProcess.Run(_folder.Path, "export", "--format", "xml");

        Assert.Equal(ExitCodes.Error, exitCode);
        Assert.Equal("", output);
        Assert.Equal("kazchina: Unknown format 'xml'; use json, jsonl, csv, sqlite, parquet, xlsx, csl-json, bibtex, ris or geojson." + Environment.NewLine, error);
    }

    [Fact]
    public void ExportCsv_AsAProcessToStdout_IsTheFactsTableForPiping()
    {
        (int exitCode, string output, string error) = ToolProcess.Run(_folder.Path, "export", "--format", "csv");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal("", error);
        Assert.Equal(KazChinaEdition.Current.ToFactsTable(), CsvTables.Read("facts", System.Text.Encoding.UTF8.GetBytes(output)));
    }

    [Fact]
    public void Validate_StdoutFailsToWrite_BlamesStandardOutputNotTheInputAndExits2()
    {
        EditionFiles.Write(_folder, "edition.json", KazChinaEdition.Current);
        SpecialFiles.MakeDevice(_folder["full"], 'c', 1, 7);

        CliResult result = ToolProcess.RunInShell(_folder.Path, "kazchina validate edition.json > full");

        Assert.Equal(ExitCodes.Error, result.ExitCode);
        Assert.Equal("kazchina: Cannot write to standard output: No space left on device.\n", result.Error);
    }

    [Fact]
    public void ExportCsv_IntoTheCurrentFolder_IsRefusedAndNothingIsMoved()
    {
        System.IO.File.WriteAllText(_folder["notes.txt"], "mine");

        CliResult result = ToolProcess.Run(_folder.Path, "export", "--format", "csv", "--out", ".", "--force");

        Assert.Equal(ExitCodes.Error, result.ExitCode);
        Assert.Equal("kazchina: Cannot replace '.' as a whole: it is the current folder or holds it; give a folder for the export, e.g. --out tables.\n", result.Error);
        Assert.Equal(["notes.txt"], _folder.Entries());
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using KazChina.Model.Cli;
using KazChina.Model.Exports;
using Xunit;

namespace KazChina.Model.Tests.Cli;

/// <summary>
/// Real signals sent to the tool mid-export. The export reads its edition from a named pipe that nobody writes,
/// so it is deterministically blocked there once it has made its temporary file (or staged folder) beside the
/// target: the test waits for that to appear, then sends the signal.
/// </summary>
public sealed partial class ToolProcessTests
{
    [Theory]
    [InlineData(SpecialFiles.SigInt, "SIGINT", "json")]
    [InlineData(SpecialFiles.SigTerm, "SIGTERM", "json")]
    [InlineData(SpecialFiles.SigHup, "SIGHUP", "json")]
    [InlineData(SpecialFiles.SigQuit, "SIGQUIT", "json")]
    [InlineData(SpecialFiles.SigInt, "SIGINT", "csv")]
    [InlineData(SpecialFiles.SigTerm, "SIGTERM", "csv")]
    public void Export_SignalMidExport_RemovesTheTemporaryFilesKeepsTheTargetAndExits128PlusTheSignal(int signal, string name, string format)
    {
        Dictionary<string, string> before = OldTarget(format);
        using ToolProcess tool = StartBlockedExport(format);

        SpecialFiles.Signal(tool.Id, signal);
        CliResult result = tool.WaitForExit();

        Assert.Equal(128 + signal, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Equal($"kazchina: interrupted by {name}; no file was changed.\n", result.Error);
        Assert.Equal(["in.json", Target(format)], _folder.Entries());
        Assert.Equal(before, Snapshot(format));
    }

    [Theory]
    [InlineData("json")]
    [InlineData("csv")]
    public void Export_AfterAKilledExport_CleansUpWhatItLeftAndWrites(string format)
    {
        OldTarget(format);
        using (ToolProcess tool = StartBlockedExport(format))
        {
            SpecialFiles.Signal(tool.Id, SpecialFiles.SigKill);
            Assert.Equal(128 + SpecialFiles.SigKill, tool.WaitForExit().ExitCode);
        }

        string leftover = Assert.Single(_folder.Entries(), e => e.StartsWith(OutputNames.Prefix, StringComparison.Ordinal));
        CliResult result = ToolProcess.Run(_folder.Path, "export", "--format", format, "--out", Target(format), "--force");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.DoesNotContain(leftover, _folder.Entries());
        Assert.Equal(["in.json", Target(format)], _folder.Entries());
        if (format == "csv")
        {
            Assert.Equal(CsvTables.TextOf(CsvTables.Table(KazChinaEdition.Current, "records")), CsvTables.Read("records", File.ReadAllBytes(_folder["tables/records.csv"])));
        }
        else
        {
            Assert.Equal(KazChinaEdition.Current, KazChinaJson.Deserialize<KazChinaEdition>(File.ReadAllBytes(_folder["out.json"])));
        }
    }

    private static string Target(string format) => format == "csv" ? "tables" : "out.json";

    /// <summary>Starts an export over the old target whose edition comes from a pipe nobody writes, and waits until it has made its temporary entry.</summary>
    private ToolProcess StartBlockedExport(string format)
    {
        SpecialFiles.MakeFifo(_folder["in.json"]);
        var tool = ToolProcess.Start(_folder.Path, "export", "--format", format, "--edition", "in.json", "--out", Target(format), "--force");
        DateTime deadline = DateTime.UtcNow.AddSeconds(30);
        while (!_folder.Entries().Any(e => e.StartsWith(OutputNames.Prefix, StringComparison.Ordinal)))
        {
            Assert.True(DateTime.UtcNow < deadline, "The export made no temporary file within 30 seconds.");
            Thread.Sleep(10);
        }

        return tool;
    }

    /// <summary>Puts an old target in place: a file, or a folder of an export of another edition.</summary>
    private Dictionary<string, string> OldTarget(string format)
    {
        if (format == "csv")
        {
            Directory.CreateDirectory(_folder["tables"]);
            foreach ((string fileName, Action<Stream> write) in CsvPackageExport.Files(EditionFiles.Synthetic, rawCells: false))
            {
                using FileStream file = File.Create(Path.Combine(_folder["tables"], fileName));
                write(file);
            }
        }
        else
        {
            File.WriteAllText(_folder["out.json"], "old");
        }

        return Snapshot(format);
    }

    private Dictionary<string, string> Snapshot(string format) => format == "csv"
        ? Directory.GetFiles(_folder["tables"]).ToDictionary(f => Path.GetFileName(f), File.ReadAllText)
        : new() { ["out.json"] = File.ReadAllText(_folder["out.json"]) };
}

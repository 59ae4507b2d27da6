using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using KazChina.Model.Cli;
using KazChina.Model.Exports;
using Spectre.Console.Testing;
using Xunit;

namespace KazChina.Model.Tests.Cli;

public sealed class AtomicFolderTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>
    /// A csv export over an existing folder (or none), with each of its file operations failing in turn: every run
    /// leaves the folder holding all the old files or all the new ones, never a mix, and nothing else behind.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ExportCsv_EachFileOperationFailingInTurn_LeavesAllOldOrAllNewAndNoLeftovers(bool folderExists)
    {
        string edition = EditionFiles.Write(_folder, "synthetic.json", EditionFiles.Synthetic);
        string tables = _folder["tables"];
        Dictionary<string, byte[]> newFiles = ExportedFiles([]);
        Dictionary<string, byte[]>? oldFiles = folderExists ? ExportedFiles(["--edition", edition]) : null;
        var failedOperations = new List<string>();

        for (int failAt = 1; ; failAt++)
        {
            WriteFolder(tables, oldFiles);

            var files = new FaultyFileOperations(failAt);
            CliResult result = RunWith(files, "export", "--format", "csv", "--out", tables, "--force");

            Dictionary<string, byte[]>? now = Directory.Exists(tables) ? ReadFolder(tables) : null;
            Assert.Equal(now is null ? ["synthetic.json"] : ["synthetic.json", "tables"], _folder.Entries());
            if (files.Failed is null)
            {
                Assert.Equal(ExitCodes.Success, result.ExitCode);
                AssertSame(newFiles, now);
                break;
            }

            failedOperations.Add(files.Failed);
            if (result.ExitCode == ExitCodes.Success)
            {
                AssertSame(newFiles, now);
            }
            else
            {
                Assert.Equal(ExitCodes.Error, result.ExitCode);
                Assert.Matches(@"^kazchina: Cannot (write|create the folder) '[^']*tables[^']*': injected failure of operation \d+ \(\w+\)\.\n$", result.Error);
                AssertSame(oldFiles, now);
            }
        }

        // Every step failed once: the staging folder, each file and its flush, and for a replacement the journal,
        // both renames and the deletion of the old folder and of the journal (which fail after the new folder is in place).
        string[] expected =
        [
            nameof(IFileOperations.CreateDirectory),
            .. Enumerable.Repeat<string[]>([nameof(IFileOperations.CreateFile), nameof(IFileOperations.FlushToDisk)], CsvPackageExport.FileNames.Count).SelectMany(s => s),
            .. folderExists
                ? (string[])[nameof(IFileOperations.CreateFile), nameof(IFileOperations.FlushToDisk), nameof(IFileOperations.MoveDirectory), nameof(IFileOperations.MoveDirectory), nameof(IFileOperations.DeleteDirectory), nameof(IFileOperations.DeleteFile)]
                : [nameof(IFileOperations.MoveDirectory)],
        ];
        Assert.Equal(expected, failedOperations);
    }

    [Fact]
    public void ExportCsv_FolderHoldingFilesTheExportDoesNotWrite_IsNotReplacedEvenWithForce()
    {
        CliRun.Run("export", "--format", "csv", "--out", _folder["tables"]);
        File.WriteAllText(_folder["tables/notes.txt"], "mine");
        Dictionary<string, byte[]> before = ReadFolder(_folder["tables"]);

        CliResult result = CliRun.Run("export", "--format", "csv", "--out", _folder["tables"], "--force");

        CliRun.AssertFailed(result, $"kazchina: Cannot replace '{_folder["tables"]}': it holds 'notes.txt', which the export does not write; give an empty or new folder.\n");
        AssertSame(before, ReadFolder(_folder["tables"]));
        Assert.Equal(["tables"], _folder.Entries());
    }

    [Fact]
    public void Publish_FolderCreatedAfterTheCheckWithoutForce_IsNotReplaced()
    {
        var session = new OutputSession(SystemFileOperations.Instance);
        using (AtomicFolder folder = AtomicFolder.Create(_folder["tables"], overwrite: false, CsvPackageExport.FileNames, session))
        {
            folder.Write("records.csv", s => s.Write("ours"u8));
            Directory.CreateDirectory(_folder["tables"]);
            File.WriteAllText(_folder["tables/records.csv"], "theirs");

            var error = Assert.Throws<CliException>(() => folder.Publish(CancellationToken.None));

            Assert.Equal($"'{_folder["tables"]}' already exists and is not empty; pass --force to replace it.", error.Message);
        }

        Assert.Equal("theirs", File.ReadAllText(_folder["tables/records.csv"]));
        Assert.Equal(["tables"], _folder.Entries());
    }

    [Fact]
    public void Abandon_WhileWriting_RemovesTheStagedFolderAndLeavesTheOldOne()
    {
        CliRun.Run("export", "--format", "csv", "--out", _folder["tables"]);
        Dictionary<string, byte[]> before = ReadFolder(_folder["tables"]);
        var session = new OutputSession(SystemFileOperations.Instance);
        using AtomicFolder folder = AtomicFolder.Create(_folder["tables"], overwrite: true, CsvPackageExport.FileNames, session);
        folder.Write("records.csv", s => s.Write("new"u8));

        session.Abandon(parkLaterSteps: false);

        Assert.Equal(["tables"], _folder.Entries());
        Assert.Throws<OperationCanceledException>(() => folder.Write("people.csv", s => s.Write("new"u8)));
        Assert.Throws<OperationCanceledException>(() => folder.Publish(CancellationToken.None));
        AssertSame(before, ReadFolder(_folder["tables"]));
    }

    [Fact]
    public void ExportCsv_AfterARunKilledBetweenTheTwoRenames_PutsTheOldFolderBackFirst()
    {
        string edition = EditionFiles.Write(_folder, "synthetic.json", EditionFiles.Synthetic);
        CliRun.Run("export", "--format", "csv", "--edition", edition, "--out", _folder["tables"]);
        Dictionary<string, byte[]> old = ReadFolder(_folder["tables"]);

        // What a run of a process that no longer exists left: the old folder aside, a partly staged one, its journal.
        const string Killed = ".kazchina-2147483647-abcd1234";
        Directory.Move(_folder["tables"], _folder[Killed + ".old"]);
        Directory.CreateDirectory(_folder[Killed + ".tmp"]);
        File.WriteAllText(_folder[Killed + ".tmp/facts.csv"], "partial");
        File.WriteAllText(_folder[Killed + ".swap"], "tables");

        CliResult result = CliRun.Run("export", "--format", "csv", "--out", _folder["tables"]);

        CliRun.AssertFailedWith(result, $"kazchina: '{Path.Combine(_folder["tables"], "agreement_names.csv")}' already exists; pass --force");
        AssertSame(old, ReadFolder(_folder["tables"]));
        Assert.Equal(["synthetic.json", "tables"], _folder.Entries());
    }

    [Fact]
    public void ExportCsv_AfterARunKilledOnceTheNewFolderWasInPlace_DeletesTheOldOneAndKeepsTheNew()
    {
        CliRun.Run("export", "--format", "csv", "--out", _folder["tables"]);
        const string Killed = ".kazchina-2147483647-abcd1234";
        Directory.CreateDirectory(_folder[Killed + ".old"]);
        File.WriteAllText(_folder[Killed + ".old/facts.csv"], "old");
        File.WriteAllText(_folder[Killed + ".swap"], "tables");

        CliResult result = CliRun.Run("export", "--format", "csv", "--out", _folder["elsewhere"]);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(["elsewhere", "tables"], _folder.Entries());
        Assert.Equal(CsvTables.TextOf(CsvTables.Table(KazChinaEdition.Current, "records")), CsvTables.Read("records", File.ReadAllBytes(_folder["tables/records.csv"])));
    }

    private static CliResult RunWith(IFileOperations files, params string[] args)
    {
        using var output = new TestConsole();
        using var error = new TestConsole();
        int exitCode = KazChinaApp.Run(args, output, error, new OutputSession(files));
        return new CliResult(exitCode, output.Output, error.Output);
    }

    private static void AssertSame(Dictionary<string, byte[]>? expected, Dictionary<string, byte[]>? actual)
    {
        if (expected is null || actual is null)
        {
            Assert.Equal(expected is null, actual is null);
            return;
        }

        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach ((string name, byte[] content) in expected)
        {
            Assert.True(content.AsSpan().SequenceEqual(actual[name]), $"{name} differs.");
        }
    }

    private static Dictionary<string, byte[]> ReadFolder(string folder) =>
        Directory.GetFileSystemEntries(folder).ToDictionary(path => Path.GetFileName(path), File.ReadAllBytes);

    /// <summary>Makes a folder hold exactly <paramref name="files"/>, or removes it for null.</summary>
    private static void WriteFolder(string folder, Dictionary<string, byte[]>? files)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        if (files is null)
        {
            return;
        }

        Directory.CreateDirectory(folder);
        foreach ((string name, byte[] content) in files)
        {
            File.WriteAllBytes(Path.Combine(folder, name), content);
        }
    }

    private Dictionary<string, byte[]> ExportedFiles(string[] editionArgs)
    {
        string scratch = _folder["scratch"];
        CliResult result = CliRun.Run(["export", "--format", "csv", "--out", scratch, .. editionArgs]);
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Dictionary<string, byte[]> files = ReadFolder(scratch);
        Directory.Delete(scratch, recursive: true);
        return files;
    }
}

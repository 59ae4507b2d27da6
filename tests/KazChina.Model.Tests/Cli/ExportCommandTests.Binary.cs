using System.IO;
using System.Linq;
using KazChina.Model.Cli;
using KazChina.Model.Exports;
using Microsoft.Data.Sqlite;
using Xunit;

namespace KazChina.Model.Tests.Cli;

/// <summary>The binary exports (xlsx, sqlite): to a file atomically, and to stdout only when it is redirected; and what every file export refuses.</summary>
public sealed partial class ExportCommandTests
{
    [Fact]
    public void ExportXlsx_ToFile_WritesAWorkbookWithASheetPerTable()
    {
        CliResult result = CliRun.Run("export", "--format", "xlsx", "--out", _folder["edition.xlsx"]);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.Equal($"Wrote {_folder["edition.xlsx"]}\n", result.Output);
        byte[] file = File.ReadAllBytes(_folder["edition.xlsx"]);
        Assert.Empty(XlsxWorkbook.Validate(file));
        var sheets = XlsxWorkbook.Read(file);
        Assert.Equal([XlsxExport.AboutSheet, XlsxExport.TablesSheet, XlsxExport.ColumnsSheet, .. EditionDatabase.Schema.Select(t => t.Name)], sheets.Select(s => s.Name));
        Assert.Equal(KazChinaEdition.Current.ToRelationalTables().Select(t => t.Rows.Count + 1), sheets.Skip(3).Select(s => s.Rows.Count));
        Assert.Equal(["edition.xlsx"], _folder.Entries());
    }

    [Theory]
    [InlineData("sqlite", "edition.sqlite")]
    [InlineData("xlsx", "edition.xlsx")]
    [InlineData("csl-json", "citations.json")]
    public void Export_ExistingFileWithoutForce_FailsWithExitCode2AndKeepsIt(string format, string name)
    {
        File.WriteAllText(_folder[name], "mine");

        CliResult result = CliRun.Run("export", "--format", format, "--out", _folder[name]);

        CliRun.AssertFailed(result, $"kazchina: '{_folder[name]}' already exists; pass --force to overwrite it.\n");
        Assert.Equal("mine", File.ReadAllText(_folder[name]));
        Assert.Equal([name], _folder.Entries());
    }

    [Fact]
    public void ExportXlsx_ExistingFileWithForce_IsReplacedByTheWorkbook()
    {
        File.WriteAllText(_folder["edition.xlsx"], "mine");

        CliResult result = CliRun.Run("export", "--format", "xlsx", "--out", _folder["edition.xlsx"], "--force");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(EditionDatabase.Schema.Count + 3, XlsxWorkbook.Read(File.ReadAllBytes(_folder["edition.xlsx"])).Count);
        Assert.Equal(["edition.xlsx"], _folder.Entries());
    }

    [Fact]
    public void ExportXlsx_IntoAFolderThatDoesNotExist_FailsWithExitCode2AndWritesNothing()
    {
        string target = Path.Combine(_folder["missing"], "edition.xlsx");

        CliResult result = CliRun.Run("export", "--format", "xlsx", "--out", target);

        CliRun.AssertFailed(result, $"kazchina: Cannot write '{target}': the folder '{_folder["missing"]}' does not exist.\n");
        Assert.Empty(_folder.Entries());
    }

    [Fact]
    public void ExportXlsx_StdoutRedirectedToAFile_IsTheSameWorkbookAsWithOut()
    {
        CliResult piped = ToolProcess.RunInShell(_folder.Path, "kazchina export --format xlsx > piped.xlsx");
        CliRun.Run("export", "--format", "xlsx", "--out", _folder["edition.xlsx"]);

        Assert.Equal((ExitCodes.Success, ""), (piped.ExitCode, piped.Error));
        byte[] file = File.ReadAllBytes(_folder["piped.xlsx"]);
        Assert.Empty(XlsxWorkbook.Validate(file));
        Assert.Equal(XlsxWorkbook.Read(File.ReadAllBytes(_folder["edition.xlsx"])).Select(s => s.Rows.SelectMany(r => r)), XlsxWorkbook.Read(file).Select(s => s.Rows.SelectMany(r => r)));
    }

    [Fact]
    public void ExportXlsx_StdoutFailsToWrite_BlamesStandardOutputAndExits2()
    {
        SpecialFiles.MakeDevice(_folder["full"], 'c', 1, 7);

        CliResult result = ToolProcess.RunInShell(_folder.Path, "kazchina export --format xlsx > full");

        Assert.Equal(ExitCodes.Error, result.ExitCode);
        Assert.Equal("kazchina: Cannot write to standard output: No space left on device.\n", result.Error);
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("sqlite")]
    public void ExportBinary_OutIsATerminal_IsRefusedWithExitCode2(string format)
    {
        // The pseudo-terminal multiplexer: opening it gives a new terminal, as /dev/tty or a /dev/stdout shown on a
        // screen would be (a copy of its device node elsewhere does not open: the kernel looks for pts beside it).
        const string terminal = "/dev/ptmx";

        CliResult result = CliRun.Run("export", "--format", format, "--out", terminal);

        CliRun.AssertFailed(result, $"kazchina: {format} is a binary file and is not written to a terminal ('{terminal}'); give --out FILE, or redirect standard output to a file or a pipe.\n");
    }

    [Fact]
    public void ExportSqlite_StdoutRedirectedToAFile_IsADatabaseSqliteOpens()
    {
        CliResult piped = ToolProcess.RunInShell(_folder.Path, "kazchina export --format sqlite > piped.sqlite");

        Assert.Equal((ExitCodes.Success, ""), (piped.ExitCode, piped.Error));
        using var connection = new SqliteConnection($"Data Source={_folder["piped.sqlite"]};Mode=ReadOnly;Pooling=False");
        connection.Open();
        Assert.Equal(["ok"], QueryResults.Rows(connection, "PRAGMA integrity_check"));
        Assert.Equal([KazChinaEdition.Current.Records.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)], QueryResults.Rows(connection, "SELECT COUNT(*) FROM records"));
    }
}

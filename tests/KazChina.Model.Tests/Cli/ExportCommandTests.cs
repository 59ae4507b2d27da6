using System;
using System.IO;
using System.Linq;
using System.Text;
using KazChina.Model.Cli;
using KazChina.Model.Exports;
using Microsoft.Data.Sqlite;
using Xunit;

namespace KazChina.Model.Tests.Cli;

public sealed partial class ExportCommandTests : IDisposable
{
    private static readonly byte[] Utf8ByteOrderMark = [0xEF, 0xBB, 0xBF];

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ExportCsv_ToFolder_WritesOneTypedFilePerTablePlusDataPackageMatchingGoldenFiles()
    {
        CliResult result = CliRun.Run("export", "--format", "csv", "--out", _folder["tables"]);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.Equal($"Wrote {EditionDatabase.Schema.Count + 1} files (typed CSV tables and datapackage.json) to {_folder["tables"]}\n", result.Output);
        string[] expected = [.. EditionDatabase.Schema.Select(t => t.Name + ".csv"), CsvPackageExport.DataPackageFileName];
        Assert.Equal(expected.Order(StringComparer.Ordinal), _folder.FileNames("tables"));
        foreach (string name in expected)
        {
            Golden.AssertMatches("csv/" + name, File.ReadAllBytes(Path.Combine(_folder["tables"], name)));
        }
    }

    [Fact]
    public void ExportCsv_ReadBackWithCsvHelper_EqualsTheRelationalTables()
    {
        CliRun.Run("export", "--format", "csv", "--out", _folder.Path);

        foreach (RelationalTable table in KazChinaEdition.Current.ToRelationalTables())
        {
            byte[] bytes = File.ReadAllBytes(_folder[table.Name + ".csv"]);
            Assert.False(bytes.AsSpan().StartsWith(Utf8ByteOrderMark), $"{table.Name}.csv has no byte order mark, which data tools would read as part of the first column's name.");
            Assert.Equal(CsvTables.TextOf(table), CsvTables.Read(table.Name, bytes));
        }
    }

    [Fact]
    public void ExportCsv_Files_AreRfc4180WithCrlfAndQuotedFieldsOnlyWhereNeeded()
    {
        CliRun.Run("export", "--format", "csv", "--out", _folder.Path);

        string citations = Encoding.UTF8.GetString(File.ReadAllBytes(_folder["citations.csv"]));
        string spans = Encoding.UTF8.GetString(File.ReadAllBytes(_folder["evidence_spans.csv"]));
        Assert.StartsWith("id,citation_kind,outlet_id,outlet_as_written,date_as_written,date_text,date_earliest,date_latest,date_precision,date_part,date_year,date_year_inferred,title\r\n", citations, StringComparison.Ordinal);
        Assert.Contains("\r\ncite-xinhua-2011-06-13-a,inText,xinhua,Xinhua,June 13,2011-06-13,2011-06-13,2011-06-13,day,whole,2011,true,\r\n", citations, StringComparison.Ordinal);
        Assert.Contains("\r\ncite-xinhua-2011-06-13-a,1,603,15,\"Xinhua, June 13\"\r\n", spans, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", citations.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.EndsWith("\r\n", citations, StringComparison.Ordinal);
    }

    [Fact]
    public void ExportCsv_WithoutOut_WritesTheFactsTableToStdoutWithoutByteOrderMark()
    {
        CliResult result = CliRun.Run("export", "--format", "csv");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal("", result.Error);
        Golden.AssertMatches("facts.csv", Encoding.UTF8.GetBytes(result.Output));
        Assert.Equal(KazChinaEdition.Current.ToFactsTable(), CsvTables.Read("facts", Encoding.UTF8.GetBytes(result.Output)));
    }

    [Theory]
    [InlineData("csv", "records.csv")]
    [InlineData("parquet", "records.parquet")]
    public void ExportFolder_ExistingFileWithoutForce_FailsBeforeWritingAnyFile(string format, string fileName)
    {
        File.WriteAllText(_folder[fileName], "mine");

        CliResult result = CliRun.Run("export", "--format", format, "--out", _folder.Path);

        CliRun.AssertFailed(result, $"kazchina: '{_folder[fileName]}' already exists; pass --force to overwrite it.\n");
        Assert.Equal([fileName], _folder.FileNames());
        Assert.Equal("mine", File.ReadAllText(_folder[fileName]));
    }

    [Fact]
    public void ExportCsv_ExistingFilesWithForce_ReplacesThem()
    {
        File.WriteAllText(_folder["records.csv"], "mine");

        CliResult result = CliRun.Run("export", "--format", "csv", "--out", _folder.Path, "--force");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(CsvPackageExport.FileNames.Count, _folder.FileNames().Length);
        Assert.Equal(CsvTables.TextOf(CsvTables.Table(KazChinaEdition.Current, "records")), CsvTables.Read("records", File.ReadAllBytes(_folder["records.csv"])));
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("parquet")]
    public void ExportFolder_OutIsAFile_FailsWithExitCode2(string format)
    {
        File.WriteAllText(_folder["taken"], "");

        CliResult result = CliRun.Run("export", "--format", format, "--out", _folder["taken"]);

        CliRun.AssertFailed(result, $"kazchina: Cannot write to '{_folder["taken"]}': it is a file; for csv and parquet, --out names a folder.\n");
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("parquet")]
    public void ExportFolder_FolderCannotBeCreated_FailsWithExitCode2AndOneLine(string format)
    {
        File.WriteAllText(_folder["taken"], "");
        string below = Path.Combine(_folder["taken"], "tables");

        CliResult result = CliRun.Run("export", "--format", format, "--out", below);

        CliRun.AssertFailedWith(result, $"kazchina: Cannot create the folder '{below}': ");
        Assert.Equal(["taken"], _folder.FileNames());
    }

    [Fact]
    public void ExportSqlite_ToFile_WritesADatabaseOfTheRelationalTables()
    {
        CliResult result = CliRun.Run("export", "--format", "sqlite", "--out", _folder["edition.sqlite"]);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal($"Wrote {_folder["edition.sqlite"]}\n", result.Output);
        using var connection = new SqliteConnection($"Data Source={_folder["edition.sqlite"]};Mode=ReadOnly;Pooling=False");
        connection.Open();
        foreach (RelationalTable table in KazChinaEdition.Current.ToRelationalTables())
        {
            Assert.Equal([table.Rows.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)], QueryResults.Rows(connection, $"SELECT COUNT(*) FROM \"{table.Name}\""));
        }

        Assert.Equal(["edition.sqlite"], _folder.Entries());
    }

    [Fact]
    public void ExportCslJson_ToFile_MatchesGoldenFile()
    {
        CliResult result = CliRun.Run("export", "--format", "csl-json", "--out", _folder["citations.json"]);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal($"Wrote {_folder["citations.json"]}\n", result.Output);
        Assert.Equal(["citations.json"], _folder.FileNames());
        Golden.AssertMatches("citations.csl.json", File.ReadAllBytes(_folder["citations.json"]));
    }

    [Fact]
    public void ExportCslJson_WithoutOut_WritesTheSameToStdout()
    {
        CliResult result = CliRun.Run("export", "--format", "CSL-JSON");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(Golden.Folder, "citations.csl.json")), result.Output);
    }

    [Fact]
    public void ExportCslJson_ExistingFileWithForce_ReplacesIt()
    {
        File.WriteAllText(_folder["citations.json"], "mine");

        CliResult result = CliRun.Run("export", "--format", "csl-json", "--out", _folder["citations.json"], "--force");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(Golden.Folder, "citations.csl.json")), File.ReadAllText(_folder["citations.json"]));
        Assert.Equal(["citations.json"], _folder.FileNames());
    }

    [Fact]
    public void ExportCslJson_FolderMissing_FailsWithExitCode2()
    {
        string path = Path.Combine(_folder["missing"], "citations.json");

        CliResult result = CliRun.Run("export", "--format", "csl-json", "--out", path);

        CliRun.AssertFailed(result, $"kazchina: Cannot write '{path}': the folder '{_folder["missing"]}' does not exist.\n");
    }

    [Fact]
    public void ExportCslJson_OutIsAFolder_FailsWithExitCode2()
    {
        CliResult result = CliRun.Run("export", "--format", "csl-json", "--out", _folder.Path);

        CliRun.AssertFailed(result, $"kazchina: Cannot write '{_folder.Path}': it is a folder; give a file name.\n");
    }

    [Theory]
    [InlineData("xml", "kazchina: Unknown format 'xml'; use json, jsonl, csv, sqlite, parquet, xlsx, csl-json, bibtex, ris or geojson.\n")]
    [InlineData("", "kazchina: Unknown format ''; use json, jsonl, csv, sqlite, parquet, xlsx, csl-json, bibtex, ris or geojson.\n")]
    public void Export_UnknownFormat_FailsWithOneLineAndExitCode2(string format, string expected)
    {
        CliResult result = CliRun.Run("export", "--format", format, "--out", _folder["x"]);

        CliRun.AssertFailed(result, expected);
        Assert.Empty(_folder.FileNames());
    }

    [Fact]
    public void Export_NoFormat_FailsWithOneLineAndExitCode2()
    {
        CliResult result = CliRun.Run("export");

        CliRun.AssertFailed(result, "kazchina: --format is required; use json, jsonl, csv, sqlite, parquet, xlsx, csl-json, bibtex, ris or geojson.\n");
    }

    [Fact]
    public void ExportJson_ToFile_ReadsBackAsTheSameEditionAndValidates()
    {
        CliResult result = CliRun.Run("export", "--format", "json", "--out", _folder["edition.json"]);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal($"Wrote {_folder["edition.json"]}\n", result.Output);
        using FileStream stream = File.OpenRead(_folder["edition.json"]);
        Assert.Equal(KazChinaEdition.Current, KazChinaJson.Deserialize<KazChinaEdition>(stream));
        Assert.Equal(ExitCodes.Success, CliRun.Run("validate", _folder["edition.json"]).ExitCode);
    }

    [Fact]
    public void ExportJson_WithoutOut_IsThePackagesIndentedWireFormatOnStdout()
    {
        CliResult result = CliRun.Run("export", "--format", "json");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.Equal(KazChinaJson.Serialize(KazChinaEdition.Current, indented: true) + "\n", result.Output);
    }

    [Fact]
    public void ExportJsonLines_ToFile_MatchesGoldenFile()
    {
        CliResult result = CliRun.Run("export", "--format", "jsonl", "--out", _folder["records.jsonl"]);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Golden.AssertMatches("records.jsonl", File.ReadAllBytes(_folder["records.jsonl"]));
    }

    [Fact]
    public void ExportJsonLines_EachLine_IsOneRecordWithItsKindReadableByTheLibrary()
    {
        CliResult result = CliRun.Run("export", "--format", "jsonl");

        string[] lines = result.Output.Split('\n');
        Assert.Equal("", lines[^1]);
        EditionRecord[] records = [.. KazChinaEdition.Current.Records];
        Assert.Equal(records.Length, lines.Length - 1);
        for (int i = 0; i < records.Length; i++)
        {
            using System.Text.Json.JsonDocument line = System.Text.Json.JsonDocument.Parse(lines[i]);
            Assert.Equal(RecordKindNames.Name(records[i].Kind), line.RootElement.GetProperty("$type").GetString());
            Assert.Equal(records[i], KazChinaJson.Deserialize<EditionRecord>(lines[i]));
        }
    }

    [Fact]
    public void ExportCsv_FromEditionFile_ExportsThatEditionsTables()
    {
        string path = EditionFiles.Write(_folder, "synthetic.json", EditionFiles.Synthetic);

        CliResult result = CliRun.Run("export", "--format", "csv", "--edition", path, "--out", _folder["tables"]);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        foreach (RelationalTable table in EditionFiles.Synthetic.ToRelationalTables())
        {
            Assert.Equal(CsvTables.TextOf(table), CsvTables.Read(table.Name, File.ReadAllBytes(Path.Combine(_folder["tables"], table.Name + ".csv"))));
        }
    }

    [Fact]
    public void ExportJsonLines_FromEditionFile_WritesThatEditionsRecords()
    {
        string path = EditionFiles.Write(_folder, "synthetic.json", EditionFiles.Synthetic);

        CliResult result = CliRun.Run("export", "--format", "jsonl", "--edition", path);

        Assert.Equal(EditionFiles.Synthetic.Records.Count, result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Export_EditionFileMissing_FailsWithOneLineAndWritesNothing()
    {
        CliResult result = CliRun.Run("export", "--format", "csv", "--edition", _folder["missing.json"], "--out", _folder["tables"]);

        CliRun.AssertFailed(result, $"kazchina: Cannot read '{_folder["missing.json"]}': the file does not exist.\n");
        Assert.False(Directory.Exists(_folder["tables"]));
    }

    [Fact]
    public void Export_EditionFileMalformed_FailsWithOneLineAndExitCode2()
    {
        string path = EditionFiles.WriteText(_folder, "broken.json", "{\"schemaVersion\": 1,");

        CliResult result = CliRun.Run("export", "--format", "json", "--edition", path);

        CliRun.AssertFailedWith(result, $"kazchina: Cannot read '{path}' as JSON: $");
    }

    [Fact]
    public void Export_EditionFileInvalid_FailsWithOneLineCountingTheProblemsAndExitCode1()
    {
        string json = KazChinaJson.Serialize(KazChinaEdition.Current).Replace("\"lenderId\":\"china-development-bank\"", "\"lenderId\":\"nobody\"", StringComparison.Ordinal);
        string path = EditionFiles.WriteText(_folder, "edited.json", json);

        CliResult result = CliRun.Run("export", "--format", "json", "--edition", path);

        Assert.Equal(ExitCodes.Invalid, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Equal(
            $"kazchina: '{path}' is not a valid edition (1 problem; kazchina validate lists them all); the first: $.loans[0].lenderId (loan-cdb-kazakhmys-aktogay): LenderId refers to 'nobody', which no record has.\n",
            result.Error);
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using DuckDB.NET.Data;
using FsCheck.Xunit;
using KazChina.Model.Cli;
using KazChina.Model.Exports;
using Xunit;

namespace KazChina.Model.Tests.Exports;

/// <summary>
/// The Parquet folder read by an embedded DuckDB as its users read it, with <c>read_parquet</c>: the types DuckDB sees,
/// which columns are required, every value, the report views compared with SQLite's, and many editions' folders read
/// as one dataset.
/// </summary>
public sealed class ParquetExportTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Parquet_ReadByDuckDb_HoldsEveryValueOfTheRelationalTablesLedByTheEditionsId()
    {
        Assert.Equal(ExitCodes.Success, CliRun.Run("export", "--format", "parquet", "--out", _folder["parquet"]).ExitCode);
        using DuckDBConnection duck = OpenDuckDb();

        foreach (RelationalTable table in KazChinaEdition.Current.ToRelationalTables())
        {
            string file = Read(_folder["parquet"], table.Name);
            Assert.Equal(
                [ParquetExport.EditionIdColumn, ParquetExport.DataVersionColumn, .. table.Definition.Columns.Select(c => c.Name)],
                QueryResults.Columns(duck, $"SELECT * FROM {file}"));
            Assert.Equal(SqliteExportTests.Expected(table), QueryResults.Rows(duck, $"SELECT * EXCLUDE (edition_id, data_version) FROM {file}"));
            Assert.Equal(
                table.Rows.Count == 0 ? [] : [$"eurasia-daily-monitor-8-128 | {KazChinaEdition.Current.DataVersion} | {table.Rows.Count}"],
                QueryResults.Rows(duck, $"SELECT edition_id, data_version, count(*) FROM {file} GROUP BY ALL"));
        }
    }

    [Fact]
    public void Parquet_EveryColumn_HasTheDeclaredDuckDbTypeAndIsRequiredUnlessNullable()
    {
        Assert.Equal(ExitCodes.Success, CliRun.Run("export", "--format", "parquet", "--out", _folder["parquet"]).ExitCode);
        using DuckDBConnection duck = OpenDuckDb();

        foreach (TableDefinition table in EditionDatabase.Schema)
        {
            string path = Literal(Path.Combine(_folder["parquet"], ParquetExport.FileNameOf(table)));
            List<string> expected =
            [
                "edition_id | VARCHAR | REQUIRED",
                "data_version | VARCHAR | REQUIRED",
                .. table.Columns.Select(c => $"{c.Name} | {DuckDbTypes.Of(c.Type)} | {(c.IsNullable ? "OPTIONAL" : "REQUIRED")}"),
            ];
            Assert.Equal(
                expected.Order(StringComparer.Ordinal),
                QueryResults.Rows(duck, $"SELECT d.column_name, d.column_type, s.repetition_type FROM (DESCRIBE SELECT * FROM read_parquet({path})) d JOIN parquet_schema({path}) s ON s.name = d.column_name"));
        }

        string projects = Literal(Path.Combine(_folder["parquet"], "projects.parquet"));
        Assert.Equal(
            ["cost | FIXED_LEN_BYTE_ARRAY | DECIMAL | 10 | 38", "edition_id | BYTE_ARRAY | UTF8 | NULL | NULL", "when_earliest | INT32 | DATE | NULL | NULL", "when_year | INT64 | INT_64 | NULL | NULL", "when_year_inferred | BOOLEAN | NULL | NULL | NULL"],
            QueryResults.Rows(duck, $"SELECT name, type, converted_type, scale, precision FROM parquet_schema({projects}) WHERE name IN ('edition_id', 'cost', 'when_earliest', 'when_year', 'when_year_inferred')"));
    }

    [Fact]
    public void ReportViews_InDuckDbOverTheParquetAndInTheSqliteFile_GiveEqualResults()
    {
        Assert.Equal(ExitCodes.Success, CliRun.Run("export", "--format", "parquet", "--out", _folder["parquet"]).ExitCode);
        Assert.Equal(ExitCodes.Success, CliRun.Run("export", "--format", "sqlite", "--out", _folder["edition.sqlite"]).ExitCode);

        using DuckDBConnection duck = OpenTables(_folder["parquet"]);
        DuckDbTests.AssertReportViewsEqual(duck, _folder["edition.sqlite"], everyViewHasRows: true);
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 5)]
    public void Parquet_AnyEdition_HoldsEveryValueAndGivesTheReportViewsSqliteGives(KazChinaEdition edition)
    {
        string folder = WriteFolder(Guid.NewGuid().ToString("N"), edition);
        SqliteExport.WriteFile(edition, Path.Combine(folder, "edition.sqlite"));

        using DuckDBConnection duck = OpenTables(folder);
        foreach (RelationalTable table in edition.ToRelationalTables())
        {
            Assert.Equal(SqliteExportTests.Expected(table), QueryResults.Rows(duck, $"SELECT * FROM \"{table.Name}\""));
        }

        DuckDbTests.AssertReportViewsEqual(duck, Path.Combine(folder, "edition.sqlite"), everyViewHasRows: false);
    }

    [Fact]
    public void Parquet_TwoEditionsFolders_ReadAsOneDatasetTellingTheEditionsApart()
    {
        KazChinaEdition generated = EditionFiles.Synthetic;
        WriteFolder("real", KazChinaEdition.Current);
        WriteFolder("generated", generated);
        using DuckDBConnection duck = OpenDuckDb();

        foreach (TableDefinition table in EditionDatabase.Schema)
        {
            string glob = Literal(Path.Combine(_folder.Path, "*", ParquetExport.FileNameOf(table)));
            var expected = new List<string>();
            foreach (KazChinaEdition edition in new[] { KazChinaEdition.Current, generated })
            {
                int rows = edition.ToRelationalTables().Single(t => t.Name == table.Name).Rows.Count;
                if (rows > 0)
                {
                    expected.Add($"{ParquetExport.EditionIdOf(edition)} | {edition.DataVersion} | {rows}");
                }
            }

            expected.Sort(StringComparer.Ordinal);
            Assert.Equal(expected, QueryResults.Rows(duck, $"SELECT edition_id, data_version, count(*) FROM read_parquet({glob}, union_by_name = true) GROUP BY ALL"));
        }

        Assert.NotEqual(ParquetExport.EditionIdOf(KazChinaEdition.Current), ParquetExport.EditionIdOf(generated));
        string trade = Literal(Path.Combine(_folder.Path, "*", "trade_figures.parquet"));
        Assert.Equal(
            QueryResults.Rows(duck, $"SELECT sum(amount) FROM read_parquet({Literal(Path.Combine(_folder["real"], "trade_figures.parquet"))})")
                .Concat(QueryResults.Rows(duck, $"SELECT sum(amount) FROM read_parquet({Literal(Path.Combine(_folder["generated"], "trade_figures.parquet"))})"))
                .Order(StringComparer.Ordinal),
            QueryResults.Rows(duck, $"SELECT sum(amount) FROM read_parquet({trade}) GROUP BY edition_id"));
    }

    [Theory]
    [InlineData("0.0000000001")]
    [InlineData("-136.14")]
    [InlineData("20000000000")]
    [InlineData("9999999999999999999999999999")]
    [InlineData("-9999999999999999999999999999")]
    [InlineData("1.50000000000000000000")]
    public void WriteTable_DecimalThatFits_ReadsBackExactly(string text)
    {
        decimal value = decimal.Parse(text, CultureInfo.InvariantCulture);
        string path = _folder["amounts.parquet"];
        using (FileStream file = File.Create(path))
        {
            ParquetExport.WriteTable(Amounts(value), "test-1-1", "0.0.1", file);
        }

        using DuckDBConnection duck = OpenDuckDb();
        Assert.Equal(
            [$"1 | {value.ToString("F10", CultureInfo.InvariantCulture)}", "2 | NULL"],
            QueryResults.Rows(duck, $"SELECT id, amount::VARCHAR FROM read_parquet({Literal(path)})"));
    }

    [Theory]
    [InlineData("0.00000000001")]
    [InlineData("10000000000000000000000000000")]
    public void WriteTable_DecimalThatDoesNotFitExactly_NamesTheTableColumnAndValue(string text)
    {
        decimal value = decimal.Parse(text, CultureInfo.InvariantCulture);

        var error = Assert.Throws<ArgumentException>(() => ParquetExport.WriteTable(Amounts(value), "test-1-1", "0.0.1", Stream.Null));

        Assert.StartsWith($"The value {text} in 'amounts.amount' does not fit DECIMAL(38,10) exactly.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Files_SameEditionTwice_GiveTheSameBytes()
    {
        string first = WriteFolder("first", KazChinaEdition.Current);
        string second = WriteFolder("second", KazChinaEdition.Current);

        foreach (string name in ParquetExport.FileNames)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(first, name)), File.ReadAllBytes(Path.Combine(second, name)));
        }
    }

    [Fact]
    public void EditionIdOf_TheEdition_IsThePublicationVolumeAndIssue()
    {
        Assert.Equal("eurasia-daily-monitor-8-128", ParquetExport.EditionIdOf(KazChinaEdition.Current));
    }

    private static RelationalTable Amounts(decimal value) =>
        new(
            new TableDefinition(
                "amounts",
                "Amounts.",
                ValueList.Create(new ColumnDefinition("id", ColumnType.Integer, false, "The row."), new ColumnDefinition("amount", ColumnType.Decimal, true, "An amount.")),
                ValueList.Create("id"),
                ValueList.Empty<ForeignKey>()),
            [[1L, value], [2L, null]]);

    private string WriteFolder(string name, KazChinaEdition edition)
    {
        string folder = _folder[name];
        Directory.CreateDirectory(folder);
        foreach ((string fileName, Action<Stream> write) in ParquetExport.Files(edition))
        {
            using FileStream file = File.Create(Path.Combine(folder, fileName));
            write(file);
        }

        return folder;
    }

    private static DuckDBConnection OpenDuckDb()
    {
        var duck = new DuckDBConnection("DataSource=:memory:");
        duck.Open();
        return duck;
    }

    /// <summary>Opens a DuckDB with a view per table over its Parquet file, the edition's columns left out, as the report views expect the tables.</summary>
    private static DuckDBConnection OpenTables(string folder)
    {
        DuckDBConnection duck = OpenDuckDb();
        foreach (TableDefinition table in EditionDatabase.Schema)
        {
            DuckDbTests.Execute(duck, $"CREATE VIEW \"{table.Name}\" AS SELECT * EXCLUDE (edition_id, data_version) FROM {Read(folder, table.Name)}");
        }

        return duck;
    }

    private static string Read(string folder, string table) => $"read_parquet({Literal(Path.Combine(folder, table + ".parquet"))})";

    private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}

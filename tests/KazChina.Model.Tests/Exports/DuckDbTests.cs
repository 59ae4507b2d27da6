using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using DuckDB.NET.Data;
using FsCheck.Xunit;
using KazChina.Model.Cli;
using KazChina.Model.Exports;
using Microsoft.Data.Sqlite;
using Xunit;

namespace KazChina.Model.Tests.Exports;

/// <summary>
/// The typed CSV export read by an embedded DuckDB as its users would: each file loaded into a table declared with the
/// types, keys and foreign keys that <c>datapackage.json</c> gives (DuckDB enforces the keys while loading), then the
/// report views run on it and compared with the same views in the SQLite export.
/// </summary>
public sealed class DuckDbTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void TypedCsv_LoadedWithTheDataPackagesTypes_HoldsEveryValueOfTheRelationalTables()
    {
        Assert.Equal(ExitCodes.Success, CliRun.Run("export", "--format", "csv", "--out", _folder["tables"]).ExitCode);

        using DuckDBConnection duck = LoadDataPackage(_folder["tables"]);

        foreach (RelationalTable table in KazChinaEdition.Current.ToRelationalTables())
        {
            Assert.Equal(table.Definition.Columns.Select(c => c.Name), QueryResults.Columns(duck, $"SELECT * FROM \"{table.Name}\""));
            Assert.Equal(SqliteExportTests.Expected(table), QueryResults.Rows(duck, $"SELECT * FROM \"{table.Name}\""));
        }

        Assert.Equal(["DECIMAL(38,10) | DATE | BOOLEAN | BIGINT"], QueryResults.Rows(duck, "SELECT typeof(cost), typeof(when_earliest), typeof(when_year_inferred), typeof(when_year) FROM projects LIMIT 1"));
        Assert.Empty(QueryResults.Rows(duck, "SELECT id FROM projects WHERE cost > 1000000000"));
    }

    [Fact]
    public void ReportViews_InDuckDbOverTheCsvAndInTheSqliteFile_GiveEqualResults()
    {
        Assert.Equal(ExitCodes.Success, CliRun.Run("export", "--format", "csv", "--out", _folder["tables"]).ExitCode);
        Assert.Equal(ExitCodes.Success, CliRun.Run("export", "--format", "sqlite", "--out", _folder["edition.sqlite"]).ExitCode);

        AssertReportViewsEqual(_folder["tables"], _folder["edition.sqlite"], everyViewHasRows: true);
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 5)]
    public void ReportViews_AnyEdition_GiveEqualResultsInDuckDbAndSqlite(KazChinaEdition edition)
    {
        string folder = _folder[Guid.NewGuid().ToString("N")];
        Directory.CreateDirectory(folder);
        foreach ((string fileName, Action<Stream> write) in CsvPackageExport.Files(edition, rawCells: true))
        {
            using FileStream file = File.Create(Path.Combine(folder, fileName));
            write(file);
        }

        SqliteExport.WriteFile(edition, Path.Combine(folder, "edition.sqlite"));

        AssertReportViewsEqual(folder, Path.Combine(folder, "edition.sqlite"), everyViewHasRows: false);
    }

    /// <summary>Creates the report views in DuckDB over a typed CSV folder and compares each view's columns and rows with the same view in a SQLite file.</summary>
    private static void AssertReportViewsEqual(string csvFolder, string sqliteFile, bool everyViewHasRows)
    {
        using DuckDBConnection duck = LoadDataPackage(csvFolder);
        AssertReportViewsEqual(duck, sqliteFile, everyViewHasRows);
    }

    /// <summary>Creates the report views in a DuckDB that holds the tables and compares each view's columns and rows with the same view in a SQLite file.</summary>
    internal static void AssertReportViewsEqual(DuckDBConnection duck, string sqliteFile, bool everyViewHasRows)
    {
        using var sqlite = new SqliteConnection($"Data Source={sqliteFile};Mode=ReadOnly;Pooling=False");
        sqlite.Open();
        foreach (ReportView view in ReportViews.All)
        {
            Execute(duck, view.CreateStatement);
            string query = $"SELECT * FROM {view.Name}";
            Assert.Equal(QueryResults.Columns(sqlite, query), QueryResults.Columns(duck, query));
            List<string> rows = QueryResults.Rows(sqlite, query);
            Assert.True(rows.Count > 0 || !everyViewHasRows, $"The view {view.Name} has no rows.");
            Assert.Equal(rows, QueryResults.Rows(duck, query));
        }
    }

    /// <summary>
    /// Opens an in-memory DuckDB and loads each resource of a folder's <c>datapackage.json</c> into a table declared from
    /// the descriptor alone: its fields' types (integer, number, string, date, boolean), required fields, primary key and
    /// foreign keys, with the CSV read by DuckDB's own reader under those types.
    /// </summary>
    private static DuckDBConnection LoadDataPackage(string folder)
    {
        var duck = new DuckDBConnection("DataSource=:memory:");
        duck.Open();
        using JsonDocument package = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "datapackage.json")));
        foreach (JsonElement resource in package.RootElement.GetProperty("resources").EnumerateArray())
        {
            string name = resource.GetProperty("name").GetString()!;
            JsonElement schema = resource.GetProperty("schema");
            var fields = schema.GetProperty("fields").EnumerateArray()
                .Select(f => (Name: f.GetProperty("name").GetString()!, Type: DuckDbType(f.GetProperty("type").GetString()!), Required: f.TryGetProperty("constraints", out JsonElement c) && c.GetProperty("required").GetBoolean()))
                .ToList();
            string[] parts =
            [
                .. fields.Select(f => $"\"{f.Name}\" {f.Type}{(f.Required ? " NOT NULL" : "")}"),
                $"PRIMARY KEY ({string.Join(", ", schema.GetProperty("primaryKey").EnumerateArray().Select(k => $"\"{k.GetString()}\""))})",
                .. schema.GetProperty("foreignKeys").EnumerateArray().Select(k =>
                    $"FOREIGN KEY (\"{k.GetProperty("fields").GetString()}\") REFERENCES \"{k.GetProperty("reference").GetProperty("resource").GetString()}\" (\"{k.GetProperty("reference").GetProperty("fields").GetString()}\")"),
            ];
            Execute(duck, $"CREATE TABLE \"{name}\" ({string.Join(", ", parts)})");
            string path = Path.Combine(folder, resource.GetProperty("path").GetString()!).Replace("'", "''", StringComparison.Ordinal);
            string columns = string.Join(", ", fields.Select(f => $"'{f.Name}': '{f.Type}'"));
            Execute(duck, $"INSERT INTO \"{name}\" SELECT * FROM read_csv('{path}', header = true, delim = ',', quote = '\"', escape = '\"', nullstr = '', auto_detect = false, columns = {{{columns}}})");
        }

        return duck;
    }

    private static string DuckDbType(string frictionlessType) => frictionlessType switch
    {
        "integer" => "BIGINT",
        "number" => "DECIMAL(38,10)",
        "string" => "VARCHAR",
        "date" => "DATE",
        "boolean" => "BOOLEAN",
        _ => throw new ArgumentException($"The datapackage names the type '{frictionlessType}', which the export does not write."),
    };

    internal static void Execute(DuckDBConnection connection, string sql)
    {
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

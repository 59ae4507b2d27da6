using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using DuckDB.NET.Data;
using KazChina.Model.Exports;
using KazChina.Model.Tests;

namespace KazChina.Model.Benchmarks;

/// <summary>
/// <see cref="ParquetExport"/> on 1,000 generated editions (a folder each, one file per table, every row led by the
/// edition's id and data version) beside DuckDB's own conversion of the same rows from the typed CSV export: one
/// <c>COPY (SELECT … FROM read_csv('csv/*/table.csv', …)) TO 'table.parquet' (FORMAT parquet)</c> per table, with the
/// datapackage's types and the edition's id joined in by folder, so DuckDB writes one file per table where ours writes
/// one per table and edition. Ours starts from the editions in memory and includes the relational projection; DuckDB
/// starts from the CSV files written in setup and may use every core. A reference creates the same 40,000 files with
/// the same sizes and no Parquet work, the floor of writing a folder per edition. The <c>Rows/s</c> column divides the
/// rows of all tables by the mean time.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(RowsPerSecondConfig))]
public class ParquetBenchmarks
{
    /// <summary>
    /// The number of generated editions exported per invocation: 1,000, or the number in the environment variable
    /// <c>KAZCHINA_PARQUET_EDITIONS</c>. CI's dry run sets a few, since it checks that the benchmark runs and the
    /// setup of 1,000 editions (41,000 CSV files) alone takes minutes.
    /// </summary>
    public static int EditionCount { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("KAZCHINA_PARQUET_EDITIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out int count) && count > 0 ? count : 1_000;

    private static readonly Lazy<long> Rows = new(() => GenerateEditions().Sum(e => e.ToRelationalTables().Sum(t => (long)t.Rows.Count)));

    private KazChinaEdition[] _editions = null!;
    private string _root = null!;
    private string[] _copies = null!;
    private int[][] _fileSizes = null!;
    private DuckDBConnection _duck = null!;

    /// <summary>Generates the editions, writes their typed CSV packages, and prepares DuckDB's table of editions and its conversion statements.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _editions = GenerateEditions();
        _root = Directory.CreateTempSubdirectory("kazchina-parquet-bench-").FullName;
        var editions = new StringBuilder("CREATE TABLE editions (folder VARCHAR PRIMARY KEY, edition_id VARCHAR NOT NULL, data_version VARCHAR NOT NULL);\nINSERT INTO editions VALUES ");
        for (int i = 0; i < _editions.Length; i++)
        {
            string csv = Folder("csv", i);
            foreach ((string fileName, Action<Stream> write) in CsvPackageExport.Files(_editions[i], rawCells: true))
            {
                using FileStream file = File.Create(Path.Combine(csv, fileName));
                write(file);
            }

            editions.Append(CultureInfo.InvariantCulture, $"{(i > 0 ? ", " : "")}({Literal(csv)}, {Literal(ParquetExport.EditionIdOf(_editions[i]))}, {Literal(_editions[i].DataVersion)})");
            Folder("ours", i);
        }

        string duck = Directory.CreateDirectory(Path.Combine(_root, "duckdb")).FullName;
        _copies =
        [
            .. EditionDatabase.Schema.Select(table =>
            {
                string columns = string.Join(", ", table.Columns.Select(c => $"'{c.Name}': '{DuckDbTypes.Of(c.Type)}'"));
                string files = Literal(Path.Combine(_root, "csv", "*", CsvPackageExport.FileNameOf(table)));
                return $"COPY (SELECT e.edition_id, e.data_version, c.* EXCLUDE (filename) FROM read_csv({files}, header = true, delim = ',', quote = '\"', escape = '\"', nullstr = '', auto_detect = false, filename = true, columns = {{{columns}}}) c JOIN editions e ON e.folder = parse_dirpath(c.filename)) TO {Literal(Path.Combine(duck, ParquetExport.FileNameOf(table)))} (FORMAT parquet, COMPRESSION snappy)";
            }),
        ];
        _fileSizes = [.. _editions.Select(e => ParquetExport.Files(e).Select(f => SizeOf(f.Write)).ToArray())];
        _duck = new DuckDBConnection("DataSource=:memory:");
        _duck.Open();
        using DuckDBCommand command = _duck.CreateCommand();
        command.CommandText = editions.Append(';').ToString();
        command.ExecuteNonQuery();
    }

    /// <summary>Closes DuckDB and deletes the files.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _duck.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    /// <summary>DuckDB converts every edition's typed CSV tables into Parquet: one statement and one file per table, the edition's id joined in by the file's folder.</summary>
    /// <returns>The number of rows written.</returns>
    [Benchmark(Baseline = true)]
    public long DuckDbCsvToParquet()
    {
        long rows = 0;
        foreach (string copy in _copies)
        {
            using DuckDBCommand command = _duck.CreateCommand();
            command.CommandText = copy;
            rows += command.ExecuteNonQuery();
        }

        return rows;
    }

    /// <summary>Writes every edition's folder, one file per table, as <see cref="ParquetExport.Files"/> does.</summary>
    /// <returns>The number of rows written.</returns>
    [Benchmark]
    public long ParquetExportFolders()
    {
        long rows = 0;
        for (int i = 0; i < _editions.Length; i++)
        {
            KazChinaEdition edition = _editions[i];
            string folder = Path.Combine(_root, "ours", i.ToString(CultureInfo.InvariantCulture));
            string editionId = ParquetExport.EditionIdOf(edition);
            foreach (RelationalTable table in edition.ToRelationalTables())
            {
                using FileStream file = File.Create(Path.Combine(folder, ParquetExport.FileNameOf(table.Definition)));
                ParquetExport.WriteTable(table, editionId, edition.DataVersion, file);
                rows += table.Rows.Count;
            }
        }

        return rows;
    }

    /// <summary>Reference: creates the same 40,000 files with the same sizes, and no Parquet in them, in the folders of <see cref="ParquetExportFolders"/>: what the files alone cost.</summary>
    /// <returns>The number of bytes written.</returns>
    [Benchmark]
    public long CreateTheSameFilesOnly()
    {
        long bytes = 0;
        byte[] content = new byte[_fileSizes.Max(sizes => sizes.Max())];
        for (int i = 0; i < _fileSizes.Length; i++)
        {
            string folder = Path.Combine(_root, "ours", i.ToString(CultureInfo.InvariantCulture));
            for (int t = 0; t < _fileSizes[i].Length; t++)
            {
                using FileStream file = File.Create(Path.Combine(folder, ParquetExport.FileNameOf(EditionDatabase.Schema[t])));
                file.Write(content, 0, _fileSizes[i][t]);
                bytes += _fileSizes[i][t];
            }
        }

        return bytes;
    }

    /// <summary>Generates the editions: <see cref="EditionCount"/> seeds, each an edition of one record per kind (two countries and organizations more).</summary>
    private static KazChinaEdition[] GenerateEditions() =>
        [.. Enumerable.Range(0, EditionCount).Select(i => SyntheticEdition.Create(Editions.Seed + i, perKind: 1))];

    private static int SizeOf(Action<Stream> write)
    {
        using var bytes = new MemoryStream();
        write(bytes);
        return (int)bytes.Length;
    }

    private string Folder(string kind, int edition) =>
        Directory.CreateDirectory(Path.Combine(_root, kind, edition.ToString(CultureInfo.InvariantCulture))).FullName;

    private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>Adds the <see cref="RowsPerSecondColumn"/>.</summary>
    private sealed class RowsPerSecondConfig : ManualConfig
    {
        public RowsPerSecondConfig() => AddColumn(new RowsPerSecondColumn());
    }

    /// <summary>The rows of all tables of all editions divided by a benchmark's mean time.</summary>
    private sealed class RowsPerSecondColumn : IColumn
    {
        public string Id => nameof(RowsPerSecondColumn);

        public string ColumnName => "Rows/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => $"Rows of all tables of the {EditionCount} editions per second of the mean time";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            double? nanoseconds = summary[benchmarkCase]?.ResultStatistics?.Mean;
            return nanoseconds is > 0 ? (Rows.Value / (nanoseconds.Value / 1e9)).ToString("N0", CultureInfo.InvariantCulture) : "-";
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}

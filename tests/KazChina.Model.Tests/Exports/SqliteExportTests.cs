using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FsCheck.Xunit;
using KazChina.Model.Exports;
using Microsoft.Data.Sqlite;
using Xunit;

namespace KazChina.Model.Tests.Exports;

/// <summary>The SQLite export, opened with Microsoft.Data.Sqlite and its own copy of SQLite.</summary>
public sealed class SqliteExportTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void WriteFile_CurrentEdition_EveryTableHasItsDeclaredTypesKeysAndEveryValue()
    {
        using SqliteConnection connection = Open(KazChinaEdition.Current);

        foreach (RelationalTable table in KazChinaEdition.Current.ToRelationalTables())
        {
            var declared = Pragma(connection, $"table_info(\"{table.Name}\")").ToDictionary(r => (string)r["name"]!);
            Assert.Equal(table.Definition.Columns.Select(c => c.Name), declared.Keys);
            foreach (ColumnDefinition column in table.Definition.Columns)
            {
                Assert.Equal(SqliteType(column.Type), declared[column.Name]["type"]);
                Assert.Equal(column.IsNullable ? 0L : 1L, declared[column.Name]["notnull"]);
                Assert.Equal(table.Definition.PrimaryKey.ToList().IndexOf(column.Name) + 1L, declared[column.Name]["pk"]);
            }

            Assert.Equal(
                table.Definition.ForeignKeys.Select(k => (k.Column, k.ReferencedTable, k.ReferencedColumn)).Order(),
                Pragma(connection, $"foreign_key_list(\"{table.Name}\")").Select(r => ((string)r["from"]!, (string)r["table"]!, (string)r["to"]!)).Order());
            Assert.Equal(Expected(table), QueryResults.Rows(connection, $"SELECT * FROM \"{table.Name}\""));
        }
    }

    [Fact]
    public void WriteFile_CurrentEdition_ForeignKeyAndIntegrityChecksFindNothing()
    {
        using SqliteConnection connection = Open(KazChinaEdition.Current);

        Assert.Empty(Pragma(connection, "foreign_key_check"));
        Assert.Equal("ok", Assert.Single(Pragma(connection, "integrity_check"))["integrity_check"]);
    }

    [Fact]
    public void WriteFile_EveryForeignKeyColumn_HasAnIndex()
    {
        using SqliteConnection connection = Open(KazChinaEdition.Current);

        foreach (TableDefinition table in EditionDatabase.Schema)
        {
            HashSet<string> indexed = [.. Pragma(connection, $"index_list(\"{table.Name}\")")
                .Select(index => (string)Pragma(connection, $"index_info(\"{index["name"]}\")")[0]["name"]!)];
            Assert.All(table.ForeignKeys, k => Assert.Contains(k.Column, indexed));
        }
    }

    [Fact]
    public void WriteFile_AbsentValues_AreNullNeverEmptyText()
    {
        using SqliteConnection connection = Open(KazChinaEdition.Current);

        foreach (TableDefinition table in EditionDatabase.Schema)
        {
            foreach (ColumnDefinition column in table.Columns)
            {
                Assert.Equal("0", Assert.Single(QueryResults.Rows(connection, $"SELECT COUNT(*) FROM \"{table.Name}\" WHERE \"{column.Name}\" = ''")));
            }
        }

        Assert.Equal(["NULL | NULL"], QueryResults.Rows(connection, "SELECT cost, cost_currency FROM projects WHERE id = 'astana-almaty-railway'"));
    }

    [Fact]
    public void WriteFile_Money_ComparesAsNumbers()
    {
        using SqliteConnection connection = Open(KazChinaEdition.Current);

        Assert.Empty(QueryResults.Rows(connection, "SELECT id FROM projects WHERE cost > 1000000000"));
        Assert.Equal(["horgos-border-cooperation-center | CNY | integer"], QueryResults.Rows(connection, "SELECT id, cost_currency, typeof(cost) FROM projects WHERE cost > 800000000"));
        Assert.Equal(["1.85", "3.34"], QueryResults.Rows(connection, "SELECT area FROM project_areas WHERE typeof(area) = 'real'"));
    }

    [Fact]
    public void WriteFile_ReportViews_AllRunAndCoverTheirTables()
    {
        using SqliteConnection connection = Open(KazChinaEdition.Current);
        KazChinaEdition edition = KazChinaEdition.Current;

        Assert.Equal(edition.Records.Count, QueryResults.Rows(connection, "SELECT * FROM record_names").Count);
        Assert.Equal(edition.TradeFigures.Count, QueryResults.Rows(connection, "SELECT * FROM trade_figure_report").Count);
        Assert.Equal(edition.Agreements.Sum(a => a.PartyIds.Count), QueryResults.Rows(connection, "SELECT * FROM agreements_by_party").Count);
        Assert.Equal(edition.Projects.Sum(p => Math.Max(1, p.PlaceIds.Count)), QueryResults.Rows(connection, "SELECT * FROM project_report").Count);
        Assert.Equal(edition.Records.Sum(r => r.Evidence.Spans.Count), QueryResults.Rows(connection, "SELECT * FROM record_evidence").Count);
        Assert.Equal(edition.Records.Sum(r => r.Evidence.CitationIds.Count), QueryResults.Rows(connection, "SELECT * FROM record_citations").Count);
        Assert.Equal(
            edition.Records.Count(r => r is not Citation && EditionIndex.WhenOf(r) is not null),
            QueryResults.Rows(connection, "SELECT * FROM timeline").Count);
        Assert.Equal(["loan-cdb-kazakhmys-aktogay | 15000000000 | 1500000000"], QueryResults.Rows(connection, "SELECT l.id, l.amount, r.amount FROM loans l JOIN readings r ON r.target_id = l.id AND r.member = 'amount'"));
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 10)]
    public void WriteFile_AnyEdition_KeepsEveryRowAndBreaksNoForeignKey(KazChinaEdition edition)
    {
        using SqliteConnection connection = Open(edition);

        Assert.Empty(Pragma(connection, "foreign_key_check"));
        foreach (RelationalTable table in edition.ToRelationalTables())
        {
            Assert.Equal(Expected(table), QueryResults.Rows(connection, $"SELECT * FROM \"{table.Name}\""));
        }
    }

    [Fact]
    public void Write_ToAStream_GivesTheBytesOfADatabaseAndLeavesNoTemporaryFile()
    {
        string[] before = Directory.GetFiles(Path.GetTempPath(), "kazchina-*.sqlite");
        using (FileStream file = File.Create(_folder["copy.sqlite"]))
        {
            SqliteExport.Write(KazChinaEdition.Current, file);
        }

        using var connection = new SqliteConnection($"Data Source={_folder["copy.sqlite"]};Mode=ReadOnly;Pooling=False");
        connection.Open();
        Assert.Equal([KazChinaEdition.Current.Records.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)], QueryResults.Rows(connection, "SELECT COUNT(*) FROM records"));
        Assert.Equal(before, Directory.GetFiles(Path.GetTempPath(), "kazchina-*.sqlite"));
    }

    [Fact]
    public void WriteFile_PathExists_FailsWithIOExceptionNamingIt()
    {
        File.WriteAllText(_folder["taken.sqlite"], "mine");

        var error = Assert.Throws<IOException>(() => SqliteExport.WriteFile(KazChinaEdition.Current, _folder["taken.sqlite"]));

        Assert.Equal($"'{_folder["taken.sqlite"]}' already exists; the database is written to a new file only.", error.Message);
        Assert.Equal("mine", File.ReadAllText(_folder["taken.sqlite"]));
    }

    /// <summary>A table's rows as the database should give them back, in the form <see cref="QueryResults"/> compares.</summary>
    internal static List<string> Expected(RelationalTable table)
    {
        List<string> rows = [.. table.Rows.Select(row => string.Join(" | ", row.Select(cell => cell switch
        {
            null => "NULL",
            bool flag => flag ? "1" : "0",
            _ => CellText.Format(cell),
        })))];
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    private SqliteConnection Open(KazChinaEdition edition)
    {
        string path = _folder[Guid.NewGuid().ToString("N") + ".sqlite"];
        SqliteExport.WriteFile(edition, path);
        var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }

    private static List<Dictionary<string, object?>> Pragma(SqliteConnection connection, string pragma)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "PRAGMA " + pragma;
        using SqliteDataReader reader = command.ExecuteReader();
        var rows = new List<Dictionary<string, object?>>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => reader.IsDBNull(i) ? null : reader.GetValue(i)));
        }

        return rows;
    }

    private static string SqliteType(ColumnType type) => type switch
    {
        ColumnType.Integer => "INTEGER",
        ColumnType.Decimal => "DECIMAL",
        ColumnType.Text => "TEXT",
        ColumnType.Date => "DATE",
        _ => "BOOLEAN",
    };
}

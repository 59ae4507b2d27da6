using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Data.Sqlite;

namespace KazChina.Model.Exports;

/// <summary>
/// The relational model (<see cref="EditionDatabase"/>) as one SQLite database: every table with declared column types
/// (<c>INTEGER</c>, <c>DECIMAL</c>, <c>TEXT</c>, <c>DATE</c>, <c>BOOLEAN</c>), <c>NOT NULL</c> where a value is always
/// given, NULL for what is absent, its primary key, its foreign keys and an index on each foreign key column, and the
/// <see cref="ReportViews"/>.
/// </summary>
/// <remarks>
/// SQLite stores a <c>DECIMAL</c> column with numeric affinity: whole amounts are exact integers, others are doubles, so
/// <c>WHERE amount &gt; 1000000000</c> compares numbers. Dates are ISO 8601 text (<c>2011-06-13</c>), which sorts and
/// compares as dates do, and booleans are 0 and 1. Foreign keys are declared; <c>PRAGMA foreign_key_check</c> finds
/// nothing in a written file, which is checked before it is handed over.
/// </remarks>
public static class SqliteExport
{
    /// <summary>Writes an edition's database as the bytes of a SQLite file.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="destination">Where the file's bytes go; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The database's temporary file cannot be written, or writing to <paramref name="destination"/> fails.</exception>
    /// <remarks>SQLite writes to a file, not a stream: the database is built in a temporary file, copied and deleted.</remarks>
    public static void Write(KazChinaEdition edition, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(edition);
        ArgumentNullException.ThrowIfNull(destination);
        string path = Path.Combine(Path.GetTempPath(), "kazchina-" + Guid.NewGuid().ToString("N") + ".sqlite");
        try
        {
            WriteFile(edition, path);
            using FileStream file = File.OpenRead(path);
            file.CopyTo(destination);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Writes an edition's database to a new SQLite file.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="path">The file to create; it must not exist.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">Something exists at <paramref name="path"/>, or the file cannot be written.</exception>
    public static void WriteFile(KazChinaEdition edition, string path)
    {
        ArgumentNullException.ThrowIfNull(edition);
        ArgumentNullException.ThrowIfNull(path);
        if (File.Exists(path) || Directory.Exists(path))
        {
            throw new IOException($"'{path}' already exists; the database is written to a new file only.");
        }

        // Without pooling the file is closed when the connection is, so that it can be copied and deleted at once.
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false };
        try
        {
            using var connection = new SqliteConnection(builder.ConnectionString);
            connection.Open();
            Execute(connection, "PRAGMA foreign_keys = ON");
            using (SqliteTransaction transaction = connection.BeginTransaction())
            {
                foreach (RelationalTable table in edition.ToRelationalTables())
                {
                    Execute(connection, CreateTable(table.Definition));
                    Insert(connection, table);
                    foreach (ForeignKey key in table.Definition.ForeignKeys)
                    {
                        Execute(connection, $"CREATE INDEX {Quote("ix_" + table.Name + "_" + key.Column)} ON {Quote(table.Name)} ({Quote(key.Column)})");
                    }
                }

                foreach (ReportView view in ReportViews.All)
                {
                    Execute(connection, view.CreateStatement);
                }

                transaction.Commit();
            }

            using SqliteCommand check = connection.CreateCommand();
            check.CommandText = "PRAGMA foreign_key_check";
            using SqliteDataReader violations = check.ExecuteReader();
            if (violations.Read())
            {
                throw new InvalidOperationException($"The database breaks a foreign key: a row of '{violations.GetString(0)}' refers to a missing row of '{violations.GetString(2)}'.");
            }
        }
        catch (SqliteException e)
        {
            throw new IOException($"Cannot write the database '{path}': {e.Message}", e);
        }
    }

    /// <summary>Returns the <c>CREATE TABLE</c> statement of a table.</summary>
    /// <param name="table">The table's definition.</param>
    /// <returns>The statement, with declared types, <c>NOT NULL</c>, the primary key and the foreign keys.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public static string CreateTable(TableDefinition table)
    {
        ArgumentNullException.ThrowIfNull(table);
        string[] parts =
        [
            .. table.Columns.Select(c => $"{Quote(c.Name)} {DeclaredType(c.Type)}{(c.IsNullable ? "" : " NOT NULL")}"),
            $"PRIMARY KEY ({string.Join(", ", table.PrimaryKey.Select(Quote))})",
            .. table.ForeignKeys.Select(k => $"FOREIGN KEY ({Quote(k.Column)}) REFERENCES {Quote(k.ReferencedTable)} ({Quote(k.ReferencedColumn)})"),
        ];
        return $"CREATE TABLE {Quote(table.Name)} (\n  {string.Join(",\n  ", parts)}\n)";
    }

    /// <summary>The declared type of a column: one whose affinity stores the cells as SQLite should (numeric for numbers, dates and booleans, text for text).</summary>
    private static string DeclaredType(ColumnType type) => type switch
    {
        ColumnType.Integer => "INTEGER",
        ColumnType.Decimal => "DECIMAL",
        ColumnType.Text => "TEXT",
        ColumnType.Date => "DATE",
        _ => "BOOLEAN",
    };

    private static void Insert(SqliteConnection connection, RelationalTable table)
    {
        ValueList<ColumnDefinition> columns = table.Definition.Columns;
        using SqliteCommand insert = connection.CreateCommand();
        insert.CommandText = $"INSERT INTO {Quote(table.Name)} ({string.Join(", ", columns.Select(c => Quote(c.Name)))}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
        SqliteParameter[] parameters = [.. columns.Select((_, i) => insert.Parameters.Add(new SqliteParameter("$p" + i, null)))];
        foreach (IReadOnlyList<object?> row in table.Rows)
        {
            for (int c = 0; c < parameters.Length; c++)
            {
                parameters[c].Value = row[c] switch
                {
                    null => DBNull.Value,
                    bool flag => flag ? 1L : 0L,
                    long number => number,
                    object cell => CellText.Format(cell),
                };
            }

            insert.ExecuteNonQuery();
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsvHelper;

namespace KazChina.Model.Exports;

/// <summary>
/// The relational model (<see cref="EditionDatabase"/>) as a Frictionless Data package: one typed, flat CSV file per
/// table and a <c>datapackage.json</c> that gives each file's columns, types, primary key and foreign keys, so DuckDB,
/// pandas, R or frictionless-py read the files with their types instead of guessing.
/// </summary>
/// <remarks>
/// <para>
/// The files are RFC 4180 (comma, CRLF, quotes only where needed), UTF-8 without a byte order mark, with a header row.
/// The NULL convention: an empty field is null (not stated, or not applicable), and nothing else is; text is never
/// empty. Integers and decimals are invariant, without exponent or grouping (<c>20000000000</c>, <c>136.14</c>);
/// dates are ISO 8601 days (<c>2011-06-13</c>); booleans are <c>true</c>/<c>false</c>.
/// </para>
/// <para>
/// Unless raw cells are asked for, a text cell that a spreadsheet would run as a formula (one starting with
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return) gets a leading apostrophe, as OWASP advises
/// against CSV injection; the package's description says so. Integer, decimal, date and boolean cells are never
/// changed: numbers stay numbers.
/// </para>
/// </remarks>
public static class CsvPackageExport
{
    /// <summary>The name of the package descriptor.</summary>
    public const string DataPackageFileName = "datapackage.json";

    /// <summary>Gets the names of the files a package holds: one CSV file per table of <see cref="EditionDatabase.Schema"/>, and the descriptor.</summary>
    public static IReadOnlySet<string> FileNames { get; } =
        EditionDatabase.Schema.Select(FileNameOf).Append(DataPackageFileName).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Returns the name of a table's file.</summary>
    /// <param name="table">The table's definition.</param>
    /// <returns>The table's name with <c>.csv</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public static string FileNameOf(TableDefinition table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.Name + ".csv";
    }

    /// <summary>Lists the files of an edition's package, each with what writes it: the tables in schema order, then the descriptor.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="rawCells">Whether to write text cells exactly as the data has them, formulas included, for tools that are not spreadsheets.</param>
    /// <returns>(file name, write) pairs; each write puts the file's bytes into the stream it is given and leaves it open.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    public static IReadOnlyList<(string FileName, Action<Stream> Write)> Files(KazChinaEdition edition, bool rawCells)
    {
        ArgumentNullException.ThrowIfNull(edition);
        return
        [
            .. edition.ToRelationalTables().Select(t => (FileNameOf(t.Definition), (Action<Stream>)(stream => WriteTable(t, stream, rawCells)))),
            (DataPackageFileName, stream => WriteDataPackage(edition, stream, rawCells)),
        ];
    }

    /// <summary>Writes one table as a typed CSV file.</summary>
    /// <param name="table">The table.</param>
    /// <param name="destination">Where the UTF-8 bytes go; left open.</param>
    /// <param name="rawCells">Whether to write text cells exactly as the data has them, formulas included.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">Writing to <paramref name="destination"/> fails.</exception>
    public static void WriteTable(RelationalTable table, Stream destination, bool rawCells)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(destination);
        ValueList<ColumnDefinition> columns = table.Definition.Columns;
        using CsvWriter csv = CsvWriter.Create(destination, CsvWriterOptions.Default, leaveOpen: true);
        csv.WriteHeader([.. columns.Select(c => c.Name)]);
        var cells = new string[columns.Count];
        foreach (IReadOnlyList<object?> row in table.Rows)
        {
            for (int c = 0; c < cells.Length; c++)
            {
                string text = CellText.Format(row[c]) ?? "";
                cells[c] = rawCells || columns[c].Type != ColumnType.Text ? text : CellText.Neutralise(text);
            }

            csv.WriteRecord(cells);
        }
    }

    /// <summary>Writes the package descriptor, <c>datapackage.json</c> (Frictionless Data's tabular data package).</summary>
    /// <param name="edition">The edition, for its data version.</param>
    /// <param name="destination">Where the UTF-8 bytes go; left open.</param>
    /// <param name="rawCells">Whether the tables' text cells are written raw, which the descriptor states.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">Writing to <paramref name="destination"/> fails.</exception>
    public static void WriteDataPackage(KazChinaEdition edition, Stream destination, bool rawCells)
    {
        ArgumentNullException.ThrowIfNull(edition);
        ArgumentNullException.ThrowIfNull(destination);
        // Relaxed escaping keeps the descriptor readable (’ and … as themselves); it is a file, never embedded in HTML.
        using var json = new Utf8JsonWriter(destination, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("profile", "tabular-data-package");
        json.WriteString("name", "kazchina-edition");
        json.WriteString("title", "Kazakhstan Looks East (Eurasia Daily Monitor 8:128, 2011): the critical edition's relational tables");
        json.WriteString("version", edition.DataVersion);
        json.WriteString(
            "description",
            "One CSV file per table of the KazChina.Model edition. An empty field is null (not stated, or not applicable); text is never empty. "
            + (rawCells
                ? "Text cells are as the data has them."
                : "A text cell that would start with =, +, -, @, a tab or a carriage return starts with an added apostrophe, so that spreadsheets do not run it as a formula; numbers, dates and booleans are never changed."));
        json.WriteStartArray("resources");
        foreach (TableDefinition table in EditionDatabase.Schema)
        {
            WriteResource(json, table);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteResource(Utf8JsonWriter json, TableDefinition table)
    {
        json.WriteStartObject();
        json.WriteString("name", table.Name);
        json.WriteString("path", FileNameOf(table));
        json.WriteString("profile", "tabular-data-resource");
        json.WriteString("description", table.Description);
        json.WriteString("format", "csv");
        json.WriteString("mediatype", "text/csv");
        json.WriteString("encoding", "utf-8");
        json.WriteStartObject("dialect");
        json.WriteString("delimiter", ",");
        json.WriteString("lineTerminator", "\r\n");
        json.WriteString("quoteChar", "\"");
        json.WriteBoolean("doubleQuote", true);
        json.WriteBoolean("header", true);
        json.WriteEndObject();
        json.WriteStartObject("schema");
        json.WriteStartArray("fields");
        foreach (ColumnDefinition column in table.Columns)
        {
            json.WriteStartObject();
            json.WriteString("name", column.Name);
            json.WriteString("type", FrictionlessType(column.Type));
            json.WriteString("description", column.Description);
            if (!column.IsNullable)
            {
                json.WriteStartObject("constraints");
                json.WriteBoolean("required", true);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("missingValues");
        json.WriteStringValue("");
        json.WriteEndArray();
        json.WriteStartArray("primaryKey");
        foreach (string key in table.PrimaryKey)
        {
            json.WriteStringValue(key);
        }

        json.WriteEndArray();
        json.WriteStartArray("foreignKeys");
        foreach (ForeignKey key in table.ForeignKeys)
        {
            json.WriteStartObject();
            json.WriteString("fields", key.Column);
            json.WriteStartObject("reference");
            json.WriteString("resource", key.ReferencedTable);
            json.WriteString("fields", key.ReferencedColumn);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>The Frictionless Table Schema type of a column type.</summary>
    private static string FrictionlessType(ColumnType type) => type switch
    {
        ColumnType.Integer => "integer",
        ColumnType.Decimal => "number",
        ColumnType.Text => "string",
        ColumnType.Date => "date",
        _ => "boolean",
    };
}

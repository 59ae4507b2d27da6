using System;
using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CsvHelper;

namespace KazChina.Model.Cli;

/// <summary>
/// The edition's flat tables (<see cref="EditionTables"/>) as CSV that Excel, Power BI and pandas open
/// directly: RFC 4180 (comma, CRLF, quotes only where needed), UTF-8, the cells as the tabular projection gives
/// them (invariant numbers, ISO dates), one file per record kind plus <c>facts.csv</c>.
/// </summary>
/// <remarks>
/// A spreadsheet runs a cell that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return as
/// a formula ("CSV injection"), so text from an edited edition could run commands or leak data when the file is
/// opened. By default such a cell is neutralised as OWASP advises: it gets a leading apostrophe, which spreadsheets
/// take as "this is text" and do not show. The full-width forms of those characters, which some spreadsheets also
/// accept, are treated the same. A cell that is a plain number as the projection writes it (<c>-12.5</c>) is left
/// alone: it cannot run, and stays a number. Tools that read the CSV as data ask for raw cells instead.
/// </remarks>
internal static class CsvExport
{
    /// <summary>The name of the long table's file.</summary>
    public const string FactsFileName = "facts.csv";

    /// <summary>Gets the names of the files a folder export writes: the same for every edition, one per record kind plus the facts table.</summary>
    public static IReadOnlySet<string> FileNames { get; } = Tables(KazChinaEdition.Current).Select(t => t.FileName).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The first characters that make a spreadsheet read a cell as a formula (OWASP's list), and their full-width forms.</summary>
    private static readonly SearchValues<char> FormulaStarts = SearchValues.Create("=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20");

    /// <summary>Lists every table with the file name it is exported under, the per-kind tables first, in <see cref="RecordKind"/> order, then the facts table.</summary>
    /// <param name="edition">The edition.</param>
    /// <returns>(file name, table) pairs.</returns>
    public static IReadOnlyList<(string FileName, FlatTable Table)> Tables(KazChinaEdition edition) =>
    [
        .. edition.ToTables().Select(t => (FileNameOf(t), t)),
        (FactsFileName, edition.ToFactsTable()),
    ];

    /// <summary>Writes one table as CSV.</summary>
    /// <param name="table">The table.</param>
    /// <param name="destination">Where the UTF-8 bytes go; left open.</param>
    /// <param name="byteOrderMark">
    /// Whether to start with a UTF-8 byte order mark: true for files, which is what makes Excel read them as
    /// UTF-8 (pandas and Power BI skip it); false for a stream that is piped on.
    /// </param>
    /// <param name="rawCells">Whether to write every cell exactly as the table has it, formulas included, for tools that are not spreadsheets.</param>
    public static void Write(FlatTable table, Stream destination, bool byteOrderMark, bool rawCells)
    {
        CsvWriterOptions options = CsvWriterOptions.Default with { WriteByteOrderMark = byteOrderMark };
        using CsvWriter csv = CsvWriter.Create(destination, options, leaveOpen: true);
        csv.WriteHeader([.. table.Columns]);
        foreach (ValueList<string> row in table.Rows)
        {
            csv.WriteRecord(rawCells ? [.. row] : [.. row.Select(Neutralise)]);
        }
    }

    /// <summary>Returns a cell as a spreadsheet may open it: with a leading apostrophe when it would otherwise run as a formula.</summary>
    /// <param name="cell">The cell as the table has it.</param>
    /// <returns>The cell to write.</returns>
    internal static string Neutralise(string cell) =>
        cell.Length > 0 && FormulaStarts.Contains(cell[0]) && !IsPlainNumber(cell) ? "'" + cell : cell;

    /// <summary>Whether a cell is a number as the projection writes one: an optional minus, digits, and optionally a point and digits.</summary>
    private static bool IsPlainNumber(string cell)
    {
        ReadOnlySpan<char> rest = cell.AsSpan(cell[0] == '-' ? 1 : 0);
        int point = rest.IndexOf('.');
        ReadOnlySpan<char> whole = point < 0 ? rest : rest[..point];
        ReadOnlySpan<char> fraction = point < 0 ? "0" : rest[(point + 1)..];
        return whole.Length > 0 && fraction.Length > 0 && !whole.ContainsAnyExceptInRange('0', '9') && !fraction.ContainsAnyExceptInRange('0', '9');
    }

    private static string FileNameOf(FlatTable table) => table.Name + ".csv";
}

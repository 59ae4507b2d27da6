using System.IO;
using System.Linq;
using CsvHelper;
using KazChina.Model.Exports;

namespace KazChina.Model.Cli;

/// <summary>
/// The edition's long facts table (<see cref="EditionTables.ToFactsTable"/>) as CSV for a stream: what
/// <c>export --format csv</c> writes to stdout or a pipe, where a folder of typed tables cannot go. RFC 4180 (comma,
/// CRLF, quotes only where needed), UTF-8 without a byte order mark.
/// </summary>
/// <remarks>
/// Unless raw cells are asked for, a cell that a spreadsheet would run as a formula gets a leading apostrophe, as in
/// the typed tables (<see cref="CsvPackageExport"/>); a cell that is a plain number is left alone.
/// </remarks>
internal static class CsvExport
{
    /// <summary>Writes one table as CSV.</summary>
    /// <param name="table">The table.</param>
    /// <param name="destination">Where the UTF-8 bytes go; left open.</param>
    /// <param name="rawCells">Whether to write every cell exactly as the table has it, formulas included, for tools that are not spreadsheets.</param>
    public static void Write(FlatTable table, Stream destination, bool rawCells)
    {
        using CsvWriter csv = CsvWriter.Create(destination, CsvWriterOptions.Default, leaveOpen: true);
        csv.WriteHeader([.. table.Columns]);
        foreach (ValueList<string> row in table.Rows)
        {
            csv.WriteRecord(rawCells ? [.. row] : [.. row.Select(CellText.Neutralise)]);
        }
    }
}

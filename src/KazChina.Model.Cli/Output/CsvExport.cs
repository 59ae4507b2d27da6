using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CsvHelper;

namespace KazChina.Model.Cli;

/// <summary>
/// The edition's flat tables (<see cref="EditionTables"/>) as CSV that Excel, Power BI and pandas open
/// directly: RFC 4180 (comma, CRLF, quotes only where needed), UTF-8, the cells exactly as the tabular
/// projection gives them (invariant numbers, ISO dates), one file per record kind plus <c>facts.csv</c>.
/// </summary>
internal static class CsvExport
{
    /// <summary>The name of the long table's file.</summary>
    public const string FactsFileName = "facts.csv";

    /// <summary>Gets the names of the files a folder export writes: the same for every edition, one per record kind plus the facts table.</summary>
    public static IReadOnlySet<string> FileNames { get; } = Tables(KazChinaEdition.Current).Select(t => t.FileName).ToFrozenSet(StringComparer.Ordinal);

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
    public static void Write(FlatTable table, Stream destination, bool byteOrderMark)
    {
        CsvWriterOptions options = CsvWriterOptions.Default with { WriteByteOrderMark = byteOrderMark };
        using CsvWriter csv = CsvWriter.Create(destination, options, leaveOpen: true);
        csv.WriteHeader([.. table.Columns]);
        foreach (ValueList<string> row in table.Rows)
        {
            csv.WriteRecord([.. row]);
        }
    }

    private static string FileNameOf(FlatTable table) => table.Name + ".csv";
}

using System;
using System.Linq;

namespace KazChina.Model.Cli;

/// <summary>What <c>kazchina export</c> writes.</summary>
internal enum ExportFormat
{
    /// <summary>The edition as one JSON document, in the package's wire format.</summary>
    Json,

    /// <summary>JSON Lines: one record per line, its kind in <c>$type</c>.</summary>
    JsonLines,

    /// <summary>The relational tables as typed CSV with a Frictionless datapackage.json, in a folder; to stdout, the facts table.</summary>
    Csv,

    /// <summary>The relational tables, keys and report views as one SQLite database.</summary>
    Sqlite,

    /// <summary>The relational tables as Apache Parquet, one file per table, in a folder; every row carries the edition's id.</summary>
    Parquet,

    /// <summary>The relational tables as one Excel workbook: a sheet per table, typed cells, frozen headers.</summary>
    Xlsx,

    /// <summary>The bibliography as CSL-JSON, for citation processors (citeproc-js, Pandoc, Zotero).</summary>
    CslJson,

    /// <summary>The bibliography as BibTeX, for LaTeX and reference managers.</summary>
    BibTeX,

    /// <summary>The bibliography as RIS, for reference managers.</summary>
    Ris,

    /// <summary>The places and projects as GeoJSON (RFC 7946).</summary>
    GeoJson,
}

/// <summary>The names of the export formats on the command line.</summary>
internal static class ExportFormats
{
    private static readonly (string Name, ExportFormat Format)[] Names =
    [
        ("json", ExportFormat.Json),
        ("jsonl", ExportFormat.JsonLines),
        ("csv", ExportFormat.Csv),
        ("sqlite", ExportFormat.Sqlite),
        ("parquet", ExportFormat.Parquet),
        ("xlsx", ExportFormat.Xlsx),
        ("csl-json", ExportFormat.CslJson),
        ("bibtex", ExportFormat.BibTeX),
        ("ris", ExportFormat.Ris),
        ("geojson", ExportFormat.GeoJson),
    ];

    /// <summary>Gets whether a format's content is binary: not text a terminal can show.</summary>
    /// <param name="format">The format.</param>
    /// <returns>Whether it is binary.</returns>
    public static bool IsBinary(ExportFormat format) => format is ExportFormat.Sqlite or ExportFormat.Xlsx;

    /// <summary>Gets a format's name on the command line.</summary>
    /// <param name="format">The format.</param>
    /// <returns>Its name, e.g. <c>xlsx</c>.</returns>
    public static string NameOf(ExportFormat format) => Names.First(n => n.Format == format).Name;

    /// <summary>Gets the names, comma-separated, for messages.</summary>
    public static string List { get; } = string.Join(", ", Names[..^1].Select(n => n.Name)) + " or " + Names[^1].Name;

    /// <summary>Finds a format by its name, ignoring case.</summary>
    /// <param name="name">The name given on the command line.</param>
    /// <returns>The format.</returns>
    /// <exception cref="CliException">No format has that name.</exception>
    public static ExportFormat Parse(string? name) =>
        TryParse(name, out ExportFormat format) ? format : throw new CliException(UnknownMessage(name));

    /// <summary>Gets the message for a missing or unknown format name.</summary>
    /// <param name="name">The name given, or null.</param>
    /// <returns>One sentence that lists the formats.</returns>
    public static string UnknownMessage(string? name) =>
        name is null ? $"--format is required; use {List}." : $"Unknown format '{name}'; use {List}.";

    /// <summary>Finds a format by its name, ignoring case.</summary>
    /// <param name="name">The name given on the command line.</param>
    /// <param name="format">The format, when found.</param>
    /// <returns>Whether the name is a format's.</returns>
    public static bool TryParse(string? name, out ExportFormat format)
    {
        foreach ((string known, ExportFormat value) in Names)
        {
            if (string.Equals(known, name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                format = value;
                return true;
            }
        }

        format = default;
        return false;
    }
}

using System.Collections.Generic;
using System.Linq;
using Spectre.Console;

namespace KazChina.Model.Cli;

/// <summary>Console tables of plain text: cells are <see cref="Text"/>, so the article's words are never read as markup, and are escaped where a terminal would act on them.</summary>
internal static class ConsoleTables
{
    /// <summary>Creates a titled table with the given columns.</summary>
    /// <param name="title">The title.</param>
    /// <param name="columns">The column headers.</param>
    /// <returns>The table.</returns>
    /// <remarks>An <c>Id</c> column never wraps, so an id stays whole and searchable at any width; the other columns wrap instead.</remarks>
    public static TextTable Create(string title, params string[] columns) => new(title, columns);

    /// <summary>The header of a column of record ids.</summary>
    public const string IdColumn = "Id";

    /// <summary>
    /// Renders an enum value as every command prints it, and as the JSON and CSV write it: camelCase
    /// (<c>tradeFigure</c>, <c>notStated</c>, <c>day</c>).
    /// </summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The name.</returns>
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, System.Enum
    {
        string name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>Joins ids for a cell.</summary>
    /// <param name="ids">The ids.</param>
    /// <returns>The ids, comma-separated.</returns>
    public static string Ids(IEnumerable<RecordId> ids) => string.Join(", ", ids.Select(i => i.Value));

    /// <summary>Renders an optional time reference for a cell ("by 2015", "at 2011-06-13 (year inferred)").</summary>
    /// <param name="when">The time reference, or null.</param>
    /// <returns>The text; empty when not given.</returns>
    public static string When(TimeReference? when) => when?.ToString() ?? "";
}

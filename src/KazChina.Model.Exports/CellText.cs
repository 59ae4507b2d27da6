using System;
using System.Buffers;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace KazChina.Model.Exports;

/// <summary>
/// A typed cell of <see cref="RelationalTable"/> as text: the one form every text-based format writes (numbers in
/// invariant culture without exponent or grouping, ISO 8601 days, <c>true</c>/<c>false</c>), and the spreadsheet
/// formula guard for text cells.
/// </summary>
internal static class CellText
{
    /// <summary>The first characters that make a spreadsheet read a cell as a formula (OWASP's list), and their full-width forms.</summary>
    private static readonly SearchValues<char> FormulaStarts = SearchValues.Create("=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20");

    /// <summary>Returns a cell as text; null stays null.</summary>
    /// <param name="cell">A cell of a column's type.</param>
    /// <returns>The text, or null for a null cell.</returns>
    public static string? Format(object? cell) => cell switch
    {
        null => null,
        string text => text,
        long number => number.ToString(CultureInfo.InvariantCulture),
        decimal number => number.ToString("0.############################", CultureInfo.InvariantCulture),
        LocalDate day => LocalDatePattern.Iso.Format(day),
        bool flag => flag ? "true" : "false",
        _ => throw new ArgumentException($"A cell of type {cell.GetType().Name} has no text form.", nameof(cell)),
    };

    /// <summary>Returns a cell as a spreadsheet may open it: with a leading apostrophe when it would otherwise run as a formula.</summary>
    /// <param name="cell">The cell's text.</param>
    /// <returns>The cell to write.</returns>
    /// <remarks>
    /// A spreadsheet runs a cell that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return
    /// (or their full-width forms) as a formula; OWASP's advice is a leading apostrophe, which spreadsheets take as
    /// "this is text" and do not show. A plain number (<c>-12.5</c>) cannot run and stays a number.
    /// </remarks>
    public static string Neutralise(string cell) =>
        cell.Length > 0 && FormulaStarts.Contains(cell[0]) && !IsPlainNumber(cell) ? "'" + cell : cell;

    /// <summary>Whether a cell is a number as <see cref="Format"/> writes one: an optional minus, digits, and optionally a point and digits.</summary>
    private static bool IsPlainNumber(string cell)
    {
        ReadOnlySpan<char> rest = cell.AsSpan(cell[0] == '-' ? 1 : 0);
        int point = rest.IndexOf('.');
        ReadOnlySpan<char> whole = point < 0 ? rest : rest[..point];
        ReadOnlySpan<char> fraction = point < 0 ? "0" : rest[(point + 1)..];
        return whole.Length > 0 && fraction.Length > 0 && !whole.ContainsAnyExceptInRange('0', '9') && !fraction.ContainsAnyExceptInRange('0', '9');
    }
}

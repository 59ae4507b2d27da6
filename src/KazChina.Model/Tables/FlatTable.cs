using System;
using System.Collections.Generic;

namespace KazChina.Model;

/// <summary>
/// A flat table of text cells, ready for CSV and reporting tools: a name, column names and rows with
/// one cell per column. Cells follow one format throughout (see <see cref="EditionTables"/>); an empty
/// cell means "not given".
/// </summary>
/// <remarks>Equality compares the name, the columns and every cell.</remarks>
public sealed record FlatTable
{
    /// <summary>Creates a table.</summary>
    /// <param name="name">The table's name, e.g. <c>tradeFigures</c>.</param>
    /// <param name="columns">The column names; unique, at least one.</param>
    /// <param name="rows">The rows; each has exactly one cell per column.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The name or a column name is blank, a column name repeats, or a row has the wrong number of cells.</exception>
    public FlatTable(string name, ValueList<string> columns, ValueList<ValueList<string>> rows)
    {
        Name = Preconditions.CheckText(name, nameof(name));
        Columns = RecordChecks.CheckTexts(columns, nameof(columns));
        Preconditions.CheckArgument(columns.Count > 0, nameof(columns), "A table has at least one column.");
        Rows = Preconditions.CheckNotNull(rows, nameof(rows));
        for (int i = 0; i < rows.Count; i++)
        {
            Preconditions.CheckArgument(rows[i].Count == columns.Count, nameof(rows), $"Row {i} has {rows[i].Count} cells; the table has {columns.Count} columns.");
        }
    }

    /// <summary>Gets the table's name.</summary>
    public string Name { get; }

    /// <summary>Gets the column names.</summary>
    public ValueList<string> Columns { get; }

    /// <summary>Gets the rows, each with one cell per column.</summary>
    public ValueList<ValueList<string>> Rows { get; }

    /// <summary>Gets the cell of <paramref name="row"/> in the column named <paramref name="column"/>.</summary>
    /// <param name="row">A zero-based row index.</param>
    /// <param name="column">A column name.</param>
    /// <returns>The cell's text; empty when not given.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> is outside the table.</exception>
    /// <exception cref="KeyNotFoundException">The table has no such column.</exception>
    public string Cell(int row, string column)
    {
        int index = IndexOf(column);
        Preconditions.CheckRange(row >= 0 && row < Rows.Count, nameof(row), row, $"The table has {Rows.Count} rows.");
        return Rows[row][index];
    }

    private int IndexOf(string column)
    {
        for (int i = 0; i < Columns.Count; i++)
        {
            if (string.Equals(Columns[i], column, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new KeyNotFoundException($"The table '{Name}' has no column '{column}'; its columns are {string.Join(", ", Columns)}.");
    }
}

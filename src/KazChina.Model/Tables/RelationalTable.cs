using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace KazChina.Model;

/// <summary>
/// One table of the relational model with its rows: a <see cref="TableDefinition"/> and, per row, one typed cell per
/// column. A cell is null where the article does not state the value or the member does not apply; otherwise its
/// .NET type is the one its <see cref="ColumnType"/> documents (<see cref="long"/>, <see cref="decimal"/>,
/// <see cref="string"/>, <see cref="LocalDate"/>, <see cref="bool"/>).
/// </summary>
/// <remarks>Equality compares the definition and every cell.</remarks>
public sealed record RelationalTable
{
    /// <summary>Creates a table, checking every cell against its column.</summary>
    /// <param name="definition">The table's shape.</param>
    /// <param name="rows">The rows; each has one cell per column, of the column's type, null only where the column is nullable.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A row has the wrong number of cells, or a cell the wrong type or a null its column does not allow.</exception>
    public RelationalTable(TableDefinition definition, IEnumerable<IReadOnlyList<object?>> rows)
    {
        Definition = Preconditions.CheckNotNull(definition, nameof(definition));
        object?[][] copies = [.. Preconditions.CheckNotNull(rows, nameof(rows)).Select(row => Preconditions.CheckNotNull(row, nameof(rows)).ToArray())];
        ValueList<ColumnDefinition> columns = definition.Columns;
        for (int r = 0; r < copies.Length; r++)
        {
            object?[] row = copies[r];
            Preconditions.CheckArgument(row.Length == columns.Count, nameof(rows), $"Row {r} of '{definition.Name}' has {row.Length} cells; the table has {columns.Count} columns.");
            for (int c = 0; c < columns.Count; c++)
            {
                Preconditions.CheckArgument(Fits(row[c], columns[c]), nameof(rows), $"Row {r} of '{definition.Name}': the cell of '{columns[c].Name}' is not a {(columns[c].IsNullable ? "null or " : "")}{columns[c].Type} value.");
            }
        }

        Rows = Array.AsReadOnly(Array.ConvertAll(copies, row => (IReadOnlyList<object?>)Array.AsReadOnly(row)));
    }

    /// <summary>Gets the table's shape.</summary>
    public TableDefinition Definition { get; }

    /// <summary>Gets the table's name (<see cref="TableDefinition.Name"/>).</summary>
    public string Name => Definition.Name;

    /// <summary>Gets the rows, each with one cell per column (a null cell is an absent value).</summary>
    public IReadOnlyList<IReadOnlyList<object?>> Rows { get; }

    /// <summary>Gets the cell of <paramref name="row"/> in the column named <paramref name="column"/>.</summary>
    /// <param name="row">A zero-based row index.</param>
    /// <param name="column">A column name.</param>
    /// <returns>The cell, or null where the value is absent.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> is outside the table.</exception>
    /// <exception cref="KeyNotFoundException">The table has no such column.</exception>
    public object? Cell(int row, string column)
    {
        int index = Definition.IndexOf(column);
        Preconditions.CheckRange(row >= 0 && row < Rows.Count, nameof(row), row, $"The table has {Rows.Count} rows.");
        return Rows[row][index];
    }

    /// <summary>Returns whether another table has an equal definition and equal cells in the same places.</summary>
    /// <param name="other">The other table.</param>
    /// <returns>Whether the two are equal.</returns>
    public bool Equals(RelationalTable? other) =>
        other is not null && Definition.Equals(other.Definition) && Rows.Count == other.Rows.Count
        && Rows.Zip(other.Rows).All(pair => pair.First.SequenceEqual(pair.Second));

    /// <summary>Returns a hash code that agrees with <see cref="Equals(RelationalTable)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Definition, Rows.Count);

    private static bool Fits(object? cell, ColumnDefinition column) => cell is null ? column.IsNullable : column.Type switch
    {
        ColumnType.Integer => cell is long,
        ColumnType.Decimal => cell is decimal,
        ColumnType.Text => cell is string { Length: > 0 },
        ColumnType.Date => cell is LocalDate,
        _ => cell is bool,
    };
}

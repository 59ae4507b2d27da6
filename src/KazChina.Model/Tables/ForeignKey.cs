using System;

namespace KazChina.Model;

/// <summary>A reference from columns of one table to the primary key of another (or the same) table.</summary>
/// <remarks>Equality compares every member.</remarks>
public sealed record ForeignKey
{
    /// <summary>Creates a foreign key.</summary>
    /// <param name="column">The referring column.</param>
    /// <param name="referencedTable">The table referred to.</param>
    /// <param name="referencedColumn">The column of <paramref name="referencedTable"/> referred to: its primary key.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An argument is blank.</exception>
    public ForeignKey(string column, string referencedTable, string referencedColumn)
    {
        Column = Preconditions.CheckText(column, nameof(column));
        ReferencedTable = Preconditions.CheckText(referencedTable, nameof(referencedTable));
        ReferencedColumn = Preconditions.CheckText(referencedColumn, nameof(referencedColumn));
    }

    /// <summary>Gets the referring column.</summary>
    public string Column { get; }

    /// <summary>Gets the table referred to.</summary>
    public string ReferencedTable { get; }

    /// <summary>Gets the column referred to, the referenced table's primary key.</summary>
    public string ReferencedColumn { get; }
}

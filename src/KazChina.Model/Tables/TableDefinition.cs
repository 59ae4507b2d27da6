using System;
using System.Collections.Generic;
using System.Linq;

namespace KazChina.Model;

/// <summary>
/// The shape of one table of the relational model (<see cref="EditionDatabase"/>): its name, typed columns, primary
/// key and foreign keys. A writer for a new format needs nothing else to lay a table out.
/// </summary>
/// <remarks>Equality compares every member.</remarks>
public sealed record TableDefinition
{
    /// <summary>Creates a table definition.</summary>
    /// <param name="name">The table's name, in snake_case, e.g. <c>trade_figures</c>.</param>
    /// <param name="description">What a row of the table is, in one sentence.</param>
    /// <param name="columns">The columns; at least one, names unique.</param>
    /// <param name="primaryKey">The names of the primary key's columns; at least one, each a column that is never null.</param>
    /// <param name="foreignKeys">The foreign keys; each names a column of the table.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// The name or description is blank, there is no column, a column name repeats, the primary key is empty or names a
    /// missing or nullable column, or a foreign key names a missing column.
    /// </exception>
    public TableDefinition(string name, string description, ValueList<ColumnDefinition> columns, ValueList<string> primaryKey, ValueList<ForeignKey> foreignKeys)
    {
        Name = Preconditions.CheckText(name, nameof(name));
        Description = Preconditions.CheckText(description, nameof(description));
        Columns = Preconditions.CheckNotNull(columns, nameof(columns));
        PrimaryKey = Preconditions.CheckNotNull(primaryKey, nameof(primaryKey));
        ForeignKeys = Preconditions.CheckNotNull(foreignKeys, nameof(foreignKeys));
        Preconditions.CheckArgument(columns.Count > 0, nameof(columns), "A table has at least one column.");
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (ColumnDefinition column in columns)
        {
            Preconditions.CheckArgument(names.Add(Preconditions.CheckNotNull(column, nameof(columns)).Name), nameof(columns), $"The column '{column.Name}' appears twice in '{name}'.");
        }

        Preconditions.CheckArgument(primaryKey.Count > 0, nameof(primaryKey), $"The table '{name}' needs a primary key.");
        foreach (string key in primaryKey)
        {
            Preconditions.CheckArgument(columns.Any(c => c.Name == key && !c.IsNullable), nameof(primaryKey), $"The primary key of '{name}' names '{key}', which is not a column that is never null.");
        }

        foreach (ForeignKey foreignKey in foreignKeys)
        {
            Preconditions.CheckArgument(names.Contains(Preconditions.CheckNotNull(foreignKey, nameof(foreignKeys)).Column), nameof(foreignKeys), $"A foreign key of '{name}' names '{foreignKey.Column}', which is not a column.");
        }
    }

    /// <summary>Gets the table's name, in snake_case.</summary>
    public string Name { get; }

    /// <summary>Gets what a row of the table is.</summary>
    public string Description { get; }

    /// <summary>Gets the columns, in order.</summary>
    public ValueList<ColumnDefinition> Columns { get; }

    /// <summary>Gets the names of the primary key's columns.</summary>
    public ValueList<string> PrimaryKey { get; }

    /// <summary>Gets the foreign keys.</summary>
    public ValueList<ForeignKey> ForeignKeys { get; }

    /// <summary>Returns the position of a column.</summary>
    /// <param name="column">The column's name.</param>
    /// <returns>The zero-based position.</returns>
    /// <exception cref="KeyNotFoundException">The table has no such column.</exception>
    public int IndexOf(string column)
    {
        for (int i = 0; i < Columns.Count; i++)
        {
            if (string.Equals(Columns[i].Name, column, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new KeyNotFoundException($"The table '{Name}' has no column '{column}'; its columns are {string.Join(", ", Columns.Select(c => c.Name))}.");
    }
}

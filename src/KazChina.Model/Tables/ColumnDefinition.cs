using System;

namespace KazChina.Model;

/// <summary>One column of a <see cref="TableDefinition"/>: its name, type, whether it may be null, and what it holds.</summary>
/// <remarks>Equality compares every member.</remarks>
public sealed record ColumnDefinition
{
    /// <summary>Creates a column.</summary>
    /// <param name="name">The name, in snake_case, e.g. <c>amount_currency</c>.</param>
    /// <param name="type">The type of its cells.</param>
    /// <param name="isNullable">Whether a cell may be null: what the article does not state, or a member that does not apply.</param>
    /// <param name="description">What the column holds, in one sentence.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="description"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="description"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not defined.</exception>
    public ColumnDefinition(string name, ColumnType type, bool isNullable, string description)
    {
        Name = Preconditions.CheckText(name, nameof(name));
        Type = Preconditions.CheckDefined(type, nameof(type));
        IsNullable = isNullable;
        Description = Preconditions.CheckText(description, nameof(description));
    }

    /// <summary>Gets the column's name, in snake_case.</summary>
    public string Name { get; }

    /// <summary>Gets the type of its cells.</summary>
    public ColumnType Type { get; }

    /// <summary>Gets whether a cell may be null (not stated, or not applicable).</summary>
    public bool IsNullable { get; }

    /// <summary>Gets what the column holds, in one sentence.</summary>
    public string Description { get; }
}

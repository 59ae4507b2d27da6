using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace KazChina.Model.Tests;

/// <summary>The package's public record types, found by reflection, for tests that must cover every kind.</summary>
public static class ModelTypes
{
    /// <summary>Gets every public concrete <see cref="EditionRecord"/> type, in name order.</summary>
    public static IReadOnlyList<Type> RecordTypes { get; } =
        typeof(EditionRecord).Assembly.GetTypes()
            .Where(t => t.IsPublic && !t.IsAbstract && t.IsSubclassOf(typeof(EditionRecord)))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToArray();

    /// <summary>The names of <see cref="RecordTypes"/>, as theory data (a name shows in the test's name; a type would not).</summary>
    /// <returns>The names.</returns>
    public static TheoryData<string> RecordTypeNames() => [.. RecordTypes.Select(t => t.Name)];

    /// <summary>Returns the record type of that name.</summary>
    /// <param name="name">The type's name, e.g. <c>TradeFigure</c>.</param>
    /// <returns>The type.</returns>
    public static Type RecordType(string name) => RecordTypes.Single(t => t.Name == name);
}

using System;
using System.Collections.Generic;
using System.Linq;

namespace KazChina.Model.Cli;

/// <summary>Record kinds on the command line: <c>tradeFigure</c>, <c>TradeFigure</c> and <c>trade-figure</c> all name <see cref="RecordKind.TradeFigure"/>.</summary>
internal static class RecordKindNames
{
    /// <summary>Gets the kinds' names as the JSON and CSV write them, for messages and help.</summary>
    public static string List { get; } = string.Join(", ", Enum.GetValues<RecordKind>().Select(Name));

    /// <summary>Returns a kind's name as the JSON and CSV write it (camelCase).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The name, e.g. <c>tradeFigure</c>.</returns>
    public static string Name(RecordKind kind) => ConsoleTables.Name(kind);

    /// <summary>Parses kind names; each value may hold several, comma-separated.</summary>
    /// <param name="values">The values given.</param>
    /// <returns>The kinds, each once.</returns>
    /// <exception cref="CliException">A name is not a kind's.</exception>
    public static IReadOnlySet<RecordKind> Parse(IEnumerable<string> values)
    {
        var kinds = new HashSet<RecordKind>();
        foreach (string name in values.SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
        {
            string folded = name.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
            RecordKind[] found = [.. Enum.GetValues<RecordKind>().Where(k => string.Equals(k.ToString(), folded, StringComparison.OrdinalIgnoreCase))];
            if (found.Length == 0)
            {
                throw new CliException($"Unknown kind '{name}'; use {List}.");
            }

            kinds.Add(found[0]);
        }

        return kinds;
    }
}

using System.CommandLine;

namespace KazChina.Model.Cli;

/// <summary>
/// The three shapes of option the tool has: a value (<c>--format json</c>), a repeatable value
/// (<c>--kind agreement --kind event</c>) and a flag (<c>--force</c>). Values are parsed as text and checked by the
/// command itself, so every message is the tool's own and none names a .NET type.
/// </summary>
internal static class CommandOptions
{
    /// <summary>Declares an option that takes one value.</summary>
    /// <param name="name">The long name, e.g. <c>--format</c>.</param>
    /// <param name="alias">The short name, e.g. <c>-f</c>, or null.</param>
    /// <param name="valueName">The value's name in help, e.g. <c>FORMAT</c>.</param>
    /// <param name="description">The help text.</param>
    /// <returns>The option.</returns>
    public static Option<string> Value(string name, string? alias, string valueName, string description) =>
        new(name, Aliases(alias)) { HelpName = valueName, Description = description };

    /// <summary>Declares an option that may be given more than once, one value each time.</summary>
    /// <param name="name">The long name, e.g. <c>--kind</c>.</param>
    /// <param name="alias">The short name, e.g. <c>-k</c>, or null.</param>
    /// <param name="valueName">The value's name in help, e.g. <c>KIND</c>.</param>
    /// <param name="description">The help text.</param>
    /// <returns>The option.</returns>
    public static Option<string[]> Values(string name, string? alias, string valueName, string description) =>
        new(name, Aliases(alias)) { HelpName = valueName, Description = description, AllowMultipleArgumentsPerToken = false };

    /// <summary>Declares a flag: an option without a value.</summary>
    /// <param name="name">The long name, e.g. <c>--force</c>.</param>
    /// <param name="description">The help text.</param>
    /// <returns>The option.</returns>
    public static Option<bool> Flag(string name, string description) =>
        new(name) { Description = description };

    private static string[] Aliases(string? alias) => alias is null ? [] : [alias];
}

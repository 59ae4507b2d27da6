using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace KazChina.Model.Cli;

/// <summary>
/// The tool's help: a command's description, usage, examples, arguments and options (for the tool as a whole, its
/// commands instead of a description), laid out in two columns that wrap at the console's width.
/// </summary>
internal static class HelpText
{
    /// <summary>The most examples the tool's own help shows, taken from the commands' in order.</summary>
    private const int RootExamples = 5;

    /// <summary>Writes the help of a command, or of the tool when <paramref name="command"/> is the root.</summary>
    /// <param name="console">Where help goes (stdout).</param>
    /// <param name="root">The tool's root command.</param>
    /// <param name="command">The command asked about.</param>
    public static void Write(IAnsiConsole console, RootCommand root, Command command)
    {
        var sections = new List<(string Header, IRenderable Body)>();
        bool isRoot = command == root;
        IEnumerable<ToolCommand> commands = root.Subcommands.OfType<ToolCommand>();
        if (!isRoot && command.Description is { } description)
        {
            sections.Add(("DESCRIPTION", new Text(Sentence(description) + "\n")));
        }

        string usage = isRoot ? "kazchina [OPTIONS] <COMMAND>" : $"kazchina {command.Name}{ArgumentNames(command)} [OPTIONS]";
        sections.Add(("USAGE", Indented(usage)));
        IEnumerable<string[]> examples = command is ToolCommand tool ? tool.Examples : commands.SelectMany(c => c.Examples).Take(RootExamples);
        string[] exampleLines = [.. examples.Select(args => "kazchina " + string.Join(' ', args))];
        if (exampleLines.Length > 0)
        {
            sections.Add(("EXAMPLES", Indented(exampleLines)));
        }

        if (command.Arguments.Count > 0)
        {
            sections.Add(("ARGUMENTS", Columns(command.Arguments.Select(a => ($"<{a.Name}>", a.Description)))));
        }

        IEnumerable<Option> options = isRoot ? root.Options : root.Options.Where(o => o.Recursive).Concat(command.Options);
        sections.Add(("OPTIONS", Columns(options.Select(o => (OptionLabel(o), o.Description)))));
        if (isRoot)
        {
            sections.Add(("COMMANDS", Columns(commands.Select(c => (c.Name + ArgumentNames(c), c.Description)))));
        }

        for (int i = 0; i < sections.Count; i++)
        {
            if (i > 0)
            {
                console.WriteLine();
            }

            console.Write(new Text(sections[i].Header + ":", new Style(Color.Yellow)));
            console.WriteLine();
            console.Write(sections[i].Body);
        }
    }

    private static string ArgumentNames(Command command) => string.Concat(command.Arguments.Select(a => $" <{a.Name}>"));

    /// <summary>The label of an option: its short name or room for one, its long name, and its value's name.</summary>
    private static string OptionLabel(Option option)
    {
        string? alias = option.Aliases.FirstOrDefault(a => !a.StartsWith("--", System.StringComparison.Ordinal));
        string value = option.HelpName is { } name ? $" <{name}>" : "";
        return (alias is null ? "    " : alias + ", ") + option.Name + value;
    }

    private static Text Indented(params string[] lines) => new(string.Concat(lines.Select(line => "    " + line + "\n")));

    private static Grid Columns(IEnumerable<(string Name, string? Description)> rows)
    {
        Grid grid = new Grid()
            .AddColumn(new GridColumn().Padding(4, 0, 4, 0).NoWrap())
            .AddColumn(new GridColumn().Padding(0, 0, 0, 0));
        foreach ((string name, string? description) in rows)
        {
            grid.AddRow(new Text(name), new Text(Sentence(description ?? "")));
        }

        return grid;
    }

    // Help shows each description as a phrase, without its closing full stop.
    private static string Sentence(string description) => description.TrimEnd('.');
}

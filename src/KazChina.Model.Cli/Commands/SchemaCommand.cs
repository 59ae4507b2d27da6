using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Text;
using System.Threading;
using Spectre.Console;

namespace KazChina.Model.Cli;

/// <summary>`kazchina schema`: prints the JSON Schema of an edition document (<see cref="KazChinaJson.Schema"/>).</summary>
internal sealed class SchemaCommand : ICommand<SchemaCommand.Settings>
{
    private readonly IAnsiConsole _console;

    public SchemaCommand(IAnsiConsole console)
    {
        _console = console;
    }

    /// <summary>The schema takes no options.</summary>
    public sealed class Settings : ICommandSettings<Settings>
    {
        public static IEnumerable<Symbol> Declare() => [];

        public static Settings Bind(ParseResult parse) => new();

        public void Validate()
        {
        }
    }

    public int Execute(Settings settings, CancellationToken cancellationToken)
    {
        string schema = KazChinaJson.Schema;
        ConsoleOutput.WriteRaw(_console, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
            writer.Write(schema.EndsWith('\n') ? schema : schema + "\n");
        });
        return ExitCodes.Success;
    }
}

using System.IO;
using System.Text;
using System.Threading;
using Spectre.Console;
using Spectre.Console.Cli;

namespace KazChina.Model.Cli;

/// <summary>`kazchina schema`: prints the JSON Schema of an edition document (<see cref="KazChinaJson.Schema"/>).</summary>
internal sealed class SchemaCommand : Command<SchemaCommand.Settings>
{
    private readonly IAnsiConsole _console;

    public SchemaCommand(IAnsiConsole console)
    {
        _console = console;
    }

    /// <summary>The schema takes no options.</summary>
    public sealed class Settings : CommandSettings;

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
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

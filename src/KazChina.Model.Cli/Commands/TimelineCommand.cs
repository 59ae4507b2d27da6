using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using System.Threading;
using Spectre.Console;
using Spectre.Console.Cli;

namespace KazChina.Model.Cli;

/// <summary>`kazchina timeline`: every dated record in chronological order, with how precise its date is and whether its year is inferred.</summary>
internal sealed class TimelineCommand : Command<TimelineCommand.Settings>
{
    private readonly IAnsiConsole _console;

    public TimelineCommand(IAnsiConsole console)
    {
        _console = console;
    }

    /// <summary>The timeline's options.</summary>
    public sealed class Settings : EditionSettings
    {
        [CommandOption("-k|--kind <KIND>")]
        [Description("Only records of these kinds (repeat the option or separate with commas): agreement, event, tradeFigure, loan, currencySwap, infrastructureProject, citation.")]
        public string[] Kinds { get; set; } = [];

        [CommandOption("-p|--period <PERIOD>")]
        [Description("Only dates that may fall in this period: 2011, 2011-06, 2011-06-13, or two of these joined by '..' (2010..2011-06).")]
        public string? Period { get; set; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        KazChinaEdition edition = settings.LoadEdition();
        IReadOnlySet<RecordKind> kinds = RecordKindNames.Parse(settings.Kinds);
        IEnumerable<TimelineEntry> entries = settings.Period is null
            ? edition.Timeline()
            : edition.Timeline(PeriodOption.Parse(settings.Period), DateMatch.Overlapping);
        Table table = ConsoleTables.Create("Timeline", "When", "Precision", "Kind", ConsoleTables.IdColumn, "Label");
        foreach (TimelineEntry entry in entries.Where(e => kinds.Count == 0 || kinds.Contains(e.Kind)))
        {
            table.AddTextRow(
                entry.When.ToString(),
                ConsoleTables.Name(entry.Precision),
                RecordKindNames.Name(entry.Kind),
                entry.RecordId.Value,
                entry.Label);
        }

        _console.Write(table);
        return ExitCodes.Success;
    }
}

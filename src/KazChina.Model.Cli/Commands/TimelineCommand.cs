using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using System.Threading;
using Spectre.Console;

namespace KazChina.Model.Cli;

/// <summary>`kazchina timeline`: every dated record in chronological order, with how precise its date is and whether its year is inferred.</summary>
internal sealed class TimelineCommand : ICommand<TimelineCommand.Settings>
{
    private readonly IAnsiConsole _console;

    public TimelineCommand(IAnsiConsole console)
    {
        _console = console;
    }

    /// <summary>The timeline's options.</summary>
    public sealed class Settings : EditionSettings, ICommandSettings<Settings>
    {
        private Settings(ParseResult parse)
            : base(parse)
        {
            Kinds = parse.GetValue<string[]>("--kind") ?? [];
            Period = parse.GetValue<string>("--period");
        }

        /// <summary>Gets <c>--kind</c>: the kinds' names as given.</summary>
        public string[] Kinds { get; }

        /// <summary>Gets <c>--period</c>, or null.</summary>
        public string? Period { get; }

        public static IEnumerable<Symbol> Declare() =>
        [
            .. DeclareEdition(),
            CommandOptions.Values("--kind", "-k", "KIND", "Only records of these kinds (repeat the option or separate with commas): agreement, event, tradeFigure, loan, currencySwap, infrastructureProject, citation."),
            CommandOptions.Value("--period", "-p", "PERIOD", "Only dates that may fall in this period: 2011, 2011-06, 2011-06-13, or two of these joined by '..' (2010..2011-06)."),
        ];

        public static Settings Bind(ParseResult parse) => new(parse);
    }

    public int Execute(Settings settings, CancellationToken cancellationToken)
    {
        KazChinaEdition edition = settings.LoadEdition();
        IReadOnlySet<RecordKind> kinds = RecordKindNames.Parse(settings.Kinds);
        IEnumerable<TimelineEntry> entries = settings.Period is null
            ? edition.Timeline()
            : edition.Timeline(PeriodOption.Parse(settings.Period), DateMatch.Overlapping);
        TextTable table = ConsoleTables.Create("Timeline", "When", "Precision", "Kind", ConsoleTables.IdColumn, "Label");
        foreach (TimelineEntry entry in entries.Where(e => kinds.Count == 0 || kinds.Contains(e.Kind)))
        {
            table.AddTextRow(
                entry.When.ToString(),
                ConsoleTables.Name(entry.Precision),
                RecordKindNames.Name(entry.Kind),
                entry.RecordId.Value,
                entry.Label);
        }

        table.Write(_console);
        return ExitCodes.Success;
    }
}

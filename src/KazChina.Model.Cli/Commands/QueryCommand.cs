using System.Collections.Generic;
using System.ComponentModel;
using System.Threading;
using Spectre.Console;
using Spectre.Console.Cli;

namespace KazChina.Model.Cli;

/// <summary>
/// `kazchina query`: the records that pass every filter given (kind, country, party, outlet, period, text), in
/// edition order, as a table or as JSON.
/// </summary>
internal sealed class QueryCommand : Command<QueryCommand.Settings>
{
    private readonly IAnsiConsole _console;

    public QueryCommand(IAnsiConsole console)
    {
        _console = console;
    }

    /// <summary>The query's filters; a record must pass all that are given.</summary>
    public sealed class Settings : EditionSettings
    {
        [CommandOption("-k|--kind <KIND>")]
        [Description("Records of these kinds (repeat the option or separate with commas): country, person, organization, place, citation, quote, editorialNote, agreement, provision, event, tradeFigure, loan, currencySwap, infrastructureProject, assessment.")]
        public string[] Kinds { get; set; } = [];

        [CommandOption("-c|--country <COUNTRY>")]
        [Description("Records that refer to this country, by id or name: china, Kazakhstan, Kazakhstani.")]
        public string? Country { get; set; }

        [CommandOption("--party <ACTOR>")]
        [Description("Records in which this country, person or organization takes part: a party to an agreement or swap, a lender or borrower, an actor of a provision, a participant in an event, a side of a trade figure, a speaker, a holder of a view.")]
        public string? Party { get; set; }

        [CommandOption("-o|--outlet <OUTLET>")]
        [Description("The citations of this news outlet, by id or name (xinhua, www.centralasiaonline.com), and the records they support.")]
        public string? Outlet { get; set; }

        [CommandOption("-p|--period <PERIOD>")]
        [Description("Dated records whose date may fall in this period: 2011, 2011-06, 2011-06-13, or two of these joined by '..'.")]
        public string? Period { get; set; }

        [CommandOption("-t|--text <WORDS>")]
        [Description("Records whose evidence or fields contain these words, ignoring case (and curly quotes and dashes in the evidence).")]
        public string? Text { get; set; }

        [CommandOption("--json")]
        [Description("Write the records as a JSON array in the package's wire format (each with its kind in $type) instead of a table.")]
        public bool Json { get; set; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        KazChinaEdition edition = settings.LoadEdition();
        IReadOnlyList<EditionRecord> records = RecordFilter.Apply(edition, settings);
        if (settings.Json)
        {
            ConsoleOutput.WriteRaw(_console, stream => JsonExport.WriteRecords(records.ToValueList(), stream));
            return ExitCodes.Success;
        }

        var labels = new RecordLabels(edition);
        Table table = ConsoleTables.Create($"{records.Count} of {edition.Records.Count} records", "Id", "Kind", "When", "Label");
        foreach (EditionRecord record in records)
        {
            table.AddTextRow(record.Id.Value, RecordKindNames.Name(record.Kind), labels.WhenOf(record), labels.Of(record));
        }

        _console.Write(table);
        return ExitCodes.Success;
    }
}

using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using System.Threading;
using Spectre.Console;

namespace KazChina.Model.Cli;

/// <summary>
/// `kazchina query`: the records that pass every filter given (kind, country, party, outlet, period, text), in
/// edition order, as stated or corrected, as a table followed by the caveats on using their values, or as JSON.
/// </summary>
internal sealed class QueryCommand : ICommand<QueryCommand.Settings>
{
    private readonly IAnsiConsole _console;

    public QueryCommand(IAnsiConsole console)
    {
        _console = console;
    }

    /// <summary>The query's filters; a record must pass all that are given.</summary>
    public sealed class Settings : EditionSettings, ICommandSettings<Settings>
    {
        private Settings(ParseResult parse)
            : base(parse)
        {
            Kinds = parse.GetValue<string[]>("--kind") ?? [];
            Country = parse.GetValue<string>("--country");
            Party = parse.GetValue<string>("--party");
            Outlet = parse.GetValue<string>("--outlet");
            Period = parse.GetValue<string>("--period");
            Text = parse.GetValue<string>("--text");
            Corrected = parse.GetValue<bool>("--corrected");
            Json = parse.GetValue<bool>("--json");
        }

        /// <summary>Gets <c>--kind</c>.</summary>
        public string[] Kinds { get; }

        /// <summary>Gets <c>--country</c>.</summary>
        public string? Country { get; }

        /// <summary>Gets <c>--party</c>.</summary>
        public string? Party { get; }

        /// <summary>Gets <c>--outlet</c>.</summary>
        public string? Outlet { get; }

        /// <summary>Gets <c>--period</c>.</summary>
        public string? Period { get; }

        /// <summary>Gets <c>--text</c>.</summary>
        public string? Text { get; }

        /// <summary>Gets <c>--corrected</c>.</summary>
        public bool Corrected { get; }

        /// <summary>Gets <c>--json</c>.</summary>
        public bool Json { get; }

        /// <summary>Gets the reading of the edition asked for.</summary>
        public ReadingChoice Reading => Corrected ? ReadingChoice.Corrected : ReadingChoice.AsStated;

        public static IEnumerable<Symbol> Declare() =>
        [
            .. DeclareEdition(),
            CommandOptions.Values("--kind", "-k", "KIND", "Records of these kinds (repeat the option or separate with commas): country, person, organization, place, citation, quote, editorialNote, agreement, provision, event, tradeFigure, loan, currencySwap, infrastructureProject, assessment."),
            CommandOptions.Value("--country", "-c", "COUNTRY", "Records that refer to this country, by id or name: china, Kazakhstan, Kazakhstani."),
            CommandOptions.Value("--party", null, "ACTOR", "Records in which this country, person or organization takes part: a party to an agreement or swap, a lender or borrower, an actor of a provision, a participant in an event, a side of a trade figure, a speaker, a holder of a view."),
            CommandOptions.Value("--outlet", "-o", "OUTLET", "The citations of this news outlet, by id or name (xinhua, www.centralasiaonline.com), and the records they support."),
            CommandOptions.Value("--period", "-p", "PERIOD", "Dated records whose date may fall in this period: 2011, 2011-06, 2011-06-13, or two of these joined by '..'."),
            CommandOptions.Value("--text", "-t", "WORDS", "Records whose evidence or fields contain these words, ignoring case (and curly quotes and dashes in the evidence)."),
            CommandOptions.Flag("--corrected", "Read the records corrected: with the editorial notes' typed readings applied ($1.5 billion for the loan the article prints as \"$15 billion\", the Horgos centre opened on 2011-12-02). Without it, records are as the article states them."),
            CommandOptions.Flag("--json", "Write the records as a JSON array in the package's wire format (each with its kind in $type) instead of a table; the caveats are left out."),
        ];

        public static Settings Bind(ParseResult parse) => new(parse);
    }

    public int Execute(Settings settings, CancellationToken cancellationToken)
    {
        KazChinaEdition edition = settings.LoadEdition();
        ReadingChoice reading = settings.Reading;
        EditionRecord[] records = [.. RecordFilter.Apply(edition, settings).Select(r => edition.Read(r.Id, reading).Record)];
        if (settings.Json)
        {
            ConsoleOutput.WriteRaw(_console, stream => JsonExport.WriteRecords(records.ToValueList(), stream));
            return ExitCodes.Success;
        }

        string readingName = reading == ReadingChoice.Corrected ? "corrected" : "as stated";
        var labels = new RecordLabels(edition, reading);
        TextTable table = ConsoleTables.Create($"{records.Length} of {edition.Records.Count} records, {readingName}", ConsoleTables.IdColumn, "Kind", "When", "Label");
        foreach (EditionRecord record in records)
        {
            table.AddTextRow(record.Id.Value, RecordKindNames.Name(record.Kind), labels.WhenOf(record), labels.Of(record));
        }

        table.Write(_console);
        Caveat[] caveats = [.. records.SelectMany(r => edition.CaveatsOf(r.Id, reading))];
        if (caveats.Length > 0)
        {
            TextTable notes = ConsoleTables.Create($"{caveats.Length} caveats on these values, {readingName}", "Kind", "Caveat");
            foreach (Caveat caveat in caveats)
            {
                notes.AddTextRow(ConsoleTables.Name(caveat.Kind), caveat.Message);
            }

            notes.Write(_console);
        }

        return ExitCodes.Success;
    }
}

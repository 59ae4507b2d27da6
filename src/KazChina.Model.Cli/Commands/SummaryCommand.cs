using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Collections.Generic;
using System.CommandLine;
using Spectre.Console;

namespace KazChina.Model.Cli;

/// <summary>
/// `kazchina summary`: the edition at a glance: the article's metadata and word count, the count of each kind
/// of record, then the people, agreements, trade figures, projects, loans and swaps, events, quotes, the author's
/// and others' assessments, citations and editorial notes. Kinds and enum values print camelCase, as in every command.
/// </summary>
internal sealed partial class SummaryCommand : ICommand<SummaryCommand.Settings>
{
    private readonly IAnsiConsole _console;

    public SummaryCommand(IAnsiConsole console)
    {
        _console = console;
    }

    /// <summary>The summary's options.</summary>
    public sealed class Settings : EditionSettings, ICommandSettings<Settings>
    {
        private Settings(ParseResult parse)
            : base(parse)
        {
        }

        public static IEnumerable<Symbol> Declare() => DeclareEdition();

        public static Settings Bind(ParseResult parse) => new(parse);
    }

    public int Execute(Settings settings, CancellationToken cancellationToken)
    {
        KazChinaEdition edition = settings.LoadEdition();
        ArticleTable(edition).Write(_console);
        _console.Write(CountsTable(edition));
        PeopleTable(edition).Write(_console);
        AgreementsTable(edition).Write(_console);
        TradeTable(edition).Write(_console);
        ProjectsTable(edition).Write(_console);
        FinanceTable(edition).Write(_console);
        EventsTable(edition).Write(_console);
        QuotesTable(edition).Write(_console);
        AssessmentsTable(edition).Write(_console);
        CitationsTable(edition).Write(_console);
        NotesTable(edition).Write(_console);
        return ExitCodes.Success;
    }

    /// <summary>Counts runs of letters or digits, joined by inner apostrophes, hyphens, periods or commas ("Kazakhstan’s", "all-round", "136.14").</summary>
    internal static int CountWords(string text) => WordPattern().Count(text);

    private static TextTable ArticleTable(KazChinaEdition edition)
    {
        Article article = edition.Article;
        return ConsoleTables.Create("Article", "Field", "Value")
            .AddTextRow("Title", article.Title)
            .AddTextRow("Publication", article.Publication)
            .AddTextRow("Volume", article.Volume.ToString(CultureInfo.InvariantCulture))
            .AddTextRow("Issue", article.Issue.ToString(CultureInfo.InvariantCulture))
            .AddTextRow("Published", article.PublicationDate is { } d ? $"unknown; estimated {d.Earliest:uuuu-MM-dd} to {d.Latest:uuuu-MM-dd}" : "unknown")
            .AddTextRow("Words", CountWords(article.Text).ToString(CultureInfo.InvariantCulture))
            .AddTextRow("Data version", edition.DataVersion);
    }

    private static Table CountsTable(KazChinaEdition edition)
    {
        var counts = new Table().Title("Records").AddColumn("Kind").AddColumn(new TableColumn("Count").RightAligned());
        foreach (RecordKind kind in Enum.GetValues<RecordKind>())
        {
            counts.AddRow(new Text(RecordKindNames.Name(kind)), new Text(edition.Records.Count(r => r.Kind == kind).ToString(CultureInfo.InvariantCulture)));
        }

        counts.AddRow("[bold]Total[/]", $"[bold]{edition.Records.Count.ToString(CultureInfo.InvariantCulture)}[/]");
        return counts;
    }

    private static TextTable AgreementsTable(KazChinaEdition edition)
    {
        TextTable table = ConsoleTables.Create("Agreements", ConsoleTables.IdColumn, "Title", "Parties", "When", "Status");
        foreach (Agreement a in edition.Agreements)
        {
            table.AddTextRow(a.Id.Value, a.Title, ConsoleTables.Ids(a.PartyIds), ConsoleTables.When(a.When), ConsoleTables.Name(a.Status));
        }

        return table;
    }

    private static TextTable TradeTable(KazChinaEdition edition)
    {
        TextTable table = ConsoleTables.Create("Trade figures", ConsoleTables.IdColumn, "Country → partner", "Period", "Measure", "Basis", "As written");
        foreach (TradeFigure t in edition.TradeFigures)
        {
            table.AddTextRow(
                t.Id.Value,
                $"{t.CountryId} → {t.PartnerId}",
                ConsoleTables.When(t.Period),
                ConsoleTables.Name(t.Measure),
                ConsoleTables.Name(t.Basis),
                t.Amount?.AsWritten ?? t.Quantity?.AsWritten ?? "");
        }

        return table;
    }

    private static TextTable ProjectsTable(KazChinaEdition edition)
    {
        TextTable table = ConsoleTables.Create("Infrastructure projects", ConsoleTables.IdColumn, "Name", "Status", "Cost");
        foreach (InfrastructureProject p in edition.Projects)
        {
            table.AddTextRow(p.Id.Value, p.Name, ConsoleTables.Name(p.Status), p.Cost?.AsWritten ?? "");
        }

        return table;
    }

    private static TextTable FinanceTable(KazChinaEdition edition)
    {
        TextTable table = ConsoleTables.Create("Loans and currency swaps", ConsoleTables.IdColumn, "Kind", "Parties", "Amount as written", "When");
        foreach (Loan l in edition.Loans)
        {
            table.AddTextRow(l.Id.Value, RecordKindNames.Name(RecordKind.Loan), $"{l.LenderId} → {l.BorrowerId}", l.Amount.AsWritten, ConsoleTables.When(l.When));
        }

        foreach (CurrencySwap s in edition.CurrencySwaps)
        {
            table.AddTextRow(s.Id.Value, RecordKindNames.Name(RecordKind.CurrencySwap), ConsoleTables.Ids(s.PartyIds), s.Amount.AsWritten, ConsoleTables.When(s.When));
        }

        return table;
    }

    private static TextTable PeopleTable(KazChinaEdition edition)
    {
        TextTable table = ConsoleTables.Create("People", ConsoleTables.IdColumn, "Name", "As written", "Role", "Country");
        foreach (Person p in edition.People)
        {
            table.AddTextRow(p.Id.Value, p.Name, p.NameAsWritten, p.Role, p.CountryId.Value);
        }

        return table;
    }

    private static TextTable EventsTable(KazChinaEdition edition)
    {
        TextTable table = ConsoleTables.Create("Events", ConsoleTables.IdColumn, "Kind", "Title", "When");
        foreach (Event e in edition.Events)
        {
            table.AddTextRow(e.Id.Value, ConsoleTables.Name(e.EventKind), e.Title, ConsoleTables.When(e.When));
        }

        return table;
    }

    private static TextTable QuotesTable(KazChinaEdition edition)
    {
        TextTable table = ConsoleTables.Create("Quotes", ConsoleTables.IdColumn, "Kind", "Speaker", "Words");
        foreach (Quote q in edition.Quotes)
        {
            table.AddTextRow(q.Id.Value, ConsoleTables.Name(q.QuoteKind), q.SpeakerId.Value, q.Words.Text);
        }

        return table;
    }

    private static TextTable AssessmentsTable(KazChinaEdition edition)
    {
        TextTable table = ConsoleTables.Create("Assessments", ConsoleTables.IdColumn, "Held by", "Kind", "Statement");
        foreach (Assessment a in edition.Assessments)
        {
            table.AddTextRow(a.Id.Value, a.HolderId?.Value ?? "the author", ConsoleTables.Name(a.AssessmentKind), a.Statement);
        }

        return table;
    }

    private static TextTable CitationsTable(KazChinaEdition edition)
    {
        TextTable table = ConsoleTables.Create("Citations", ConsoleTables.IdColumn, "As written", "Date", "Title");
        foreach (Citation c in edition.Citations)
        {
            table.AddTextRow(c.Id.Value, c.Span?.Text ?? c.OutletAsWritten, c.Date?.ToString() ?? "", c.Title ?? "");
        }

        return table;
    }

    private static TextTable NotesTable(KazChinaEdition edition)
    {
        TextTable table = ConsoleTables.Create("Editorial notes", ConsoleTables.IdColumn, "As written", "Reading", "Confidence");
        foreach (EditorialNote n in edition.EditorialNotes)
        {
            table.AddTextRow(n.Id.Value, n.AsWritten, n.Reading, ConsoleTables.Name(n.Confidence));
        }

        return table;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[’'\-.,][\p{L}\p{N}]+)*")]
    private static partial Regex WordPattern();
}

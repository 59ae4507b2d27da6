using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using Spectre.Console;
using Spectre.Console.Cli;

namespace KazChina.Model.Cli;

/// <summary>
/// `kazchina summary`: the edition at a glance: the article's metadata and word count, the count of each kind
/// of record, then the agreements, trade figures, projects, loans and swaps, citations and editorial notes.
/// </summary>
internal sealed partial class SummaryCommand : Command<SummaryCommand.Settings>
{
    private readonly IAnsiConsole _console;

    public SummaryCommand(IAnsiConsole console)
    {
        _console = console;
    }

    /// <summary>The summary's options.</summary>
    public sealed class Settings : EditionSettings;

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        KazChinaEdition edition = settings.LoadEdition();
        _console.Write(ArticleTable(edition));
        _console.Write(CountsTable(edition));
        _console.Write(AgreementsTable(edition));
        _console.Write(TradeTable(edition));
        _console.Write(ProjectsTable(edition));
        _console.Write(FinanceTable(edition));
        _console.Write(CitationsTable(edition));
        _console.Write(NotesTable(edition));
        return ExitCodes.Success;
    }

    /// <summary>Counts runs of letters or digits, joined by inner apostrophes, hyphens, periods or commas ("Kazakhstan’s", "all-round", "136.14").</summary>
    internal static int CountWords(string text) => WordPattern().Count(text);

    private static Table ArticleTable(KazChinaEdition edition)
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
            counts.AddTextRow(kind.ToString(), edition.Records.Count(r => r.Kind == kind).ToString(CultureInfo.InvariantCulture));
        }

        counts.AddRow("[bold]Total[/]", $"[bold]{edition.Records.Count.ToString(CultureInfo.InvariantCulture)}[/]");
        return counts;
    }

    private static Table AgreementsTable(KazChinaEdition edition)
    {
        Table table = ConsoleTables.Create("Agreements", "Id", "Title", "Parties", "When", "Status");
        foreach (Agreement a in edition.Agreements)
        {
            table.AddTextRow(a.Id.Value, a.Title, ConsoleTables.Ids(a.PartyIds), ConsoleTables.When(a.When), a.Status.ToString());
        }

        return table;
    }

    private static Table TradeTable(KazChinaEdition edition)
    {
        Table table = ConsoleTables.Create("Trade figures", "Id", "Country → partner", "Period", "Measure", "Basis", "As written");
        foreach (TradeFigure t in edition.TradeFigures)
        {
            table.AddTextRow(
                t.Id.Value,
                $"{t.CountryId} → {t.PartnerId}",
                ConsoleTables.When(t.Period),
                t.Measure.ToString(),
                t.Basis.ToString(),
                t.Amount?.AsWritten ?? t.Quantity?.AsWritten ?? "");
        }

        return table;
    }

    private static Table ProjectsTable(KazChinaEdition edition)
    {
        Table table = ConsoleTables.Create("Infrastructure projects", "Id", "Name", "Status", "Cost");
        foreach (InfrastructureProject p in edition.Projects)
        {
            table.AddTextRow(p.Id.Value, p.Name, p.Status.ToString(), p.Cost?.AsWritten ?? "");
        }

        return table;
    }

    private static Table FinanceTable(KazChinaEdition edition)
    {
        Table table = ConsoleTables.Create("Loans and currency swaps", "Id", "Kind", "Parties", "Amount as written", "When");
        foreach (Loan l in edition.Loans)
        {
            table.AddTextRow(l.Id.Value, "Loan", $"{l.LenderId} → {l.BorrowerId}", l.Amount.AsWritten, ConsoleTables.When(l.When));
        }

        foreach (CurrencySwap s in edition.CurrencySwaps)
        {
            table.AddTextRow(s.Id.Value, "CurrencySwap", ConsoleTables.Ids(s.PartyIds), s.Amount.AsWritten, ConsoleTables.When(s.When));
        }

        return table;
    }

    private static Table CitationsTable(KazChinaEdition edition)
    {
        Table table = ConsoleTables.Create("Citations", "Id", "As written", "Date", "Title");
        foreach (Citation c in edition.Citations)
        {
            table.AddTextRow(c.Id.Value, c.Span?.Text ?? c.OutletAsWritten, c.Date?.ToString() ?? "", c.Title ?? "");
        }

        return table;
    }

    private static Table NotesTable(KazChinaEdition edition)
    {
        Table table = ConsoleTables.Create("Editorial notes", "Id", "As written", "Reading", "Confidence");
        foreach (EditorialNote n in edition.EditorialNotes)
        {
            table.AddTextRow(n.Id.Value, n.AsWritten, n.Reading, n.Confidence.ToString());
        }

        return table;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[’'\-.,][\p{L}\p{N}]+)*")]
    private static partial Regex WordPattern();
}

using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using Spectre.Console;
using Spectre.Console.Cli;

namespace KazChina.Model.Cli;

/// <summary>`kazchina summary`: the article's metadata, its word count and the count of each kind of record.</summary>
internal sealed partial class SummaryCommand : Command<SummaryCommand.Settings>
{
    private readonly IAnsiConsole _console;

    public SummaryCommand(IAnsiConsole console)
    {
        _console = console;
    }

    /// <summary>The summary takes no options yet.</summary>
    public sealed class Settings : CommandSettings;

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        KazChinaEdition edition = KazChinaEdition.Current;
        Article article = edition.Article;

        var about = new Table().Title("Article").AddColumn("Field").AddColumn("Value");
        about.AddRow("Title", Markup.Escape(article.Title));
        about.AddRow("Publication", Markup.Escape(article.Publication));
        about.AddRow("Volume", article.Volume.ToString(CultureInfo.InvariantCulture));
        about.AddRow("Issue", article.Issue.ToString(CultureInfo.InvariantCulture));
        about.AddRow("Published", article.PublicationDate is { } d
            ? Markup.Escape($"unknown; estimated {d.Earliest:uuuu-MM-dd} to {d.Latest:uuuu-MM-dd}")
            : "unknown");
        about.AddRow("Words", CountWords(article.Text).ToString(CultureInfo.InvariantCulture));
        about.AddRow("Data version", Markup.Escape(edition.DataVersion));
        _console.Write(about);

        var counts = new Table().Title("Records").AddColumn("Kind").AddColumn(new TableColumn("Count").RightAligned());
        foreach (RecordKind kind in Enum.GetValues<RecordKind>())
        {
            counts.AddRow(kind.ToString(), edition.Records.Count(r => r.Kind == kind).ToString(CultureInfo.InvariantCulture));
        }

        counts.AddRow("[bold]Total[/]", $"[bold]{edition.Records.Count.ToString(CultureInfo.InvariantCulture)}[/]");
        _console.Write(counts);
        return 0;
    }

    /// <summary>Counts runs of letters or digits, joined by inner apostrophes, hyphens, periods or commas ("Kazakhstan’s", "all-round", "136.14").</summary>
    internal static int CountWords(string text) => WordPattern().Count(text);

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[’'\-.,][\p{L}\p{N}]+)*")]
    private static partial Regex WordPattern();
}

using System;
using System.Reflection;
using System.Threading;
using Spectre.Console;
using Spectre.Console.Cli;

namespace KazChina.Model.Cli;

/// <summary>
/// The `kazchina` command line: builds the command tree and runs it against an output console and an error
/// console, so tests can run it in-process and see both. Results go to the output console only, so it can be
/// piped; every failure is one line on the error console and exit code <see cref="ExitCodes.Error"/>.
/// </summary>
internal static class KazChinaApp
{
    /// <summary>The prefix of every error line.</summary>
    public const string ErrorPrefix = "kazchina: ";

    /// <summary>Gets the tool's version: its assembly's informational version (the package version, plus the commit where known).</summary>
    public static string Version { get; } =
        typeof(KazChinaApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>Runs the tool.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="console">Where results and help go (stdout).</param>
    /// <param name="errorConsole">Where errors go (stderr).</param>
    /// <param name="cancellationToken">Cancels the command (Ctrl+C).</param>
    /// <returns>The process exit code (see <see cref="ExitCodes"/>).</returns>
    public static int Run(string[] args, IAnsiConsole console, IAnsiConsole errorConsole, CancellationToken cancellationToken = default)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("kazchina");
            config.SetApplicationVersion(Version);
            config.Settings.Console = console;
            config.Settings.StrictParsing = true;
            config.SetExceptionHandler((exception, _) => ReportError(errorConsole, exception));

            config.AddCommand<SummaryCommand>("summary")
                .WithDescription("The edition at a glance: the article, the number of records of each kind, agreements, trade figures, projects, finance, citations and editorial notes.")
                .WithExample("summary");
            config.AddCommand<TimelineCommand>("timeline")
                .WithDescription("Every dated record in chronological order, with the precision of its date (year, month, day) and whether its year is inferred.")
                .WithExample("timeline")
                .WithExample("timeline", "--period", "2011-06", "--kind", "agreement,event");
            config.AddCommand<QueryCommand>("query")
                .WithDescription("The records that pass every filter given: kind, country, party, outlet, period, text.")
                .WithExample("query", "--kind", "tradeFigure", "--country", "russia")
                .WithExample("query", "--party", "Hu")
                .WithExample("query", "--outlet", "xinhua", "--period", "2011-06-13")
                .WithExample("query", "--text", "pipeline");
            config.AddCommand<ExportCommand>("export")
                .WithDescription("Write the edition for other tools: json (the edition), jsonl (one record per line), csv (a folder of tables for Excel, Power BI, pandas) or csl-json (the citations for Zotero and Pandoc).")
                .WithExample("export", "--format", "csv", "--out", "tables")
                .WithExample("export", "--format", "csl-json", "--out", "citations.json")
                .WithExample("export", "--format", "csv")
                .WithExample("export", "--format", "json", "--out", "edition.json")
                .WithExample("export", "--format", "jsonl", "--edition", "edited.json");
            config.AddCommand<SchemaCommand>("schema")
                .WithDescription("Print the JSON Schema (draft 2020-12) of an edition document, the format export --format json writes and --edition reads.")
                .WithExample("schema");
            config.AddCommand<ValidateCommand>("validate")
                .WithDescription("Check an edition JSON file and print every problem with its JSON path. Exit code 0: valid; 1: problems found; 2: the file cannot be read or is not JSON.")
                .WithExample("validate", "edition.json");
        });
        return app.Run(args, cancellationToken);
    }

    /// <summary>Writes one line for a failure, with no stack trace, and picks the exit code.</summary>
    /// <param name="errorConsole">The error console.</param>
    /// <param name="exception">What went wrong.</param>
    /// <returns>The exit code.</returns>
    private static int ReportError(IAnsiConsole errorConsole, Exception exception)
    {
        (string message, int exitCode) = exception switch
        {
            OperationCanceledException => ("cancelled.", ExitCodes.Cancelled),
            CliException or CommandAppException => (exception.Message, ExitCodes.Error),
            _ => ($"unexpected error ({exception.GetType().Name}): {exception.Message}", ExitCodes.Error),
        };

        // Straight to the writer: one line, never wrapped at the console's width or read as markup; names and
        // values quoted from the input are escaped where a terminal would act on them.
        errorConsole.Profile.Out.Writer.WriteLine(ErrorPrefix + SafeText.Escape(OneLine(message)));
        errorConsole.Profile.Out.Writer.Flush();
        return exitCode;
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}

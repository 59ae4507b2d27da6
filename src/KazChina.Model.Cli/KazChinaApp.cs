using System;
using System.Collections.Generic;
using System.Reflection;
using System.Threading;
using Spectre.Console;
using Spectre.Console.Cli;

namespace KazChina.Model.Cli;

/// <summary>
/// The `kazchina` command line: builds the command tree and runs it against an output console and an error
/// console, so tests can run it in-process and see both. Results go to the output console only, so it can be
/// piped; every failure is one line on the error console, with no exception type or parameter name in it, and
/// the exit code <see cref="ExitCodes"/> gives its class.
/// </summary>
internal static class KazChinaApp
{
    /// <summary>The prefix of every error line.</summary>
    public const string ErrorPrefix = "kazchina: ";

    /// <summary>Gets the tool's version: its assembly's informational version (the package version, plus the commit where known).</summary>
    public static string Version { get; } =
        typeof(KazChinaApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>Runs the tool on the real file system.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="console">Where results and help go (stdout).</param>
    /// <param name="errorConsole">Where errors go (stderr).</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The process exit code (see <see cref="ExitCodes"/>).</returns>
    public static int Run(string[] args, IAnsiConsole console, IAnsiConsole errorConsole, CancellationToken cancellationToken = default) =>
        Run(args, console, errorConsole, new OutputSession(SystemFileOperations.Instance), cancellationToken);

    /// <summary>Runs the tool.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="console">Where results and help go (stdout).</param>
    /// <param name="errorConsole">Where errors go (stderr).</param>
    /// <param name="session">The outputs of the run and the file operations they use.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The process exit code (see <see cref="ExitCodes"/>).</returns>
    public static int Run(string[] args, IAnsiConsole console, IAnsiConsole errorConsole, OutputSession session, CancellationToken cancellationToken = default)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("kazchina");
            config.SetApplicationVersion(Version);
            config.Settings.Console = console;
            config.Settings.StrictParsing = true;
            config.Settings.Registrar.RegisterInstance(session);
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
                .WithDescription("Write the edition for other tools: json (the edition), jsonl (one record per line), csv (a folder of tables for Excel, Power BI, pandas), csl-json (the citations for Zotero and Pandoc) or geojson (the places and projects for GIS tools).")
                .WithExample("export", "--format", "csv", "--out", "tables")
                .WithExample("export", "--format", "csl-json", "--out", "citations.json")
                .WithExample("export", "--format", "csv")
                .WithExample("export", "--format", "json", "--out", "edition.json")
                .WithExample("export", "--format", "jsonl", "--edition", "edited.json")
                .WithExample("export", "--format", "geojson", "--out", "places.geojson");
            config.AddCommand<ReportCommand>("report")
                .WithDescription("Write the edition as one self-contained HTML page that works offline: the article with every evidence span highlighted and the editorial notes in the margin, a timeline, a trade chart, a map, and a card per record at #record-id.")
                .WithExample("report", "--out", "report.html");
            config.AddCommand<SchemaCommand>("schema")
                .WithDescription("Print the JSON Schema (draft 2020-12) of an edition document, the format export --format json writes and --edition reads.")
                .WithExample("schema");
            config.AddCommand<ValidateCommand>("validate")
                .WithDescription("Check an edition JSON file and print every problem with its JSON path. Exit code 0: valid; 1: JSON, but not a valid edition; 2: the file cannot be read, is longer than --max-bytes, is not UTF-8 or is not JSON at all, or a usage or output error.")
                .WithExample("validate", "edition.json");
        });
        return app.Run(StandardOutputAsValue(args), cancellationToken);
    }

    /// <summary>Writes one line for a failure, with no stack trace, and picks the exit code.</summary>
    /// <param name="errorConsole">The error console.</param>
    /// <param name="exception">What went wrong.</param>
    /// <returns>The exit code.</returns>
    private static int ReportError(IAnsiConsole errorConsole, Exception exception)
    {
        (string message, int exitCode) = exception switch
        {
            OperationCanceledException => ("cancelled; no file was changed.", ExitCodes.Cancelled),
            CliException cli => (cli.Message, cli.ExitCode),
            CommandAppException => (exception.Message, ExitCodes.Error),
            _ => ($"unexpected error: {WithoutParameterName(exception)}", ExitCodes.Error),
        };

        // Straight to the writer: one line, never wrapped at the console's width or read as markup; names and
        // values quoted from the input are escaped where a terminal would act on them.
        errorConsole.Profile.Out.Writer.WriteLine(ErrorPrefix + SafeText.Escape(OneLine(message)));
        errorConsole.Profile.Out.Writer.Flush();
        return exitCode;
    }

    /// <summary>Joins <c>--out -</c> into <c>--out=-</c>: the parser would read a lone <c>-</c> as an option without a name.</summary>
    private static string[] StandardOutputAsValue(string[] args)
    {
        var joined = new List<string>(args.Length);
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] is "-o" or "--out" && i + 1 < args.Length && args[i + 1] == ExportCommand.StandardOutput)
            {
                joined.Add(args[i] + "=" + ExportCommand.StandardOutput);
                i++;
            }
            else
            {
                joined.Add(args[i]);
            }
        }

        return [.. joined];
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();

    // An argument exception's message ends with "(Parameter 'name')", which names code, not anything the user gave.
    private static string WithoutParameterName(Exception exception) =>
        exception is ArgumentException { ParamName: { } name } && exception.Message.EndsWith($" (Parameter '{name}')", StringComparison.Ordinal)
            ? exception.Message[..^$" (Parameter '{name}')".Length]
            : exception.Message;
}

using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.Reflection;
using System.Threading;
using Spectre.Console;

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
        try
        {
            var help = new HelpOption("--help", "-h", "-?") { Description = "Prints help information." };
            var version = new VersionOption("--version", "-v") { Description = "Prints version information." };
            RootCommand root = CreateCommands(help, version);
            ParseResult parse = root.Parse(args, ParserSettings);
            if (parse.GetResult(help) is not null || (parse.CommandResult.Command == root && args.Length == 0))
            {
                HelpText.Write(console, root, parse.CommandResult.Command);
                return ExitCodes.Success;
            }

            UsageErrors.ThrowIfAny(parse);
            if (parse.GetResult(version) is not null)
            {
                console.Profile.Out.Writer.WriteLine(Version);
                console.Profile.Out.Writer.Flush();
                return ExitCodes.Success;
            }

            return ((ToolCommand)parse.CommandResult.Command).Run(parse, new CommandServices(console, session), cancellationToken);
        }
        catch (Exception exception)
        {
            return ReportError(errorConsole, exception);
        }
    }

    // Response files (@file) off: an argument is what it says, e.g. a file named "@notes.json".
    private static ParserConfiguration ParserSettings { get; } = new() { ResponseFileTokenReplacer = null };

    /// <summary>Builds the command tree: every command with its options, help text and examples.</summary>
    private static RootCommand CreateCommands(HelpOption help, VersionOption version)
    {
        var root = new RootCommand("The kazchina tool.");

        // Only --help and --version: no [suggest] or [diagram] directives, no Windows-style /h.
        root.Options.Clear();
        root.Directives.Clear();
        root.Options.Add(help);
        root.Options.Add(version);
        root.Subcommands.Add(ToolCommand.Create<SummaryCommand.Settings>(
                "summary",
                "The edition at a glance: the article, the number of records of each kind, agreements, trade figures, projects, finance, citations and editorial notes.",
                services => new SummaryCommand(services.Console))
            .WithExample("summary"));
        root.Subcommands.Add(ToolCommand.Create<TimelineCommand.Settings>(
                "timeline",
                "Every dated record in chronological order, with the precision of its date (year, month, day) and whether its year is inferred.",
                services => new TimelineCommand(services.Console))
            .WithExample("timeline")
            .WithExample("timeline", "--period", "2011-06", "--kind", "agreement,event"));
        root.Subcommands.Add(ToolCommand.Create<QueryCommand.Settings>(
                "query",
                "The records that pass every filter given: kind, country, party, outlet, period, text.",
                services => new QueryCommand(services.Console))
            .WithExample("query", "--kind", "tradeFigure", "--country", "russia")
            .WithExample("query", "--party", "Hu")
            .WithExample("query", "--outlet", "xinhua", "--period", "2011-06-13")
            .WithExample("query", "--text", "pipeline"));
        root.Subcommands.Add(ToolCommand.Create<ExportCommand.Settings>(
                "export",
                "Write the edition for other tools: json (the edition), jsonl (one record per line), csv (a folder of tables for Excel, Power BI, pandas), sqlite (the tables as one database), parquet (a folder of typed tables for DuckDB, Spark, Power BI), xlsx (the tables as an Excel workbook), csl-json (the bibliography for Pandoc and Zotero), bibtex or ris (the bibliography for reference managers), geojson (the places and projects for GIS tools).",
                services => new ExportCommand(services.Console, services.Session))
            .WithExample("export", "--format", "csv", "--out", "tables")
            .WithExample("export", "--format", "parquet", "--out", "parquet")
            .WithExample("export", "--format", "xlsx", "--out", "edition.xlsx")
            .WithExample("export", "--format", "csl-json", "--out", "citations.json")
            .WithExample("export", "--format", "csv")
            .WithExample("export", "--format", "json", "--out", "edition.json")
            .WithExample("export", "--format", "jsonl", "--edition", "edited.json")
            .WithExample("export", "--format", "geojson", "--out", "places.geojson"));
        root.Subcommands.Add(ToolCommand.Create<ReportCommand.Settings>(
                "report",
                "Write the edition as one self-contained HTML page that works offline: the article with every evidence span highlighted and the editorial notes in the margin, a timeline, a trade chart, a map, and a card per record at #record-id.",
                services => new ReportCommand(services.Console, services.Session))
            .WithExample("report", "--out", "report.html"));
        root.Subcommands.Add(ToolCommand.Create<SchemaCommand.Settings>(
                "schema",
                "Print the JSON Schema (draft 2020-12) of an edition document, the format export --format json writes and --edition reads.",
                services => new SchemaCommand(services.Console))
            .WithExample("schema"));
        root.Subcommands.Add(ToolCommand.Create<ValidateCommand.Settings>(
                "validate",
                "Check an edition JSON file and print every problem with its JSON path. Exit code 0: valid; 1: JSON, but not a valid edition; 2: the file cannot be read, is longer than --max-bytes, is not UTF-8 or is not JSON at all, or a usage or output error.",
                services => new ValidateCommand(services.Console))
            .WithExample("validate", "edition.json"));
        return root;
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
            _ => ($"unexpected error: {WithoutParameterName(exception)}", ExitCodes.Error),
        };

        // Straight to the writer: one line, never wrapped at the console's width or read as markup; names and
        // values quoted from the input are escaped where a terminal would act on them.
        errorConsole.Profile.Out.Writer.WriteLine(ErrorPrefix + SafeText.Escape(OneLine(message)));
        errorConsole.Profile.Out.Writer.Flush();
        return exitCode;
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();

    // An argument exception's message ends with "(Parameter 'name')", which names code, not anything the user gave.
    private static string WithoutParameterName(Exception exception) =>
        exception is ArgumentException { ParamName: { } name } && exception.Message.EndsWith($" (Parameter '{name}')", StringComparison.Ordinal)
            ? exception.Message[..^$" (Parameter '{name}')".Length]
            : exception.Message;
}

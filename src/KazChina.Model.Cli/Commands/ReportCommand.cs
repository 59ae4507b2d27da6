using System.Collections.Generic;
using System.CommandLine;
using System.Threading;
using KazChina.Model.Exports;
using Spectre.Console;

namespace KazChina.Model.Cli;

/// <summary>
/// `kazchina report --out FILE.html`: writes the edition as one self-contained HTML page (<see cref="EditionReport"/>),
/// atomically. An invalid <c>--edition</c> file fails as <c>kazchina validate</c> does: the same lines, the same exit code.
/// </summary>
internal sealed class ReportCommand : ICommand<ReportCommand.Settings>
{
    private readonly IAnsiConsole _console;
    private readonly OutputSession _session;

    public ReportCommand(IAnsiConsole console, OutputSession session)
    {
        _console = console;
        _session = session;
    }

    /// <summary>The report's options.</summary>
    public sealed class Settings : EditionSettings, ICommandSettings<Settings>
    {
        private Settings(ParseResult parse)
            : base(parse)
        {
            Out = parse.GetValue<string>("--out");
            Force = parse.GetValue<bool>("--force");
        }

        /// <summary>Gets <c>--out</c>: the HTML file to write, or null when not given.</summary>
        public string? Out { get; }

        /// <summary>Gets <c>--force</c>: whether an existing file may be replaced.</summary>
        public bool Force { get; }

        public static IEnumerable<Symbol> Declare() =>
        [
            .. DeclareEdition(),
            CommandOptions.Value("--out", "-o", "FILE", "The HTML file to write. It appears complete or not at all."),
            CommandOptions.Flag("--force", "Replace a file that already exists. Without it nothing that exists is overwritten."),
        ];

        public static Settings Bind(ParseResult parse) => new(parse);

        public override void Validate()
        {
            if (string.IsNullOrWhiteSpace(Out))
            {
                throw new CliException("--out is required: the HTML file to write, e.g. --out report.html.");
            }

            base.Validate();
        }
    }

    public int Execute(Settings settings, CancellationToken cancellationToken)
    {
        string target = settings.Out!;
        using AtomicFile file = AtomicFile.Create(target, settings.Force, _session);
        KazChinaEdition edition = KazChinaEdition.Current;
        if (settings.EditionFile is { } path)
        {
            if (!EditionFile.Check(path, settings.ReadLimit, out KazChinaEdition? read, out IReadOnlyList<string> problems))
            {
                return EditionFile.ReportProblems(path, problems, Write);
            }

            edition = read;
        }

        file.Write(stream => EditionReport.Write(edition, stream));
        file.Publish(cancellationToken);
        Write($"Wrote {target}");
        return ExitCodes.Success;
    }

    private void Write(string line) => _console.Profile.Out.Writer.WriteLine(SafeText.Escape(line));
}

using System.Collections.Generic;
using System.ComponentModel;
using System.Threading;
using KazChina.Model.Exports;
using Spectre.Console;
using Spectre.Console.Cli;

namespace KazChina.Model.Cli;

/// <summary>
/// `kazchina report --out FILE.html`: writes the edition as one self-contained HTML page (<see cref="EditionReport"/>),
/// atomically. An invalid <c>--edition</c> file fails as <c>kazchina validate</c> does: the same lines, the same exit code.
/// </summary>
internal sealed class ReportCommand : Command<ReportCommand.Settings>
{
    private readonly IAnsiConsole _console;
    private readonly OutputSession _session;

    public ReportCommand(IAnsiConsole console, OutputSession session)
    {
        _console = console;
        _session = session;
    }

    /// <summary>The report's options.</summary>
    public sealed class Settings : EditionSettings
    {
        [CommandOption("-o|--out <FILE>")]
        [Description("The HTML file to write. It appears complete or not at all.")]
        public string? Out { get; set; }

        [CommandOption("--force")]
        [Description("Replace a file that already exists. Without it nothing that exists is overwritten.")]
        public bool Force { get; set; }

        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Out) ? ValidationResult.Error("--out is required: the HTML file to write, e.g. --out report.html.") : base.Validate();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
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

using System.Collections.Generic;
using System.CommandLine;
using System.Threading;
using Spectre.Console;

namespace KazChina.Model.Cli;

/// <summary>
/// `kazchina validate FILE`: reads an edition JSON file strictly and lists every problem with its JSON path.
/// Exit code 0 when the edition is valid; 1 when it is JSON but not a valid edition; 2 when the file cannot be
/// read, is longer than <c>--max-bytes</c>, is not UTF-8 or is not JSON at all, and for usage and output errors.
/// </summary>
internal sealed class ValidateCommand : ICommand<ValidateCommand.Settings>
{
    private readonly IAnsiConsole _console;

    public ValidateCommand(IAnsiConsole console)
    {
        _console = console;
    }

    /// <summary>The file to check.</summary>
    public sealed class Settings : ReadLimitSettings, ICommandSettings<Settings>
    {
        private const string FileArgument = "FILE";

        private Settings(ParseResult parse)
            : base(parse)
        {
            File = parse.GetValue<string>(FileArgument) ?? "";
        }

        /// <summary>Gets the file to check.</summary>
        public string File { get; }

        public static IEnumerable<Symbol> Declare() =>
        [
            new Argument<string>(FileArgument) { Description = "The edition JSON file to check, e.g. one written by export --format json and edited since." },
            .. DeclareReadLimit(),
        ];

        public static Settings Bind(ParseResult parse) => new(parse);
    }

    public int Execute(Settings settings, CancellationToken cancellationToken)
    {
        string path = settings.File;
        if (EditionFile.Check(path, settings.ReadLimit, out KazChinaEdition? edition, out IReadOnlyList<string> problems))
        {
            Write($"'{path}' is a valid edition: {edition.Records.Count} records, data version {edition.DataVersion}.");
            return ExitCodes.Success;
        }

        return EditionFile.ReportProblems(path, problems, Write);
    }

    // Plain lines, never wrapped at the console's width, so each problem stays on one line for grep.
    // The path and the data version come from the user and the edited file: escaped like every other line.
    private void Write(string line) => _console.Profile.Out.Writer.WriteLine(SafeText.Escape(line));
}

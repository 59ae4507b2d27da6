using System;
using System.ComponentModel;
using System.IO;
using System.Linq;
using System.Threading;
using Spectre.Console;
using Spectre.Console.Cli;

namespace KazChina.Model.Cli;

/// <summary>`kazchina export`: writes the edition in a format for other tools, to a file (atomically) or to stdout.</summary>
internal sealed class ExportCommand : Command<ExportCommand.Settings>
{
    private readonly IAnsiConsole _console;

    public ExportCommand(IAnsiConsole console)
    {
        _console = console;
    }

    /// <summary>The export's options.</summary>
    public sealed class Settings : EditionSettings
    {
        [CommandOption("-f|--format <FORMAT>")]
        [Description("json (the edition), jsonl (one record per line, its kind in $type), csv (one file per record kind plus facts.csv) or csl-json (the citations, for Zotero and Pandoc).")]
        public string? Format { get; set; }

        [CommandOption("-o|--out <PATH>")]
        [Description("Where to write: a file, or for csv a folder (created if missing). Without it the output goes to stdout; for csv, the facts table.")]
        public string? Out { get; set; }

        [CommandOption("--force")]
        [Description("Replace files that already exist. Without it an existing file is never overwritten.")]
        public bool Force { get; set; }

        [CommandOption("--raw-cells")]
        [Description("csv only: write every cell exactly as the data has it. Without it, a cell that a spreadsheet would run as a formula (one starting with =, +, -, @, a tab or a carriage return, other than a plain number) gets a leading ' so that it opens as text (OWASP's CSV injection rule). For tools that read the CSV as data, not for spreadsheets.")]
        public bool RawCells { get; set; }

        public override ValidationResult Validate()
        {
            return ExportFormats.TryParse(Format, out _)
                ? ValidationResult.Success()
                : ValidationResult.Error(ExportFormats.UnknownMessage(Format));
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ExportFormat format = ExportFormats.Parse(settings.Format);
        KazChinaEdition edition = settings.LoadEdition();
        switch (format)
        {
            case ExportFormat.Json:
                WriteFileOrConsole(settings, stream => JsonExport.WriteEdition(edition, stream), cancellationToken);
                break;
            case ExportFormat.JsonLines:
                WriteFileOrConsole(settings, stream => JsonExport.WriteRecordLines(edition, stream), cancellationToken);
                break;
            case ExportFormat.Csv when settings.Out is null:
                ConsoleOutput.WriteRaw(_console, stream => CsvExport.Write(edition.ToFactsTable(), stream, byteOrderMark: false, settings.RawCells));
                break;
            case ExportFormat.Csv:
                WriteCsvFolder(edition, settings.Out, settings.Force, settings.RawCells, cancellationToken);
                break;
            default:
                WriteFileOrConsole(settings, stream => CslJsonExport.Write(edition, stream), cancellationToken);
                break;
        }

        return ExitCodes.Success;
    }

    private void WriteFileOrConsole(Settings settings, Action<Stream> write, CancellationToken cancellationToken)
    {
        if (settings.Out is null)
        {
            ConsoleOutput.WriteRaw(_console, write);
            return;
        }

        AtomicFile.Write(new OutputFile(settings.Out, write), settings.Force, cancellationToken);
        _console.Profile.Out.Writer.WriteLine($"Wrote {settings.Out}");
    }

    private void WriteCsvFolder(KazChinaEdition edition, string folder, bool force, bool rawCells, CancellationToken cancellationToken)
    {
        if (File.Exists(folder))
        {
            throw new CliException($"Cannot write to '{folder}': it is a file; for csv, --out names a folder.");
        }

        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"Cannot create the folder '{folder}': {e.Message}", e);
        }

        OutputFile[] files = CsvExport.Tables(edition)
            .Select(t => new OutputFile(Path.Combine(folder, t.FileName), stream => CsvExport.Write(t.Table, stream, byteOrderMark: true, rawCells)))
            .ToArray();
        AtomicFile.WriteAll(files, force, cancellationToken);
        _console.Profile.Out.Writer.WriteLine($"Wrote {files.Length} CSV files to {folder}");
    }
}

using System;
using System.ComponentModel;
using System.IO;
using System.Threading;
using KazChina.Model.Exports;
using Spectre.Console;
using Spectre.Console.Cli;

namespace KazChina.Model.Cli;

/// <summary>
/// `kazchina export`: writes the edition in a format for other tools: to a file (atomically), a folder (atomically
/// as a whole), through a device or pipe, or to stdout.
/// </summary>
internal sealed class ExportCommand : Command<ExportCommand.Settings>
{
    /// <summary>The <c>--out</c> that means standard output.</summary>
    public const string StandardOutput = "-";

    private readonly IAnsiConsole _console;
    private readonly OutputSession _session;

    public ExportCommand(IAnsiConsole console, OutputSession session)
    {
        _console = console;
        _session = session;
    }

    /// <summary>The export's options.</summary>
    public sealed class Settings : EditionSettings
    {
        [CommandOption("-f|--format <FORMAT>")]
        [Description("json (the edition), jsonl (one record per line, its kind in $type), csv (one file per record kind plus facts.csv), csl-json (the citations, for Zotero and Pandoc) or geojson (the places and projects, for GIS tools).")]
        public string? Format { get; set; }

        [CommandOption("-o|--out <PATH>")]
        [Description("Where to write: a file, or for csv a folder (created if missing, replaced as a whole); it appears complete or not at all. - or no --out: stdout (for csv, the facts table). A device or pipe (/dev/null, a FIFO, /dev/stdout) is written through, never replaced; for csv it gets the facts table.")]
        public string? Out { get; set; }

        [CommandOption("--force")]
        [Description("Replace a file or folder that already exists. Without it nothing that exists is overwritten, even if it appears while the export runs.")]
        public bool Force { get; set; }

        [CommandOption("--raw-cells")]
        [Description("csv only: write every cell exactly as the data has it. Without it, a cell that a spreadsheet would run as a formula (one starting with =, +, -, @, a tab or a carriage return, other than a plain number) gets a leading ' so that it opens as text (OWASP's CSV injection rule). For tools that read the CSV as data, not for spreadsheets.")]
        public bool RawCells { get; set; }

        public override ValidationResult Validate()
        {
            if (!ExportFormats.TryParse(Format, out _))
            {
                return ValidationResult.Error(ExportFormats.UnknownMessage(Format));
            }

            return Out is { } path && string.IsNullOrWhiteSpace(path)
                ? ValidationResult.Error("--out needs a path: a file, a folder for csv, or - for stdout.")
                : base.Validate();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ExportFormat format = ExportFormats.Parse(settings.Format);
        string? target = settings.Out is null or StandardOutput ? null : settings.Out;
        TargetKind kind = target is null ? TargetKind.Stream : TargetKinds.Of(target);
        if (target is null || kind is TargetKind.Stream or TargetKind.BlockDevice)
        {
            if (kind == TargetKind.BlockDevice && !settings.Force)
            {
                throw new CliException($"'{target}' is a block device; pass --force to write through it.");
            }

            // No temporary file: a stream gets the content as it is made, as stdout does.
            Action<Stream> write = StreamContent(format, settings.LoadEdition(), settings.RawCells);
            if (target is null)
            {
                ConsoleOutput.WriteRaw(_console, write);
            }
            else
            {
                ThroughFile.Write(target, write, _session);
            }

            return ExitCodes.Success;
        }

        if (format == ExportFormat.Csv)
        {
            WriteCsvFolder(settings, target, cancellationToken);
        }
        else
        {
            WriteFile(settings, target, format, cancellationToken);
        }

        return ExitCodes.Success;
    }

    private static Action<Stream> StreamContent(ExportFormat format, KazChinaEdition edition, bool rawCells) => format switch
    {
        ExportFormat.Csv => stream => CsvExport.Write(edition.ToFactsTable(), stream, byteOrderMark: false, rawCells),
        _ => FileContent(format, edition),
    };

    private static Action<Stream> FileContent(ExportFormat format, KazChinaEdition edition) => format switch
    {
        ExportFormat.Json => stream => JsonExport.WriteEdition(edition, stream),
        ExportFormat.JsonLines => stream => JsonExport.WriteRecordLines(edition, stream),
        ExportFormat.GeoJson => stream => EditionGeoJson.Write(edition, stream),
        _ => stream => CslJsonExport.Write(edition, stream),
    };

    // The target is checked and its temporary file made before the edition is read: a bad --out fails at once.
    private void WriteFile(Settings settings, string target, ExportFormat format, CancellationToken cancellationToken)
    {
        using (AtomicFile file = AtomicFile.Create(target, settings.Force, _session))
        {
            file.Write(FileContent(format, settings.LoadEdition()));
            file.Publish(cancellationToken);
        }

        _console.Profile.Out.Writer.WriteLine(SafeText.Escape($"Wrote {target}"));
    }

    private void WriteCsvFolder(Settings settings, string target, CancellationToken cancellationToken)
    {
        int count;
        using (AtomicFolder folder = AtomicFolder.Create(target, settings.Force, CsvExport.FileNames, _session))
        {
            var tables = CsvExport.Tables(settings.LoadEdition());
            foreach ((string fileName, FlatTable table) in tables)
            {
                cancellationToken.ThrowIfCancellationRequested();
                folder.Write(fileName, stream => CsvExport.Write(table, stream, byteOrderMark: true, settings.RawCells));
            }

            folder.Publish(cancellationToken);
            count = tables.Count;
        }

        _console.Profile.Out.Writer.WriteLine(SafeText.Escape($"Wrote {count} CSV files to {target}"));
    }
}

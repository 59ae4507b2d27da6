using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Threading;
using KazChina.Model.Exports;
using Spectre.Console;

namespace KazChina.Model.Cli;

/// <summary>
/// `kazchina export`: writes the edition in a format for other tools: to a file (atomically), a folder (atomically
/// as a whole), through a device or pipe, or to stdout.
/// </summary>
internal sealed class ExportCommand : ICommand<ExportCommand.Settings>
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
    public sealed class Settings : EditionSettings, ICommandSettings<Settings>
    {
        private Settings(ParseResult parse)
            : base(parse)
        {
            Format = parse.GetValue<string>("--format");
            Out = parse.GetValue<string>("--out");
            Force = parse.GetValue<bool>("--force");
            RawCells = parse.GetValue<bool>("--raw-cells");
        }

        /// <summary>Gets <c>--format</c> as given, or null.</summary>
        public string? Format { get; }

        /// <summary>Gets <c>--out</c>: a path, <see cref="StandardOutput"/>, or null for stdout.</summary>
        public string? Out { get; }

        /// <summary>Gets <c>--force</c>: whether an existing file or folder may be replaced.</summary>
        public bool Force { get; }

        /// <summary>Gets <c>--raw-cells</c>: whether CSV cells are written without the guard against spreadsheet formulas.</summary>
        public bool RawCells { get; }

        public static IEnumerable<Symbol> Declare() =>
        [
            .. DeclareEdition(),
            CommandOptions.Value("--format", "-f", "FORMAT", "json (the edition), jsonl (one record per line, its kind in $type), csv (a folder: one typed file per table of the relational model plus datapackage.json), sqlite (the same tables with keys and report views in one database), parquet (a folder: the same tables as Apache Parquet, every row led by the edition's id and data version, so many editions' folders read as one dataset), xlsx (the same tables as an Excel workbook: a sheet per table, typed cells, frozen header rows), csl-json (the bibliography, for citation processors: Pandoc, Zotero), bibtex or ris (the bibliography, for reference managers), geojson (the places and projects, for GIS tools)."),
            CommandOptions.Value("--out", "-o", "PATH", "Where to write: a file, or for csv and parquet a folder (created if missing, replaced as a whole); it appears complete or not at all. - or no --out: stdout (for csv, the facts table; parquet needs a folder; sqlite and xlsx only when stdout is redirected to a file or pipe, never to a terminal). A device or pipe (/dev/null, a FIFO, /dev/stdout) is written through, never replaced; for csv it gets the facts table."),
            CommandOptions.Flag("--force", "Replace a file or folder that already exists. Without it nothing that exists is overwritten, even if it appears while the export runs."),
            CommandOptions.Flag("--raw-cells", "csv only: write every text cell exactly as the data has it. Without it, a cell that a spreadsheet would run as a formula (one starting with =, +, -, @, a tab or a carriage return, in a text column; numbers, dates and booleans never change) gets a leading ' so that it opens as text (OWASP's CSV injection rule). For tools that read the CSV as data, not for spreadsheets."),
        ];

        public static Settings Bind(ParseResult parse) => new(parse);

        public override void Validate()
        {
            if (!ExportFormats.TryParse(Format, out _))
            {
                throw new CliException(ExportFormats.UnknownMessage(Format));
            }

            if (Out is { } path && string.IsNullOrWhiteSpace(path))
            {
                throw new CliException("--out needs a path: a file, a folder for csv or parquet, or - for stdout.");
            }

            base.Validate();
        }
    }

    public int Execute(Settings settings, CancellationToken cancellationToken)
    {
        ExportFormat format = ExportFormats.Parse(settings.Format);
        string? target = settings.Out is null or StandardOutput ? null : settings.Out;
        TargetKind kind = target is null ? TargetKind.Stream : TargetKinds.Of(target);
        if (target is null || kind is TargetKind.Stream or TargetKind.BlockDevice)
        {
            if (format == ExportFormat.Parquet)
            {
                throw new CliException($"parquet writes a folder of files, one per table, not {(target is null ? "stdout" : $"the stream '{target}'")}; give --out FOLDER.");
            }

            if (kind == TargetKind.BlockDevice && !settings.Force)
            {
                throw new CliException($"'{target}' is a block device; pass --force to write through it.");
            }

            if (target is null && ExportFormats.IsBinary(format))
            {
                // The edition is read inside, after the check that stdout is not a terminal.
                ConsoleOutput.WriteBinary(_console, ExportFormats.NameOf(format), stream => FileContent(format, settings.LoadEdition())(stream));
                return ExitCodes.Success;
            }

            // No temporary file: a stream gets the content as it is made, as stdout does.
            Action<Stream> write = StreamContent(format, settings.LoadEdition(), settings.RawCells);
            if (target is null)
            {
                ConsoleOutput.WriteRaw(_console, write);
            }
            else
            {
                ThroughFile.Write(target, write, _session, ExportFormats.IsBinary(format) ? ExportFormats.NameOf(format) : null);
            }

            return ExitCodes.Success;
        }

        if (format == ExportFormat.Csv)
        {
            WriteFolder(target, settings.Force, CsvPackageExport.FileNames, () => CsvPackageExport.Files(settings.LoadEdition(), settings.RawCells), $"typed CSV tables and {CsvPackageExport.DataPackageFileName}", cancellationToken);
        }
        else if (format == ExportFormat.Parquet)
        {
            WriteFolder(target, settings.Force, ParquetExport.FileNames, () => ParquetExport.Files(settings.LoadEdition()), "Parquet tables", cancellationToken);
        }
        else
        {
            WriteFile(settings, target, format, cancellationToken);
        }

        return ExitCodes.Success;
    }

    private static Action<Stream> StreamContent(ExportFormat format, KazChinaEdition edition, bool rawCells) => format switch
    {
        ExportFormat.Csv => stream => CsvExport.Write(edition.ToFactsTable(), stream, rawCells),
        _ => FileContent(format, edition),
    };

    private static Action<Stream> FileContent(ExportFormat format, KazChinaEdition edition) => format switch
    {
        ExportFormat.Json => stream => JsonExport.WriteEdition(edition, stream),
        ExportFormat.JsonLines => stream => JsonExport.WriteRecordLines(edition, stream),
        ExportFormat.BibTeX => stream => BibTeXWriter.Write(Bibliography.From(edition), stream),
        ExportFormat.Ris => stream => RisWriter.Write(Bibliography.From(edition), stream),
        ExportFormat.Sqlite => stream => SqliteExport.Write(edition, stream),
        ExportFormat.Xlsx => stream => XlsxExport.Write(edition, stream),
        ExportFormat.GeoJson => stream => EditionGeoJson.Write(edition, stream),
        _ => stream => CslJsonWriter.Write(Bibliography.From(edition), stream),
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

    // The target is checked and its staging folder made before the edition is read: a bad --out fails at once.
    private void WriteFolder(string target, bool force, IReadOnlySet<string> fileNames, Func<IReadOnlyList<(string FileName, Action<Stream> Write)>> content, string what, CancellationToken cancellationToken)
    {
        int count;
        using (AtomicFolder folder = AtomicFolder.Create(target, force, fileNames, _session))
        {
            var files = content();
            foreach ((string fileName, Action<Stream> write) in files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                folder.Write(fileName, write);
            }

            folder.Publish(cancellationToken);
            count = files.Count;
        }

        _console.Profile.Out.Writer.WriteLine(SafeText.Escape($"Wrote {count} files ({what}) to {target}"));
    }
}

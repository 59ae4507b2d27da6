using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace KazChina.Model.Cli;

/// <summary>The option every command that reads an edition file shares: how much of it to read.</summary>
internal class ReadLimitSettings : CommandSettings
{
    [CommandOption("--max-bytes <BYTES>")]
    [Description("Read edition files of up to this many bytes. Default 1073741824 (1 GiB): as large as any JSON export can be (an export of 114,000 records is 69 MB). At most 2147483591. Reading takes memory in proportion to the file.")]
    public string? MaxBytes { get; set; }

    /// <summary>Gets the most bytes to read: <c>--max-bytes</c>, or <see cref="Cli.EditionFile.DefaultMaxBytes"/>.</summary>
    public int ReadLimit => TryParseMaxBytes(out int limit) ? limit : Cli.EditionFile.DefaultMaxBytes;

    public override ValidationResult Validate() =>
        MaxBytes is null || TryParseMaxBytes(out _)
            ? ValidationResult.Success()
            : ValidationResult.Error($"--max-bytes must be a whole number of bytes from 1 to {Cli.EditionFile.LargestMaxBytes}; found '{MaxBytes}'.");

    // Parsed here rather than by the command line's converter, whose message names a .NET type.
    private bool TryParseMaxBytes(out int limit) =>
        int.TryParse(MaxBytes, NumberStyles.None, CultureInfo.InvariantCulture, out limit) && limit >= 1 && limit <= Cli.EditionFile.LargestMaxBytes;
}

/// <summary>The options every command that reads the edition shares: which edition to read, and how much of a file.</summary>
internal class EditionSettings : ReadLimitSettings
{
    [CommandOption("-e|--edition <FILE>")]
    [Description("Read the edition from this JSON file (as export --format json writes it) instead of the one built into the package.")]
    public string? EditionFile { get; set; }

    /// <summary>Loads the edition these settings name.</summary>
    /// <returns>The edition: the embedded one, or the file's, read strictly and validated.</returns>
    /// <exception cref="CliException">The file cannot be read or is not a valid edition.</exception>
    public KazChinaEdition LoadEdition() => EditionFile is null ? KazChinaEdition.Current : Cli.EditionFile.Read(EditionFile, ReadLimit);
}

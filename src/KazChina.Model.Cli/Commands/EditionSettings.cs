using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;

namespace KazChina.Model.Cli;

/// <summary>The option every command that reads an edition file shares: how much of it to read.</summary>
internal class ReadLimitSettings
{
    private const string MaxBytesOption = "--max-bytes";

    protected ReadLimitSettings(ParseResult parse)
    {
        MaxBytes = parse.GetValue<string>(MaxBytesOption);
    }

    /// <summary>Gets <c>--max-bytes</c> as given, or null.</summary>
    public string? MaxBytes { get; }

    /// <summary>Gets the most bytes to read: <c>--max-bytes</c>, or <see cref="Cli.EditionFile.DefaultMaxBytes"/>.</summary>
    public int ReadLimit => TryParseMaxBytes(out int limit) ? limit : Cli.EditionFile.DefaultMaxBytes;

    /// <summary>Checks <c>--max-bytes</c>.</summary>
    /// <exception cref="CliException">It is not a whole number of bytes in range.</exception>
    public virtual void Validate()
    {
        if (MaxBytes is not null && !TryParseMaxBytes(out _))
        {
            throw new CliException($"--max-bytes must be a whole number of bytes from 1 to {Cli.EditionFile.LargestMaxBytes}; found '{MaxBytes}'.");
        }
    }

    /// <summary>Declares <c>--max-bytes</c>.</summary>
    /// <returns>The option.</returns>
    protected static IEnumerable<Symbol> DeclareReadLimit() =>
    [
        CommandOptions.Value(MaxBytesOption, null, "BYTES", "Read edition files of up to this many bytes. Default 1073741824 (1 GiB): as large as any JSON export can be (an export of 114,000 records is 69 MB). At most 2147483591. Reading takes memory in proportion to the file."),
    ];

    // Parsed here rather than by the command line's converter, whose message names a .NET type.
    private bool TryParseMaxBytes(out int limit) =>
        int.TryParse(MaxBytes, NumberStyles.None, CultureInfo.InvariantCulture, out limit) && limit >= 1 && limit <= Cli.EditionFile.LargestMaxBytes;
}

/// <summary>The options every command that reads the edition shares: which edition to read, and how much of a file.</summary>
internal class EditionSettings : ReadLimitSettings
{
    private const string EditionOption = "--edition";

    protected EditionSettings(ParseResult parse)
        : base(parse)
    {
        EditionFile = parse.GetValue<string>(EditionOption);
    }

    /// <summary>Gets <c>--edition</c>: the file to read the edition from, or null for the one built in.</summary>
    public string? EditionFile { get; }

    /// <summary>Loads the edition these settings name.</summary>
    /// <returns>The edition: the embedded one, or the file's, read strictly and validated.</returns>
    /// <exception cref="CliException">The file cannot be read or is not a valid edition.</exception>
    public KazChinaEdition LoadEdition() => EditionFile is null ? KazChinaEdition.Current : Cli.EditionFile.Read(EditionFile, ReadLimit);

    /// <summary>Declares <c>--max-bytes</c> and <c>--edition</c>.</summary>
    /// <returns>The options.</returns>
    protected static IEnumerable<Symbol> DeclareEdition() =>
    [
        .. DeclareReadLimit(),
        CommandOptions.Value(EditionOption, "-e", "FILE", "Read the edition from this JSON file (as export --format json writes it) instead of the one built into the package."),
    ];
}

using System.ComponentModel;
using Spectre.Console.Cli;

namespace KazChina.Model.Cli;

/// <summary>The option every command that reads the edition shares: which edition to read.</summary>
internal class EditionSettings : CommandSettings
{
    [CommandOption("-e|--edition <FILE>")]
    [Description("Read the edition from this JSON file (as export --format json writes it) instead of the one built into the package.")]
    public string? EditionFile { get; set; }

    /// <summary>Loads the edition these settings name.</summary>
    /// <returns>The edition: the embedded one, or the file's, read strictly and validated.</returns>
    /// <exception cref="CliException">The file cannot be read or is not a valid edition.</exception>
    public KazChinaEdition LoadEdition() => EditionFile is null ? KazChinaEdition.Current : Cli.EditionFile.Read(EditionFile);
}

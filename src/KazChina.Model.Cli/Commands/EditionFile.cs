using System;
using System.IO;
using System.Text.Json;

namespace KazChina.Model.Cli;

/// <summary>Reading an edition from a JSON file with <see cref="KazChinaJson"/>, with every failure turned into one line for the user.</summary>
internal static class EditionFile
{
    /// <summary>Reads and validates the edition in a file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The edition.</returns>
    /// <exception cref="CliException">The file is missing or unreadable, is not JSON, or is not a valid edition.</exception>
    public static KazChinaEdition Read(string path)
    {
        using FileStream stream = OpenForReading(path);
        try
        {
            return KazChinaJson.Deserialize<KazChinaEdition>(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"Cannot read '{path}': {e.Message}", e);
        }
        catch (EditionValidationException e)
        {
            string count = e.Issues.Count == 1 ? "1 problem" : $"{e.Issues.Count} problems";
            string first = e.Issues.Count > 0 ? $"; the first: {e.Issues[0]}" : "";
            throw new CliException($"'{path}' is not a valid edition ({count}; kazchina validate lists them all){first}", e);
        }
        catch (KazChinaJsonException e)
        {
            throw new CliException($"'{path}' is not a valid edition: {e.Message}", e);
        }
    }

    /// <summary>Opens a file to read, with the failures a user can fix as <see cref="CliException"/>.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The open stream.</returns>
    /// <exception cref="CliException">The file is missing, is a folder, or cannot be read.</exception>
    public static FileStream OpenForReading(string path)
    {
        if (Directory.Exists(path))
        {
            throw new CliException($"Cannot read '{path}': it is a folder, not a file.");
        }

        if (!File.Exists(path))
        {
            throw new CliException($"Cannot read '{path}': the file does not exist.");
        }

        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException(e is UnauthorizedAccessException ? $"Cannot read '{path}': access is denied." : $"Cannot read '{path}': {e.Message}", e);
        }
    }

    /// <summary>Tells whether a read failed because the text is not well-formed JSON at all, rather than JSON that is not an edition.</summary>
    /// <param name="exception">The exception <see cref="KazChinaJson"/> threw.</param>
    /// <returns>Whether the text is malformed (the reader sets a line number only for malformed JSON).</returns>
    public static bool IsMalformed(JsonException exception) => exception.LineNumber is not null;
}

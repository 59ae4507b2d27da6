using System;
using System.IO;
using System.Text.RegularExpressions;

namespace KazChina.Model.Cli;

/// <summary>Says why a file operation failed in words for a message that already names the file: no exception type, no path repeated.</summary>
internal static partial class IoErrors
{
    /// <summary>Tells whether an exception is a failed file operation, which the user can act on, rather than a bug.</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>Whether it is an <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/>.</returns>
    public static bool IsFileError(Exception exception) => exception is IOException or UnauthorizedAccessException;

    /// <summary>Gets the one-line error for a failed file operation: "Cannot {action} '{path}': {reason}."</summary>
    /// <param name="action">What failed, e.g. "write" or "create the folder".</param>
    /// <param name="path">The file, as the user knows it.</param>
    /// <param name="exception">The failure.</param>
    /// <returns>The error, with exit code 2.</returns>
    public static CliException Cannot(string action, string path, Exception exception) =>
        new($"Cannot {action} '{path}': {Reason(exception)}.", ExitCodes.Error, exception);

    /// <summary>Gets the reason an operation failed, as the end of a sentence that names the file (no final full stop).</summary>
    /// <param name="exception">An <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/>.</param>
    /// <returns>The reason, e.g. "No space left on device" or "access is denied".</returns>
    public static string Reason(Exception exception) => exception switch
    {
        UnauthorizedAccessException => "access is denied",
        FileNotFoundException => "it does not exist",
        DirectoryNotFoundException => "a folder on its path does not exist",
        PathTooLongException => "the name is too long",
        _ => PathSuffix().Replace(exception.Message, "").TrimEnd('.', ' '),
    };

    // .NET ends a Unix error's message with " : '<path>'"; the message the tool writes names the file itself.
    [GeneratedRegex(@"\s*:\s*'[^']*'\s*\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex PathSuffix();
}

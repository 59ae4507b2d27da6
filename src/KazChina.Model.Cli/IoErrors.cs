using System;
using System.IO;
using System.Text.RegularExpressions;

namespace KazChina.Model.Cli;

/// <summary>Says why a file operation failed in words for a message that already names the file: no exception type, no path repeated.</summary>
internal static partial class IoErrors
{
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

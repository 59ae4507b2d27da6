using System;
using System.IO;

namespace KazChina.Model.Cli;

/// <summary>
/// Writing through something that is not a regular file (a character device such as <c>/dev/null</c>, a pipe, a
/// socket, or a link to one such as <c>/dev/stdout</c>): it is opened and written as it is, never replaced by a file
/// and never truncated.
/// </summary>
internal static class ThroughFile
{
    /// <summary>Writes content through <paramref name="target"/>.</summary>
    /// <param name="target">The path, as the user gave it.</param>
    /// <param name="write">Writes the content.</param>
    /// <param name="session">The run's outputs.</param>
    /// <exception cref="CliException">The target cannot be opened or written.</exception>
    public static void Write(string target, Action<Stream> write, OutputSession session)
    {
        // Opening a pipe waits for a reader, for as long as it takes; a signal meanwhile ends the run untouched.
        session.ThrowIfAbandoned();
        try
        {
            using Stream stream = session.Files.OpenExisting(target);
            session.MarkChanged();
            write(stream);
            stream.Flush();
        }
        catch (Exception e) when (IoErrors.IsFileError(e))
        {
            throw IoErrors.Cannot("write", target, e);
        }
    }
}

using System;
using System.IO;
using System.Runtime.InteropServices;

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
    /// <param name="binary">For binary content, its format's name (e.g. <c>xlsx</c>): a terminal is then refused, as on stdout (<see cref="ConsoleOutput.WriteBinary"/>); null for text.</param>
    /// <exception cref="CliException">The target cannot be opened or written, or is a terminal and the content binary.</exception>
    public static void Write(string target, Action<Stream> write, OutputSession session, string? binary = null)
    {
        // Opening a pipe waits for a reader, for as long as it takes; a signal meanwhile ends the run untouched.
        session.ThrowIfAbandoned();
        try
        {
            using Stream stream = session.Files.OpenExisting(target);
            if (binary is not null && IsTerminal(stream))
            {
                throw ConsoleOutput.BinaryOnTerminal(binary, target);
            }

            session.MarkChanged();
            write(stream);
            stream.Flush();
        }
        catch (Exception e) when (IoErrors.IsFileError(e))
        {
            throw IoErrors.Cannot("write", target, e);
        }
    }

    /// <summary>Whether a stream is a terminal (<c>/dev/tty</c>, <c>/dev/stdout</c> on one, a pseudo-terminal): isatty(3) on its handle.</summary>
    /// <param name="stream">An open stream.</param>
    /// <returns>Whether it is a file stream on a terminal; false where the runtime cannot tell (no Unix native layer).</returns>
    private static bool IsTerminal(Stream stream)
    {
        if (stream is not FileStream file)
        {
            return false;
        }

        try
        {
            return Native.IsATty(file.SafeFileHandle.DangerousGetHandle()) == 1;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    /// <summary>isatty(3) through the runtime's own native layer (System.Native), as <see cref="TargetKind"/> uses it for stat(2).</summary>
    private static class Native
    {
        [DllImport("libSystem.Native", EntryPoint = "SystemNative_IsATty")]
        public static extern int IsATty(nint fileDescriptor);
    }
}

using System;
using System.IO;
using System.Text;
using Spectre.Console;

namespace KazChina.Model.Cli;

/// <summary>Machine-readable output (JSON, CSV, and binary files such as SQLite and xlsx) written to the output console as it is, for piping.</summary>
internal static class ConsoleOutput
{
    /// <summary>
    /// Writes binary content (a database, a workbook) to standard output's bytes, for a redirect to a file or a pipe.
    /// It is made whole before its first byte is written, so a failure while making it writes nothing. A terminal is
    /// refused before anything is made: bytes that are not text would garble it and could act on it.
    /// </summary>
    /// <param name="console">The output console.</param>
    /// <param name="what">What the content is, for the message, e.g. <c>xlsx</c>.</param>
    /// <param name="write">Writes the content.</param>
    /// <exception cref="CliException">Standard output is a terminal, or writing to it fails.</exception>
    public static void WriteBinary(IAnsiConsole console, string what, Action<Stream> write)
    {
        if (console.Profile.Out.IsTerminal)
        {
            throw BinaryOnTerminal(what, null);
        }

        if (console.Profile.Out is not IBinaryOutput output)
        {
            throw new InvalidOperationException("This console's output takes text only.");
        }

        using var buffer = new MemoryStream();
        write(buffer);
        output.WriteBytes(buffer.GetBuffer().AsSpan(0, checked((int)buffer.Length)));
    }

    /// <summary>The refusal of binary content for a terminal, on stdout or given as <c>--out</c>.</summary>
    /// <param name="what">What the content is, e.g. <c>xlsx</c>.</param>
    /// <param name="target">The path given as <c>--out</c>, or null for stdout.</param>
    /// <returns>The error to throw.</returns>
    public static CliException BinaryOnTerminal(string what, string? target) =>
        new($"{what} is a binary file and is not written to a terminal{(target is null ? "" : $" ('{target}')")}; give --out FILE, or redirect standard output to a file or a pipe.");

    /// <summary>
    /// Writes UTF-8 content straight to the console's writer: no markup, no wrapping at the console's width. Piped
    /// or redirected, the content is written exactly; shown on a terminal, characters from the data that the
    /// terminal would act on (escape sequences, bidirectional overrides) are shown as escapes such as <c>\u001B</c>,
    /// as everywhere else the tool prints, with tabs and line ends kept.
    /// </summary>
    /// <param name="console">The output console.</param>
    /// <param name="write">Writes the content as UTF-8 bytes.</param>
    public static void WriteRaw(IAnsiConsole console, Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        string text = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, checked((int)buffer.Length));
        TextWriter writer = console.Profile.Out.Writer;
        writer.Write(console.Profile.Out.IsTerminal ? SafeText.Escape(text, keepLayout: true) : text);
        writer.Flush();
    }
}

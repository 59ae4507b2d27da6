using System;
using System.IO;
using System.Text;
using Spectre.Console;

namespace KazChina.Model.Cli;

/// <summary>Machine-readable output (JSON, CSV) written to the output console as it is, for piping.</summary>
internal static class ConsoleOutput
{
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

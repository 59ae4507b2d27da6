using System.IO;
using System.Text;
using KazChina.Model.Cli;
using Spectre.Console;
using Xunit;

namespace KazChina.Model.Tests.Cli;

public class ConsoleOutputTests
{
    private const string Csv = "id,title\r\na-1,\"" + HostileText.Terminal + "\ttab\"\r\n";

    [Fact]
    public void WriteRaw_ToATerminal_EscapesTerminalControlsButKeepsTabsAndLineEnds()
    {
        string shown = WriteRaw(Csv, isTerminal: true);

        Assert.Equal("id,title\r\na-1,\"" + HostileText.TerminalShown + "\ttab\"\r\n", shown);
    }

    [Fact]
    public void WriteRaw_PipedOrRedirected_WritesTheContentExactly()
    {
        Assert.Equal(Csv, WriteRaw(Csv, isTerminal: false));
    }

    private static string WriteRaw(string content, bool isTerminal)
    {
        using var writer = new StringWriter();
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new Output(writer, isTerminal) });

        ConsoleOutput.WriteRaw(console, stream => stream.Write(Encoding.UTF8.GetBytes(content)));

        return writer.ToString();
    }

    /// <summary>A console output that says whether it is a terminal, as standard output does.</summary>
    private sealed class Output(TextWriter writer, bool isTerminal) : IAnsiConsoleOutput
    {
        public TextWriter Writer => writer;

        public bool IsTerminal => isTerminal;

        public int Width => 80;

        public int Height => 24;

        public void SetEncoding(Encoding encoding)
        {
        }
    }
}

using System.IO;
using System.Linq;
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

    [Fact]
    public void WriteBinary_ToATerminal_IsRefusedBeforeTheContentIsMade()
    {
        using var writer = new StringWriter();
        var output = new Output(writer, isTerminal: true);
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings { Out = output });
        bool made = false;

        var error = Assert.Throws<CliException>(() => ConsoleOutput.WriteBinary(console, "xlsx", _ => made = true));

        Assert.Equal("xlsx is a binary file and is not written to a terminal; give --out FILE, or redirect standard output to a file or a pipe.", error.Message);
        Assert.Equal(ExitCodes.Error, error.ExitCode);
        Assert.False(made);
        Assert.Equal(0, output.Bytes.Length);
        Assert.Equal("", writer.ToString());
    }

    [Fact]
    public void WriteBinary_PipedOrRedirected_WritesEveryByteExactlyAfterTheTextBefore()
    {
        byte[] content = [.. Enumerable.Range(0, 256).Select(b => (byte)b), 0xC3, 0x28, 0xFF];
        using var writer = new StringWriter();
        var output = new Output(writer, isTerminal: false);
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings { Out = output });

        ConsoleOutput.WriteBinary(console, "xlsx", stream => stream.Write(content));

        Assert.Equal(content, output.Bytes.ToArray());
        Assert.Equal("", writer.ToString());
    }

    private static string WriteRaw(string content, bool isTerminal)
    {
        using var writer = new StringWriter();
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new Output(writer, isTerminal) });

        ConsoleOutput.WriteRaw(console, stream => stream.Write(Encoding.UTF8.GetBytes(content)));

        return writer.ToString();
    }

    /// <summary>A console output that says whether it is a terminal and takes bytes, as standard output does.</summary>
    private sealed class Output(TextWriter writer, bool isTerminal) : IAnsiConsoleOutput, IBinaryOutput
    {
        public TextWriter Writer => writer;

        public MemoryStream Bytes { get; } = new();

        public void WriteBytes(System.ReadOnlySpan<byte> content) => Bytes.Write(content);

        public bool IsTerminal => isTerminal;

        public int Width => 80;

        public int Height => 24;

        public void SetEncoding(Encoding encoding)
        {
        }
    }
}

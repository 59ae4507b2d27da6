using System;
using System.Globalization;
using System.IO;
using System.Text;
using Spectre.Console;

namespace KazChina.Model.Cli;

/// <summary>
/// The process's stdout for the console: as Spectre.Console's own (terminal, width, encoding), except that a
/// failed write (a full disk, <c>&gt; /dev/full</c>) is a <see cref="CliException"/> that blames stdout, so it is
/// never mistaken for a failure of the file a command was reading, and that the <c>COLUMNS</c> environment
/// variable, when set to a width, sets the tables' width, as it does for <c>ls</c>: piped or redirected, they are
/// otherwise 80 columns wide.
/// </summary>
internal sealed class StandardOutput : IAnsiConsoleOutput, IBinaryOutput
{
    private readonly AnsiConsoleOutput _console;

    /// <summary>Initializes the output over <see cref="Console.Out"/>.</summary>
    public StandardOutput()
    {
        _console = new AnsiConsoleOutput(Console.Out);
        Writer = new GuardedWriter(Console.Out);
    }

    public TextWriter Writer { get; }

    public bool IsTerminal => _console.IsTerminal;

    public int Width => Columns ?? _console.Width;

    public int Height => _console.Height;

    public void SetEncoding(Encoding encoding) => _console.SetEncoding(encoding);

    public void WriteBytes(ReadOnlySpan<byte> content)
    {
        try
        {
            // Text written before goes first; the bytes then go to the same descriptor unencoded.
            Writer.Flush();
            using Stream stdout = Console.OpenStandardOutput();
            stdout.Write(content);
            stdout.Flush();
        }
        catch (IOException e)
        {
            throw Failed(e);
        }
    }

    private static int? Columns { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), NumberStyles.None, CultureInfo.InvariantCulture, out int columns) && columns > 0 ? columns : null;

    /// <summary>Gets the error for a write to stdout that failed.</summary>
    /// <param name="exception">The failure.</param>
    /// <returns>The error, with exit code 2.</returns>
    public static CliException Failed(Exception exception) =>
        new($"Cannot write to standard output: {IoErrors.Reason(exception)}.", ExitCodes.Error, exception);

    /// <summary>Passes every write on, turning an I/O failure into <see cref="Failed"/>.</summary>
    internal sealed class GuardedWriter : TextWriter
    {
        private readonly TextWriter _inner;

        public GuardedWriter(TextWriter inner)
        {
            _inner = inner;
        }

        public override Encoding Encoding => _inner.Encoding;

        public override IFormatProvider FormatProvider => _inner.FormatProvider;

        public override void Write(char value) => Guard(() => _inner.Write(value));

        public override void Write(string? value) => Guard(() => _inner.Write(value));

        public override void Write(char[] buffer, int index, int count) => Guard(() => _inner.Write(buffer, index, count));

        public override void Write(ReadOnlySpan<char> buffer)
        {
            try
            {
                _inner.Write(buffer);
            }
            catch (IOException e)
            {
                throw Failed(e);
            }
        }

        public override void WriteLine(string? value) => Guard(() => _inner.WriteLine(value));

        public override void Flush() => Guard(_inner.Flush);

        private static void Guard(Action write)
        {
            try
            {
                write();
            }
            catch (IOException e)
            {
                throw Failed(e);
            }
        }
    }
}

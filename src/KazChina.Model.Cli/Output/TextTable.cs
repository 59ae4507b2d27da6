#nullable enable
using System.Collections.Generic;
using System.Linq;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace KazChina.Model.Cli;

/// <summary>
/// A console table of plain-text rows (<see cref="ConsoleTables"/>) that keeps its cells as strings until it is
/// written. Spectre.Console lays a table out whole and builds its whole output in memory before writing it: for a
/// generated edition of 100,000 records that is a few hundred megabytes of cells, segments and text. So a table of
/// more than <see cref="ChunkRows"/> rows is written that many rows at a time, with the same bytes as the whole table.
/// </summary>
internal sealed class TextTable
{
    /// <summary>How many rows are laid out at once; a table of no more rows is written as one Spectre.Console table.</summary>
    internal const int ChunkRows = 1024;

    /// <summary>Wider than any console, so that a measure is never cut to the console's width.</summary>
    private const int MeasureWidth = 1 << 20;

    private readonly string _title;
    private readonly string[] _columns;
    private readonly List<string[]> _rows = [];

    /// <summary>Initializes a new instance of the <see cref="TextTable"/> class.</summary>
    /// <param name="title">The title.</param>
    /// <param name="columns">The column headers.</param>
    public TextTable(string title, string[] columns)
    {
        _title = title;
        _columns = columns;
    }

    /// <summary>
    /// Adds a row of plain-text cells. Text from an edition may hold terminal escape sequences or bidirectional
    /// overrides that would recolour, hide or reorder what is shown; such characters are shown as escapes
    /// (<c>\u001B</c>, <c>\u202E</c>) instead.
    /// </summary>
    /// <param name="cells">The cells, one per column.</param>
    /// <returns>This table.</returns>
    public TextTable AddTextRow(params string[] cells)
    {
        _rows.Add([.. cells.Select(c => SafeText.Escape(c))]);
        return this;
    }

    /// <summary>
    /// Writes the table to <paramref name="console"/> as Spectre.Console writes it whole: the same text, and on a
    /// terminal the same styles (a chunked table may switch a style off and on again at a line end).
    /// </summary>
    /// <param name="console">The console.</param>
    /// <param name="chunkRows">How many rows are laid out at once.</param>
    public void Write(IAnsiConsole console, int chunkRows = ChunkRows)
    {
        if (_rows.Count <= chunkRows)
        {
            console.Write(Layout(_rows));
            return;
        }

        // Spectre.Console sizes each column from the widest cell and the longest word in it (and its header), and lays
        // each row out by those widths alone. So the few rows that hold those maxima ("probe" rows) give every column
        // its whole-table width; a chunk laid out after them takes the same widths, and its own rows' lines are those
        // after the probe rows' lines.
        List<string[]> probe = ProbeRows(console);
        List<List<Segment>> probeLines = Lines(console, probe);
        int probeRowLines = Lines(console, [.. probe, .. probe]).Count - probeLines.Count;
        int headerLines = probeLines.Count - probeRowLines - 1;
        Emit(console, probeLines.Take(headerLines));
        for (int start = 0; start < _rows.Count; start += chunkRows)
        {
            List<List<Segment>> lines = Lines(console, [.. probe, .. _rows.Skip(start).Take(chunkRows)]);
            Emit(console, lines.Take(lines.Count - 1).Skip(headerLines + probeRowLines));
        }

        Emit(console, probeLines.Skip(probeLines.Count - 1));
    }

    /// <summary>The rows whose cells are the widest and hold the longest word in each column, in table order.</summary>
    private List<string[]> ProbeRows(IAnsiConsole console)
    {
        RenderOptions options = RenderOptions.Create(console, console.Profile.Capabilities);
        var widest = new (int Row, int Width)[_columns.Length * 2];
        for (int row = 0; row < _rows.Count; row++)
        {
            for (int column = 0; column < _columns.Length; column++)
            {
                Measurement measure = ((IRenderable)new Text(_rows[row][column])).Measure(options, MeasureWidth);
                if (row == 0 || measure.Max > widest[column * 2].Width)
                {
                    widest[column * 2] = (row, measure.Max);
                }

                if (row == 0 || measure.Min > widest[(column * 2) + 1].Width)
                {
                    widest[(column * 2) + 1] = (row, measure.Min);
                }
            }
        }

        return [.. widest.Select(w => w.Row).Distinct().Order().Select(row => _rows[row])];
    }

    private Table Layout(IEnumerable<string[]> rows)
    {
        var table = new Table().Title(Markup.Escape(_title));
        foreach (string column in _columns)
        {
            var header = new TableColumn(Markup.Escape(column));
            table.AddColumn(column == ConsoleTables.IdColumn ? header.NoWrap() : header);
        }

        foreach (string[] row in rows)
        {
            table.AddRow(row.Select(c => new Text(c)));
        }

        return table;
    }

    /// <summary>The table of <paramref name="rows"/> as the console would write it, line by line, each line with its line break.</summary>
    private List<List<Segment>> Lines(IAnsiConsole console, IEnumerable<string[]> rows)
    {
        var lines = new List<List<Segment>>();
        var line = new List<Segment>();
        // The console merges neighbouring segments of one style, so a segment may hold several lines.
        foreach (Segment segment in Layout(rows).GetSegments(console))
        {
            string text = segment.Text;
            int start = 0;
            for (int end = text.IndexOf('\n'); end >= 0; end = text.IndexOf('\n', start))
            {
                line.Add(new Segment(text[start..(end + 1)], segment.Style));
                lines.Add(line);
                line = [];
                start = end + 1;
            }

            if (start < text.Length)
            {
                line.Add(start == 0 ? segment : new Segment(text[start..], segment.Style));
            }
        }

        if (line.Count > 0)
        {
            lines.Add(line);
        }

        return lines;
    }

    private static void Emit(IAnsiConsole console, IEnumerable<List<Segment>> lines) =>
        console.Write(new SegmentsOf([.. lines.SelectMany(l => l)]));

    /// <summary>Segments already laid out, written as they are.</summary>
    private sealed class SegmentsOf(List<Segment> segments) : Renderable
    {
        protected override IEnumerable<Segment> Render(RenderOptions options, int maxWidth) => segments;
    }
}

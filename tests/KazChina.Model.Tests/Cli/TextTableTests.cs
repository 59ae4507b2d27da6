#nullable enable
using System.Linq;
using KazChina.Model.Cli;
using Spectre.Console;
using Spectre.Console.Testing;
using Xunit;

namespace KazChina.Model.Tests.Cli;

public class TextTableTests
{
    [Theory]
    [InlineData(80, false, 7)]
    [InlineData(80, true, 7)]
    [InlineData(200, false, 50)]
    [InlineData(40, false, 1)]
    public void Write_InChunks_WritesTheBytesOfTheWholeTable(int width, bool ansi, int chunkRows)
    {
        TextTable table = RecordsTable();

        string whole = Written(table, width, ansi, chunkRows: int.MaxValue);
        string chunked = Written(table, width, ansi, chunkRows);

        Assert.Equal(whole, chunked);
        Assert.Contains("quote-last", whole);
    }

    /// <summary>Rows of a generated edition, then a row of hostile text with the longest word and a last row with the widest cell.</summary>
    private static TextTable RecordsTable()
    {
        KazChinaEdition edition = SyntheticEdition.Create(seed: 8128, perKind: 20);
        TextTable table = ConsoleTables.Create("Quotes", ConsoleTables.IdColumn, "Kind", "Speaker", "Words");
        foreach (Quote q in edition.Quotes.Concat(edition.Quotes))
        {
            table.AddTextRow(q.Id.Value, ConsoleTables.Name(q.QuoteKind), q.SpeakerId.Value, q.Words.Text);
        }

        table.AddTextRow("quote-hostile", "direct", HostileText.Terminal, "a-very-long-unbreakable-word-that-sets-the-minimum-width-of-its-column");
        table.AddTextRow("quote-last", "indirect", "", string.Join(' ', Enumerable.Repeat("words", 60)));
        return table;
    }

    private static string Written(TextTable table, int width, bool ansi, int chunkRows)
    {
        using var console = new TestConsole();
        console.Width(width);
        console.EmitAnsiSequences = ansi;
        table.Write(console, chunkRows);
        return console.Output;
    }
}

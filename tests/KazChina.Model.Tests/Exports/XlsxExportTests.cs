using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KazChina.Model.Exports;
using NodaTime;
using Xunit;

namespace KazChina.Model.Tests.Exports;

/// <summary>The xlsx export, read back and validated with the Open XML SDK.</summary>
public sealed class XlsxExportTests
{
    private static readonly Lazy<byte[]> CurrentWorkbook = new(() => Write(KazChinaEdition.Current));

    [Fact]
    public void Write_CurrentEdition_IsAPackageTheSchemaValidates()
    {
        Assert.Empty(XlsxWorkbook.Validate(CurrentWorkbook.Value));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Write_Edition_EveryTableIsASheetWithItsColumnsAndEveryValueTyped(int seed)
    {
        KazChinaEdition edition = seed == 0 ? KazChinaEdition.Current : SyntheticEdition.Create(seed, perKind: 3);
        IReadOnlyList<XlsxSheet> sheets = XlsxWorkbook.Read(seed == 0 ? CurrentWorkbook.Value : Write(edition));

        ValueList<RelationalTable> tables = edition.ToRelationalTables();
        Assert.Equal([XlsxExport.AboutSheet, XlsxExport.TablesSheet, XlsxExport.ColumnsSheet, .. tables.Select(t => t.Name)], sheets.Select(s => s.Name));
        foreach ((RelationalTable table, XlsxSheet sheet) in tables.Zip(sheets.Skip(3)))
        {
            Assert.Equal(table.Definition.Columns.Select(c => c.Name), sheet.Header);
            Assert.Equal(table.Rows.Count, sheet.Body.Count());
            foreach ((IReadOnlyList<object?> expected, IReadOnlyList<XlsxCell> actual) in table.Rows.Zip(sheet.Body))
            {
                Assert.Equal(expected.Count, actual.Count);
                for (int c = 0; c < expected.Count; c++)
                {
                    ColumnDefinition column = table.Definition.Columns[c];
                    Assert.True(
                        (expected[c] is null ? XlsxCellKind.Empty : XlsxWorkbook.KindOf(column.Type)) == actual[c].Kind && Equals(XlsxWorkbook.Expected(expected[c]), actual[c].Value),
                        $"{table.Name}.{column.Name}: expected {expected[c] ?? "an empty cell"} as {column.Type}, read {actual[c]}.");
                }
            }
        }
    }

    [Fact]
    public void Write_CurrentEdition_EverySheetHasItsHeaderRowFrozenBoldAndFiltered()
    {
        foreach (XlsxSheet sheet in XlsxWorkbook.Read(CurrentWorkbook.Value))
        {
            Assert.Equal("frozen", sheet.PaneState);
            Assert.Equal(1, sheet.FrozenRows);
            Assert.Equal("A2", sheet.TopLeftCell);
            Assert.All(sheet.Rows[0], cell => Assert.True(cell.Bold && cell.Kind == XlsxCellKind.Text, $"{sheet.Name}: header {cell}"));
            Assert.All(sheet.Body.SelectMany(row => row), cell => Assert.False(cell.Bold, $"{sheet.Name}: {cell}"));
            Assert.Equal($"A1:{ColumnName(sheet.Rows[0].Count)}{sheet.Rows.Count}", sheet.AutoFilter);
        }
    }

    [Fact]
    public void Write_CurrentEdition_MoneyAndDatesAreRealNumbersAndDays()
    {
        XlsxSheet trade = XlsxWorkbook.Read(CurrentWorkbook.Value).Single(s => s.Name == "trade_figures");
        int amount = Header(trade).IndexOf("amount");
        int earliest = Header(trade).IndexOf("period_earliest");

        Assert.Contains(trade.Body, row => row[amount] is { Kind: XlsxCellKind.Number, Value: decimal value } && value > 1_000_000_000m);
        Assert.Contains(trade.Body, row => row[earliest] is { Kind: XlsxCellKind.Date, Value: LocalDate { Year: 2010 } });
    }

    [Fact]
    public void Write_CurrentEdition_DescribingSheetsListEveryTableAndColumn()
    {
        IReadOnlyList<XlsxSheet> sheets = XlsxWorkbook.Read(CurrentWorkbook.Value);
        ValueList<RelationalTable> tables = KazChinaEdition.Current.ToRelationalTables();

        XlsxSheet about = sheets[0];
        Assert.Equal(["topic", "note"], about.Header);
        Assert.Contains(about.Body, row => (string)row[0].Value! == "empty cells" && ((string)row[1].Value!).StartsWith("An empty cell is NULL", StringComparison.Ordinal));
        Assert.Equal(
            tables.Select(t => (object?[])[t.Name, t.Name, (decimal)t.Rows.Count, string.Join(", ", t.Definition.PrimaryKey), t.Definition.Description]),
            sheets[1].Body.Select(row => row.Select(c => c.Value).ToArray()));
        Assert.Equal(
            EditionDatabase.Schema.SelectMany(t => t.Columns.Select(c => (object?[])[
                t.Name, c.Name, c.Type.ToString().ToLowerInvariant(), c.IsNullable, t.PrimaryKey.Contains(c.Name),
                t.ForeignKeys.SingleOrDefault(k => k.Column == c.Name) is { } key ? key.ReferencedTable + "." + key.ReferencedColumn : null, c.Description])),
            sheets[2].Body.Select(row => row.Select(c => c.Value).ToArray()));
    }

    [Fact]
    public void Write_TextThatLooksLikeAFormula_StaysTheSameTextAndNoCellIsAFormula()
    {
        const string Title = "=HYPERLINK(\"http://example.com\",\"click\")";
        byte[] file = Write(HostileText.EditionWithAgreementTitle(Title));

        IReadOnlyList<XlsxSheet> sheets = XlsxWorkbook.Read(file);
        XlsxSheet agreements = sheets.Single(s => s.Name == "agreements");
        XlsxCell title = agreements.Body.Single(row => (string?)row[0].Value == HostileText.AgreementId)[Header(agreements).IndexOf("title")];
        Assert.Equal(new XlsxCell(XlsxCellKind.Text, Title, Bold: false, HasFormula: false), title);
        Assert.DoesNotContain(sheets.SelectMany(s => s.Rows).SelectMany(r => r), cell => cell.HasFormula);
    }

    [Fact]
    public async Task WriteSheets_CraftedCells_FormulaLikeTextIsTextAndNumbersBeyond15DigitsKeepEveryDigitAsText()
    {
        var definition = new TableDefinition(
            "crafted",
            "Cells at the edges.",
            ValueList.Create(
                new ColumnDefinition("id", ColumnType.Text, false, "Text."),
                new ColumnDefinition("amount", ColumnType.Decimal, true, "A decimal."),
                new ColumnDefinition("count", ColumnType.Integer, true, "An integer."),
                new ColumnDefinition("day", ColumnType.Date, true, "A day."),
                new ColumnDefinition("flag", ColumnType.Boolean, true, "A boolean.")),
            ValueList.Create("id"),
            ValueList.Empty<ForeignKey>());
        var table = new RelationalTable(definition, [
            ["=1+2", 136.14m, 999_999_999_999_999L, new LocalDate(1900, 1, 1), true],
            ["+1", 12_345_678_901_234_567.89m, 1_000_000_000_000_000L, new LocalDate(2011, 6, 13), false],
            ["-1", -0.000000000000001m, long.MinValue, null, null],
            ["@SUM(A1)", 0.1m, null, null, null],
            ["  padded\ttext\n", null, null, null, null],
        ]);
        using var stream = new MemoryStream();

        await XlsxExport.WriteSheetsAsync([("crafted", table)], stream, "title", CancellationToken.None);

        byte[] file = stream.ToArray();
        Assert.Empty(XlsxWorkbook.Validate(file));
        XlsxSheet sheet = Assert.Single(XlsxWorkbook.Read(file));
        object?[][] expected =
        [
            ["=1+2", 136.14m, 999_999_999_999_999m, new LocalDate(1900, 1, 1), true],
            ["+1", "12345678901234567.89", "1000000000000000", new LocalDate(2011, 6, 13), false],
            ["-1", -0.000000000000001m, "-9223372036854775808", null, null],
            ["@SUM(A1)", 0.1m, null, null, null],
            ["  padded\ttext\n", null, null, null, null],
        ];
        Assert.Equal(expected, sheet.Body.Select(row => row.Select(c => c.Value).ToArray()));
        Assert.All(sheet.Body, row => Assert.Equal(XlsxCellKind.Text, row[0].Kind));
        Assert.DoesNotContain(sheet.Rows.SelectMany(r => r), cell => cell.HasFormula);
    }

    [Fact]
    public async Task WriteSheets_TextLongerThanAnExcelCell_IsRefusedNamingTheCell()
    {
        var definition = new TableDefinition("long", "Long text.", ValueList.Create(new ColumnDefinition("text", ColumnType.Text, false, "Text.")), ValueList.Create("text"), ValueList.Empty<ForeignKey>());
        var table = new RelationalTable(definition, [[new string('x', XlsxExport.MaxTextLength)], [new string('y', XlsxExport.MaxTextLength + 1)]]);
        using var stream = new MemoryStream();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => XlsxExport.WriteSheetsAsync([("long", table)], stream, "title", CancellationToken.None));

        Assert.StartsWith("The cell of 'text' in row 2 of 'long' has 32,768 characters; an Excel cell holds at most 32,767.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SheetNameOf_EveryTable_IsItsNameWhichExcelTakesAsItIs()
    {
        Assert.All(EditionDatabase.Schema, table => Assert.Equal(table.Name, XlsxExport.SheetNameOf(table)));
        Assert.All(EditionDatabase.Schema, table => Assert.InRange(table.Name.Length, 1, XlsxExport.MaxSheetNameLength));
    }

    [Fact]
    public void MakeSheetNames_LongIllegalAndClashingNames_AreShortLegalAndUniqueIgnoringCase()
    {
        string[] tables = [new string('a', 40), new string('a', 35), "x:y/z?[1]*", "'quoted'", "About", "TABLES", "history", "short"];

        IReadOnlyDictionary<string, string> names = XlsxExport.MakeSheetNames(tables);

        Assert.Equal(
            [new string('a', 31), new string('a', 29) + "~2", "x_y_z__1__", "quoted", "About~2", "TABLES~2", "history~2", "short"],
            tables.Select(t => names[t]));
    }

    [Fact]
    public void SheetNameOf_ATableNotInTheModel_IsRefused()
    {
        var table = new TableDefinition("countries", "Not the model's.", ValueList.Create(new ColumnDefinition("id", ColumnType.Text, false, "Id.")), ValueList.Create("id"), ValueList.Empty<ForeignKey>());

        Assert.Throws<ArgumentException>(() => XlsxExport.SheetNameOf(table));
    }

    private static byte[] Write(KazChinaEdition edition)
    {
        using var stream = new MemoryStream();
        XlsxExport.Write(edition, stream);
        return stream.ToArray();
    }

    private static List<string> Header(XlsxSheet sheet) => [.. sheet.Header.Cast<string>()];

    private static string ColumnName(int number) => number <= 26 ? ((char)('A' + number - 1)).ToString() : ColumnName((number - 1) / 26) + (char)('A' + ((number - 1) % 26));
}

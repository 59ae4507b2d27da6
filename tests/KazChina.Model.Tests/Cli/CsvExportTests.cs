using System.IO;
using System.Linq;
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
            Assert.Equal(table, CsvTables.Read(table.Name, Write(table, byteOrderMark: true)));
        }
    }

    [Fact]
    public void Write_CellsWithSeparatorsQuotesLineBreaksAndSpaces_ReadBackUnchanged()
    {
        string[] cells = ["a,b", "say \"hi\"", "two\r\nlines", "lf\nonly", " padded ", "", "=1+1", "Kazakhstan’s … 136.14", "-5"];
        var table = new FlatTable(
            "tricky",
            cells.Select((_, i) => "c" + i).ToValueList(),
            ValueList.Create(cells.ToValueList(), cells.Reverse().ToValueList()));

        Assert.Equal(table, CsvTables.Read("tricky", Write(table, byteOrderMark: false)));
    }

    [Fact]
    public void Tables_CurrentEdition_AreTheKindTablesThenFacts()
    {
        KazChinaEdition edition = KazChinaEdition.Current;

        var tables = CsvExport.Tables(edition);

        Assert.Equal([.. edition.ToTables(), edition.ToFactsTable()], tables.Select(t => t.Table));
        Assert.All(tables, t => Assert.Equal(t.Table.Name + ".csv", t.FileName));
    }

    private static byte[] Write(FlatTable table, bool byteOrderMark)
    {
        using var stream = new MemoryStream();
        CsvExport.Write(table, stream, byteOrderMark);
        return stream.ToArray();
    }
}

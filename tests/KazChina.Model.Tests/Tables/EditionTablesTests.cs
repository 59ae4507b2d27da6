using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck.Xunit;
using Xunit;

namespace KazChina.Model.Tests.Tables;

public class EditionTablesTests
{
    [Property(Arbitrary = [typeof(Generators)], MaxTest = 50)]
    public void ToTables_AnyEdition_HasOneRowPerRecordInEditionOrder(KazChinaEdition edition)
    {
        ValueList<FlatTable> tables = edition.ToTables();

        Assert.Equal(Enum.GetValues<RecordKind>().Length, tables.Count);
        Assert.Equal(edition.Records.Select(r => r.Id.Value), tables.SelectMany(t => t.Rows.Select(row => row[0])));
        Assert.All(tables, t => Assert.Equal(["id"], t.Columns.Take(1)));
        Assert.All(tables, t => Assert.Equal(["citationIds", "evidenceSpans", "evidenceText"], t.Columns.TakeLast(3)));
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 50)]
    public void ToFactsTable_AnyEdition_IsEveryNonEmptyCellOfTheKindTables(KazChinaEdition edition)
    {
        FlatTable facts = edition.ToFactsTable();
        var expected = new List<(string, string, string, string)>();
        foreach (RecordKind kind in Enum.GetValues<RecordKind>())
        {
            FlatTable table = edition.ToTable(kind);
            string kindName = char.ToLowerInvariant(kind.ToString()[0]) + kind.ToString()[1..];
            foreach (ValueList<string> row in table.Rows)
            {
                for (int c = 1; c < table.Columns.Count; c++)
                {
                    if (row[c].Length > 0)
                    {
                        expected.Add((row[0], kindName, table.Columns[c], row[c]));
                    }
                }
            }
        }

        Assert.Equal(EditionTables.FactColumns, facts.Columns);
        Assert.Equal(expected, facts.Rows.Select(r => (r[0], r[1], r[2], r[3])));
    }

    [Fact]
    public void ToTable_TradeFigure_FormatsAmountsDatesAndEnumsInvariantly()
    {
        KazChinaEdition edition = SyntheticEdition.Create(3, 2);
        TradeFigure figure = new TradeFigureBuilder
        {
            Id = "trade-target", CountryId = edition.Countries[0].Id, PartnerId = edition.Countries[1].Id, Period = TimeReference.By(PartialDate.OfYear(2015)),
            Basis = FigureBasis.Target, Amount = new StatedAmount(Money.Usd(40_000_000_000m), Bound.Exact, "$40 billion"), Evidence = edition.TradeFigures[0].Evidence,
        }.Build();
        KazChinaEdition withFigure = EditionEditor.Map(edition, r => r, extra: [figure]);

        FlatTable table = withFigure.ToTable(RecordKind.TradeFigure);
        int row = table.Rows.Count - 1;

        Assert.Equal("tradeFigures", table.Name);
        Assert.Equal("trade-target", table.Cell(row, "id"));
        Assert.Equal("", table.Cell(row, "statedById"));
        Assert.Equal("by", table.Cell(row, "periodRelation"));
        Assert.Equal("2015", table.Cell(row, "periodDate"));
        Assert.Equal("year", table.Cell(row, "periodDatePrecision"));
        Assert.Equal("false", table.Cell(row, "periodDateYearInferred"));
        Assert.Equal("bilateralTradeVolume", table.Cell(row, "measure"));
        Assert.Equal("target", table.Cell(row, "basis"));
        Assert.Equal("40000000000", table.Cell(row, "amount"));
        Assert.Equal("USD", table.Cell(row, "amountCurrency"));
        Assert.Equal("exact", table.Cell(row, "amountBound"));
        Assert.Equal("$40 billion", table.Cell(row, "amountAsWritten"));
        Assert.Equal("", table.Cell(row, "quantity"));
    }

    [Fact]
    public void ToTable_Project_WritesBothCurrenciesAndAreasAsStated()
    {
        KazChinaEdition edition = SyntheticEdition.Create(5, 2);
        InfrastructureProject source = edition.Projects[0];
        InfrastructureProject project = new InfrastructureProjectBuilder
        {
            Id = "horgos", CountryIds = ValueList.Create(edition.Countries[0].Id, edition.Countries[1].Id),
            Areas = ValueList.Create(
                new ProjectArea(edition.Countries[0].Id, new Quantity(3.34m, QuantityUnit.SquareKilometre, Bound.Exact, "3.34 square kilometers")),
                new ProjectArea(edition.Countries[1].Id, new Quantity(1.85m, QuantityUnit.Kilometre, Bound.Exact, "1.85 kilometers"))),
            Cost = new StatedAmount(Money.Cny(880_000_000m), Bound.MoreThan, "more than 880 million Yuan ($136.14 million)", Money.Usd(136_140_000m)),
            When = TimeReference.By(new PartialDate(2011, 7, 1, yearInferred: true)), Evidence = source.Evidence,
        }.Build();
        FlatTable table = EditionEditor.Map(edition, r => r, extra: [project]).ToTable(RecordKind.InfrastructureProject);
        int row = table.Rows.Count - 1;

        Assert.Equal("880000000", table.Cell(row, "cost"));
        Assert.Equal("CNY", table.Cell(row, "costCurrency"));
        Assert.Equal("moreThan", table.Cell(row, "costBound"));
        Assert.Equal("136140000", table.Cell(row, "costAlsoStatedAs"));
        Assert.Equal("USD", table.Cell(row, "costAlsoStatedAsCurrency"));
        Assert.Equal($"{edition.Countries[0].Id}=3.34 squareKilometre (3.34 square kilometers);{edition.Countries[1].Id}=1.85 kilometre (1.85 kilometers)", table.Cell(row, "areas"));
        Assert.Equal("2011-07-01", table.Cell(row, "whenDate"));
        Assert.Equal("true", table.Cell(row, "whenDateYearInferred"));
    }

    [Fact]
    public void FlatTable_RowWithWrongCellCount_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new FlatTable("t", ValueList.Create("a", "b"), ValueList.Create(ValueList.Create("1"))));
        Assert.Equal("rows", ex.ParamName);
        Assert.Contains("Row 0 has 1 cells", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cell_UnknownColumnOrRow_ThrowsClearly()
    {
        var table = new FlatTable("t", ValueList.Create("a"), ValueList.Create(ValueList.Create("1")));

        Assert.Equal("1", table.Cell(0, "a"));
        Assert.Contains("no column 'b'", Assert.Throws<KeyNotFoundException>(() => table.Cell(0, "b")).Message, StringComparison.Ordinal);
        Assert.Equal("row", Assert.Throws<ArgumentOutOfRangeException>(() => table.Cell(1, "a")).ParamName);
    }
}

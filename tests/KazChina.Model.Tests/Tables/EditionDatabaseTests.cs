using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using FsCheck.Xunit;
using Xunit;

namespace KazChina.Model.Tests.Tables;

public partial class EditionDatabaseTests
{
    [Fact]
    public void Schema_Names_AreSnakeCaseAndUnique()
    {
        Assert.All(EditionDatabase.Schema, t => Assert.Matches(SnakeCase(), t.Name));
        Assert.All(EditionDatabase.Schema.SelectMany(t => t.Columns), c => Assert.Matches(SnakeCase(), c.Name));
        Assert.Equal(EditionDatabase.Schema.Count, EditionDatabase.Schema.Select(t => t.Name).Distinct().Count());
    }

    [Fact]
    public void Schema_ForeignKeys_ReferToAnEarlierTableKeyedByThatColumn()
    {
        var seen = new Dictionary<string, TableDefinition>();
        foreach (TableDefinition table in EditionDatabase.Schema)
        {
            foreach (ForeignKey key in table.ForeignKeys)
            {
                Assert.True(seen.TryGetValue(key.ReferencedTable, out TableDefinition? target), $"{table.Name}.{key.Column} refers to '{key.ReferencedTable}', which is not an earlier table.");
                Assert.Equal([key.ReferencedColumn], target.PrimaryKey);
                Assert.Equal(ColumnType.Text, table.Columns[table.IndexOf(key.Column)].Type);
            }

            seen.Add(table.Name, table);
        }
    }

    [Fact]
    public void Schema_EveryTable_HasARowOwnerOrIdThatIsARecord()
    {
        Assert.All(
            EditionDatabase.Schema.Where(t => t.Name != "records"),
            t => Assert.Contains(t.ForeignKeys, k => k.Column == t.PrimaryKey[0]));
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 40)]
    public void ToRelationalTables_AnyEdition_EveryForeignKeyResolvesAndEveryKeyIsUnique(KazChinaEdition edition)
    {
        Dictionary<string, RelationalTable> tables = edition.ToRelationalTables().ToDictionary(t => t.Name);

        foreach (RelationalTable table in tables.Values)
        {
            int[] key = [.. table.Definition.PrimaryKey.Select(table.Definition.IndexOf)];
            var keys = table.Rows.Select(row => string.Join("\u0001", key.Select(k => row[k]))).ToList();
            Assert.True(keys.Count == keys.Distinct().Count(), $"The primary key of {table.Name} repeats.");
            foreach (ForeignKey foreignKey in table.Definition.ForeignKeys)
            {
                RelationalTable target = tables[foreignKey.ReferencedTable];
                HashSet<object?> targets = [.. target.Rows.Select(row => row[target.Definition.IndexOf(foreignKey.ReferencedColumn)])];
                int column = table.Definition.IndexOf(foreignKey.Column);
                Assert.All(table.Rows.Select(row => row[column]).Where(v => v is not null), v => Assert.True(targets.Contains(v), $"{table.Name}.{foreignKey.Column} = {v} is not in {target.Name}."));
            }
        }
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 40)]
    public void ToRelationalTables_AnyEdition_HasARowPerRecordAndPerListItem(KazChinaEdition edition)
    {
        Dictionary<string, RelationalTable> tables = edition.ToRelationalTables().ToDictionary(t => t.Name);

        Assert.Equal(edition.Records.Select(r => r.Id.Value), tables["records"].Rows.Select(row => (string)row[0]!));
        Assert.Equal(edition.Agreements.Select(a => a.Id.Value), tables["agreements"].Rows.Select(row => (string)row[0]!));
        Assert.Equal(
            edition.Agreements.SelectMany(a => a.PartyIds.Select((p, i) => (a.Id.Value, (long)(i + 1), p.Value))),
            tables["agreement_parties"].Rows.Select(row => ((string)row[0]!, (long)row[1]!, (string)row[2]!)));
        Assert.Equal(edition.Records.Sum(r => r.Evidence.Spans.Count), tables["evidence_spans"].Rows.Count);
        Assert.Equal(edition.EditorialNotes.Sum(n => n.Readings.Count), tables["readings"].Rows.Count);
        Assert.Equal(edition.Projects.Sum(p => p.Areas.Count), tables["project_areas"].Rows.Count);
    }

    [Fact]
    public void ToRelationalTables_Money_IsAnExactDecimalWithItsCurrencyBeside()
    {
        RelationalTable projects = Table("projects");
        int row = RowOf(projects, "horgos-border-cooperation-center");

        Assert.Equal(880_000_000m, projects.Cell(row, "cost"));
        Assert.Equal("CNY", projects.Cell(row, "cost_currency"));
        Assert.Equal("moreThan", projects.Cell(row, "cost_bound"));
        Assert.Equal(136.14m * 1_000_000, projects.Cell(row, "cost_also_stated_as"));
        Assert.Equal("USD", projects.Cell(row, "cost_also_stated_as_currency"));
    }

    [Fact]
    public void ToRelationalTables_PartialDate_IsFilterableDaysWithPrecisionAndInferredYear()
    {
        RelationalTable events = Table("events");
        int row = RowOf(events, "event-beijing-announces-horgos-center");

        Assert.Equal("2011-06", events.Cell(row, "when_text"));
        Assert.Equal(new NodaTime.LocalDate(2011, 6, 1), events.Cell(row, "when_earliest"));
        Assert.Equal(new NodaTime.LocalDate(2011, 6, 10), events.Cell(row, "when_latest"));
        Assert.Equal("month", events.Cell(row, "when_precision"));
        Assert.Equal("early", events.Cell(row, "when_part"));
        Assert.Equal(2011L, events.Cell(row, "when_year"));
        Assert.Equal(true, events.Cell(row, "when_year_inferred"));
    }

    [Fact]
    public void ToRelationalTables_Readings_HoldTheCorrectedValueTheQueriesApplyBesideTheStatedOne()
    {
        KazChinaEdition edition = KazChinaEdition.Current;
        RelationalTable readings = Table("readings");
        var loan = (Loan)edition.Read(new RecordId("loan-cdb-kazakhmys-aktogay"), ReadingChoice.Corrected).Record;

        int row = Enumerable.Range(0, readings.Rows.Count).Single(r => (string)readings.Cell(r, "target_id")! == loan.Id.Value && (string)readings.Cell(r, "member")! == "amount");

        Assert.Equal(loan.Amount.Value.Amount, readings.Cell(row, "amount"));
        Assert.Equal(loan.Amount.Value.Currency, readings.Cell(row, "amount_currency"));
        Assert.Equal(true, readings.Cell(row, "changes_value"));
        Assert.Equal("$15 billion", readings.Cell(row, "stated"));
        Assert.Equal(15_000_000_000m, Table("loans").Cell(RowOf(Table("loans"), loan.Id.Value), "amount"));
    }

    [Fact]
    public void ToRelationalTables_ChangesValue_AgreesWithTheCorrectedReading()
    {
        KazChinaEdition edition = KazChinaEdition.Current;
        RelationalTable readings = Table("readings");

        var changing = Enumerable.Range(0, readings.Rows.Count)
            .Where(r => (bool)readings.Cell(r, "changes_value")!)
            .Select(r => (string)readings.Cell(r, "target_id")!)
            .ToHashSet();

        Assert.Equal(
            edition.Records.Where(r => edition.Read(r.Id, ReadingChoice.Corrected).AppliedNoteIds.Count > 0).Select(r => r.Id.Value).ToHashSet(),
            changing);
    }

    [Fact]
    public void RelationalTable_CellOfTheWrongType_IsRejectedNamingTableAndColumn()
    {
        TableDefinition records = EditionDatabase.Schema[0];

        var error = Assert.Throws<ArgumentException>(() => new RelationalTable(records, [["an-id", 3L]]));

        Assert.Contains("Row 0 of 'records': the cell of 'kind' is not a Text value.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TableDefinition_PrimaryKeyOnANullableColumn_IsRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new TableDefinition(
            "t", "A table.", ValueList.Create(new ColumnDefinition("id", ColumnType.Text, true, "An id.")), ValueList.Create("id"), ValueList.Empty<ForeignKey>()));

        Assert.Contains("names 'id', which is not a column that is never null", error.Message, StringComparison.Ordinal);
    }

    private static RelationalTable Table(string name) => KazChinaEdition.Current.ToRelationalTables().Single(t => t.Name == name);

    private static int RowOf(RelationalTable table, string id) => Enumerable.Range(0, table.Rows.Count).Single(r => (string)table.Cell(r, "id")! == id);

    [GeneratedRegex("^[a-z][a-z0-9]*(_[a-z0-9]+)*$")]
    private static partial Regex SnakeCase();
}

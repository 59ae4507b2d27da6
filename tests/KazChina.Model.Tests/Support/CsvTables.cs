using System.Collections.Generic;
using System.Linq;
using CsvHelper;
using KazChina.Model.Exports;

namespace KazChina.Model.Tests;

/// <summary>Reads CSV back into a <see cref="FlatTable"/> with CsvHelper, to compare an export with the projection it was written from.</summary>
public static class CsvTables
{
    public static FlatTable Read(string name, byte[] csv)
    {
        using CsvReader reader = CsvReader.Create(csv, CsvReaderOptions.Default);
        var rows = new List<ValueList<string>>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToValueList());
        }

        return new FlatTable(name, reader.Headers.ToValueList(), rows.ToValueList());
    }

    /// <summary>A table of the relational model as its typed CSV file shows it, raw: each cell's text form, an empty cell for null.</summary>
    public static FlatTable TextOf(RelationalTable table) =>
        new(
            table.Name,
            table.Definition.Columns.Select(c => c.Name).ToValueList(),
            table.Rows.Select(row => row.Select(cell => CellText.Format(cell) ?? "").ToValueList()).ToValueList());

    /// <summary>A table of an edition's relational model, by name.</summary>
    public static RelationalTable Table(KazChinaEdition edition, string name) => edition.ToRelationalTables().Single(t => t.Name == name);
}

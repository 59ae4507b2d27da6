using System.Collections.Generic;
using System.Linq;
using CsvHelper;

namespace KazChina.Model.Tests;

/// <summary>Reads CSV back into a <see cref="FlatTable"/> with CsvHelper, to compare an export with the tabular projection.</summary>
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
}

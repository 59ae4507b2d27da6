using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Globalization;
using System.Linq;

namespace KazChina.Model.Tests;

/// <summary>
/// Query results from any ADO.NET engine in one comparable form, so SQLite's and DuckDB's answers to the same query
/// can be compared: numbers as invariant decimals without trailing zeros (SQLite gives an integer or a double,
/// DuckDB a decimal), days as <c>yyyy-MM-dd</c> (SQLite stores text, DuckDB a date), booleans as 0 and 1, null as null.
/// </summary>
public static class QueryResults
{
    /// <summary>Runs a query and returns its rows, each as one line of cells, sorted so that row order does not matter.</summary>
    public static List<string> Rows(DbConnection connection, string sql)
    {
        using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        using DbDataReader reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => Cell(reader.GetValue(i)))));
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    /// <summary>Returns a query's column names, in order.</summary>
    public static List<string> Columns(DbConnection connection, string sql)
    {
        using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        using DbDataReader reader = command.ExecuteReader();
        return [.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetName)];
    }

    private static string Cell(object value) => value switch
    {
        DBNull => "NULL",
        bool flag => flag ? "1" : "0",
        string text => text,
        DateTime day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double number => Number((decimal)number),
        float number => Number((decimal)number),
        IConvertible number => Number(number.ToDecimal(CultureInfo.InvariantCulture)),
        _ => value.ToString() ?? "",
    };

    private static string Number(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);
}

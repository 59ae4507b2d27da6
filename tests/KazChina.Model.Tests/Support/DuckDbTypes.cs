namespace KazChina.Model.Tests;

/// <summary>The DuckDB types the relational model's columns are read as, from the typed CSV (datapackage.json's types) or the Parquet files alike.</summary>
public static class DuckDbTypes
{
    /// <summary>Returns the DuckDB type of a column type, as DuckDB names it in <c>DESCRIBE</c>.</summary>
    public static string Of(ColumnType type) => type switch
    {
        ColumnType.Integer => "BIGINT",
        ColumnType.Decimal => "DECIMAL(38,10)",
        ColumnType.Text => "VARCHAR",
        ColumnType.Date => "DATE",
        _ => "BOOLEAN",
    };
}

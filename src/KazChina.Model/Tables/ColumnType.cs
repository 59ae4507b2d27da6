using System.Text.Json.Serialization;

namespace KazChina.Model;

/// <summary>
/// The type of a column of the relational model (<see cref="EditionDatabase"/>): few enough that every tabular format
/// has each of them, and each with one .NET type for its cells in <see cref="RelationalTable.Rows"/>.
/// </summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<ColumnType>))]
public enum ColumnType
{
    /// <summary>A whole number; cells are <see cref="long"/>.</summary>
    Integer,

    /// <summary>An exact decimal number (money, quantities, coordinates); cells are <see cref="decimal"/>.</summary>
    Decimal,

    /// <summary>Text; cells are non-empty <see cref="string"/>s (ids, enum values in camelCase as in the JSON, words of the article).</summary>
    Text,

    /// <summary>A calendar day; cells are NodaTime <see cref="NodaTime.LocalDate"/>s, written as ISO 8601 <c>yyyy-MM-dd</c>.</summary>
    Date,

    /// <summary>True or false; cells are <see cref="bool"/>.</summary>
    Boolean,
}

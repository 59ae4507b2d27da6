using System;
using System.Linq;

namespace KazChina.Model;

/// <summary>
/// The columns of <see cref="EditionDatabase"/>'s tables, by kind of value: one helper per value type, so that a date,
/// an amount or a quantity has the same columns in every table that holds one.
/// </summary>
/// <typeparam name="T">What a row is made from.</typeparam>
internal static class CellSources<T>
{
    public static CellSource<T> Text(string name, Func<T, string?> value, string description, bool nullable = false, string? member = null) =>
        new(new ColumnDefinition(name, ColumnType.Text, nullable, description), r => value(r), member, null);

    public static CellSource<T> Integer(string name, Func<T, long?> value, string description, bool nullable = false, string? member = null) =>
        new(new ColumnDefinition(name, ColumnType.Integer, nullable, description), r => value(r), member, null);

    public static CellSource<T> Decimal(string name, Func<T, decimal?> value, string description, bool nullable = false, string? member = null) =>
        new(new ColumnDefinition(name, ColumnType.Decimal, nullable, description), r => value(r), member, null);

    public static CellSource<T> Reference(string name, Func<T, RecordId?> value, string table, string description, bool nullable = false, string? member = null) =>
        new(new ColumnDefinition(name, ColumnType.Text, nullable, description), r => value(r)?.Value, member, table);

    public static CellSource<T> Enum<TEnum>(string name, Func<T, TEnum> value, string description, bool nullable = false, string? member = null)
        where TEnum : struct, System.Enum => Enum<TEnum>(name, r => (TEnum?)value(r), description, nullable, member);

    public static CellSource<T> Enum<TEnum>(string name, Func<T, TEnum?> value, string description, bool nullable = false, string? member = null)
        where TEnum : struct, System.Enum =>
        new(new ColumnDefinition(name, ColumnType.Text, nullable, description + " One of " + string.Join(", ", System.Enum.GetValues<TEnum>().Select(v => CamelCaseEnumJsonConverter<TEnum>.NameOf(v))) + "."), r => value(r) is { } v ? CamelCaseEnumJsonConverter<TEnum>.NameOf(v) : null, member, null);

    /// <summary>The columns of a partial date: as written in ISO 8601, its first and last day, precision, part of the month, year and whether the year is inferred.</summary>
    public static CellSource<T>[] Date(string prefix, Func<T, PartialDate?> date, string? member, bool nullable = true) =>
    [
        Text(prefix + "_text", r => date(r)?.IsoText, "The date as the article gives it, ISO 8601 at its precision (2011, 2011-06 or 2011-06-13).", nullable, member),
        new(new ColumnDefinition(prefix + "_earliest", ColumnType.Date, nullable, "The first day the date can mean: what to filter and sort on."), r => date(r)?.Start, member, null),
        new(new ColumnDefinition(prefix + "_latest", ColumnType.Date, nullable, "The last day the date can mean."), r => date(r)?.End, member, null),
        Enum(prefix + "_precision", r => date(r)?.Precision, "How precise the date is.", nullable, member),
        Enum(prefix + "_part", r => date(r)?.Part, "The part of the month the date means (whole unless the article says early, mid or late).", nullable, member),
        Integer(prefix + "_year", r => date(r)?.Year, "The date's year.", nullable, member),
        new(new ColumnDefinition(prefix + "_year_inferred", ColumnType.Boolean, nullable, "Whether the year is inferred by the edition, not written in the article."), r => date(r)?.YearInferred, member, null),
    ];

    /// <summary>The columns of a time reference: how the record relates to the date, then the date's columns.</summary>
    public static CellSource<T>[] Time(string prefix, Func<T, TimeReference?> time, string? member) =>
    [
        Enum(prefix + "_relation", r => time(r)?.Relation, "How the record relates to the date (at it, by it as a deadline, during it, …).", nullable: true, member),
        .. Date(prefix, r => time(r)?.Date, member),
    ];

    /// <summary>The columns of a stated amount of money: the exact amount, its currency, its bound, the words, and the second currency the article states it in.</summary>
    public static CellSource<T>[] Amount(string prefix, Func<T, StatedAmount?> amount, string? member, bool nullable) =>
    [
        Decimal(prefix, r => amount(r)?.Value.Amount, $"The amount as an exact number, in {prefix}_currency.", nullable, member),
        Text(prefix + "_currency", r => amount(r)?.Value.Currency, "The amount's ISO 4217 currency code.", nullable, member),
        Enum(prefix + "_bound", r => amount(r)?.Bound, "What the article says of the amount: exactly it, about it, more than it, ….", nullable, member),
        Text(prefix + "_as_written", r => amount(r)?.AsWritten, "The amount in the article's words.", nullable, member),
        Decimal(prefix + "_also_stated_as", r => amount(r)?.AlsoStatedAs?.Amount, "The same amount in a second currency, where the article gives one.", nullable: true, member),
        Text(prefix + "_also_stated_as_currency", r => amount(r)?.AlsoStatedAs?.Currency, "The second amount's ISO 4217 currency code.", nullable: true, member),
    ];

    /// <summary>The columns of a quantity: the exact value, its unit, its bound and the words.</summary>
    public static CellSource<T>[] Quantity(string prefix, Func<T, Quantity?> quantity, string? member, bool nullable) =>
    [
        Decimal(prefix, r => quantity(r)?.Value, $"The quantity as an exact number, in {prefix}_unit.", nullable, member),
        Enum(prefix + "_unit", r => quantity(r)?.Unit, "The quantity's unit.", nullable, member),
        Enum(prefix + "_bound", r => quantity(r)?.Bound, "What the article says of the quantity: exactly it, about it, more than it, ….", nullable, member),
        Text(prefix + "_as_written", r => quantity(r)?.AsWritten, "The quantity in the article's words.", nullable, member),
    ];

    /// <summary>The columns of a name form: the form as written and what kind of form it is.</summary>
    public static CellSource<T>[] NameForm(string prefix, Func<T, NameForm?> form, bool nullable = false) =>
    [
        Text(prefix, r => form(r)?.Form, "The name as the article writes it.", nullable),
        Enum(prefix + "_kind", r => form(r)?.FormKind, "What kind of form it is.", nullable),
    ];

    /// <summary>
    /// A span of the article: where it starts and how long it is, in UTF-16 code units of the article's text, and its
    /// words; named <c>start</c>, <c>length</c>, <c>text</c> without a prefix, <c>words_start</c>, … with one.
    /// </summary>
    public static CellSource<T>[] Span(string prefix, Func<T, TextSpan> span, string? member = null) =>
    [
        Integer(prefix.Length == 0 ? "start" : prefix + "_start", r => span(r).Start, "Where the words start in the article's text, in UTF-16 code units from 0.", member: member),
        Integer(prefix.Length == 0 ? "length" : prefix + "_length", r => span(r).Length, "How long the words are, in UTF-16 code units.", member: member),
        Text(prefix.Length == 0 ? "text" : prefix, r => span(r).Text, "The article's words at that place.", member: member),
    ];
}

using System;
using System.Collections.Generic;
using System.Linq;

namespace KazChina.Model;

/// <summary>One column of a table in the making: its definition, how a source value fills it, the record member it carries and the table it refers to.</summary>
/// <typeparam name="T">What a row is made from: a record, or an item of one of its lists.</typeparam>
/// <param name="Column">The column's definition.</param>
/// <param name="Value">The cell, of the column type's .NET type, or null.</param>
/// <param name="Member">The record member the column carries (<c>Amount</c> for <c>amount_currency</c>), or null when it carries none of its own.</param>
/// <param name="References">The table whose <c>id</c> the column refers to, or null.</param>
internal sealed record CellSource<T>(ColumnDefinition Column, Func<T, object?> Value, string? Member, string? References);

/// <summary>How one table of <see cref="EditionDatabase"/> is made: its definition, the record kind whose members it carries, and its rows.</summary>
/// <param name="Definition">The table's shape.</param>
/// <param name="Kind">The record kind whose members it carries, or null for tables over every record.</param>
/// <param name="Members">The names of the record members it carries (the record's property names).</param>
/// <param name="Rows">Makes the rows from an edition.</param>
internal sealed record TableSpec(TableDefinition Definition, RecordKind? Kind, IReadOnlyList<string> Members, Func<KazChinaEdition, IEnumerable<IReadOnlyList<object?>>> Rows)
{
    /// <summary>The name of the table every record has a row in, which references of any kind point to.</summary>
    public const string RecordsTable = "records";

    /// <summary>A table with a row per record of one kind; its first column is the record's id.</summary>
    public static TableSpec OfKind<T>(RecordKind kind, string name, string description, CellSource<T>[] cells)
        where T : EditionRecord
    {
        CellSource<T>[] all = [new(new ColumnDefinition("id", ColumnType.Text, false, "The record's id."), r => r.Id.Value, nameof(EditionRecord.Id), RecordsTable), .. cells];
        return new TableSpec(
            Define(name, description, all.Select(c => (c.Column, c.References)), ["id"]),
            kind,
            [.. all.Select(c => c.Member ?? MemberNamed(c.Column.Name))],
            edition => edition.Records.OfType<T>().Select(r => (IReadOnlyList<object?>)[.. all.Select(c => c.Value(r))]));
    }

    /// <summary>A table with a row per item of one list member of records: the owner's id, the item's position from 1, and the item's columns.</summary>
    public static TableSpec OfList<T, TItem>(RecordKind? kind, string member, string name, string description, string owner, string ownerTable, Func<KazChinaEdition, T, IEnumerable<TItem>> items, CellSource<TItem>[] cells)
        where T : EditionRecord
    {
        (ColumnDefinition Column, string? References)[] columns =
        [
            (new ColumnDefinition(owner, ColumnType.Text, false, "The id of the record the row belongs to."), ownerTable),
            (new ColumnDefinition("ordinal", ColumnType.Integer, false, "The item's position in the record's list, from 1."), null),
            .. cells.Select(c => (c.Column, c.References)),
        ];
        return new TableSpec(
            Define(name, description, columns, [owner, "ordinal"]),
            kind,
            [member],
            edition => edition.Records.OfType<T>().SelectMany(r => items(edition, r).Select((item, i) =>
                (IReadOnlyList<object?>)[r.Id.Value, (long)(i + 1), .. cells.Select(c => c.Value(item))])));
    }

    /// <summary>The record member a column is named after: <c>name_as_written</c> carries <c>NameAsWritten</c>.</summary>
    private static string MemberNamed(string column) =>
        string.Concat(column.Split('_').Select(word => char.ToUpperInvariant(word[0]) + word[1..]));

    private static TableDefinition Define(string name, string description, IEnumerable<(ColumnDefinition Column, string? References)> columns, string[] primaryKey) =>
        new(
            name,
            description,
            columns.Select(c => c.Column).ToValueList(),
            primaryKey.ToValueList(),
            columns.Where(c => c.References is not null).Select(c => new ForeignKey(c.Column.Name, c.References!, "id")).ToValueList());
}

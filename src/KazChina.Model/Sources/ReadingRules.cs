using System;
using System.Collections.Generic;
using System.Linq;

namespace KazChina.Model;

/// <summary>
/// The one table of which <see cref="Reading"/> may read which member of which kind of record, in the member's own
/// type: an <see cref="AmountReading"/> reads money, a <see cref="TimeReading"/> a date or period, and so on. The
/// reading constructors check that some kind of record has the member for the type; <see cref="KazChinaEdition.Validate"/>
/// checks the target's own kind.
/// </summary>
internal static class ReadingRules
{
    private static readonly Type[] Amounts = [typeof(AmountReading), typeof(ShareReading), typeof(UnconfirmedReading)];
    private static readonly Type[] TradeAmounts = [typeof(AmountReading), typeof(UnconfirmedReading)];
    private static readonly Type[] Times = [typeof(TimeReading), typeof(UnconfirmedReading)];
    private static readonly Type[] Names = [typeof(NameReading), typeof(UnconfirmedReading)];
    private static readonly Type[] NameForms = [typeof(NameFormReading)];

    /// <summary>Each readable member of each kind of record, with the types of reading that may read it.</summary>
    private static readonly (RecordKind Kind, ReadMember Member, Type[] Readings)[] Table =
    [
        (RecordKind.Loan, ReadMember.Amount, Amounts),
        (RecordKind.CurrencySwap, ReadMember.Amount, Amounts),
        (RecordKind.TradeFigure, ReadMember.Amount, TradeAmounts),
        (RecordKind.InfrastructureProject, ReadMember.Cost, Amounts),
        (RecordKind.TradeFigure, ReadMember.Quantity, [typeof(UnconfirmedReading)]),
        (RecordKind.InfrastructureProject, ReadMember.Areas, [typeof(AreaReading), typeof(UnconfirmedReading)]),
        (RecordKind.Agreement, ReadMember.When, Times),
        (RecordKind.Event, ReadMember.When, Times),
        (RecordKind.Loan, ReadMember.When, Times),
        (RecordKind.CurrencySwap, ReadMember.When, Times),
        (RecordKind.InfrastructureProject, ReadMember.When, Times),
        (RecordKind.TradeFigure, ReadMember.Period, Times),
        (RecordKind.Citation, ReadMember.Date, [typeof(DateReading), typeof(UnconfirmedReading)]),
        (RecordKind.Agreement, ReadMember.Title, Names),
        (RecordKind.Event, ReadMember.Title, Names),
        (RecordKind.Person, ReadMember.NameAsWritten, Names),
        (RecordKind.Organization, ReadMember.NameAsWritten, Names),
        (RecordKind.Place, ReadMember.NameAsWritten, Names),
        (RecordKind.InfrastructureProject, ReadMember.NameAsWritten, Names),
        (RecordKind.Country, ReadMember.FormsAsWritten, NameForms),
        (RecordKind.Person, ReadMember.OtherFormsAsWritten, NameForms),
        (RecordKind.Organization, ReadMember.OtherFormsAsWritten, NameForms),
    ];

    /// <summary>Whether some kind of record has <paramref name="member"/> for a reading of <paramref name="readingType"/>.</summary>
    public static bool CanRead(Type readingType, ReadMember member)
    {
        foreach ((_, ReadMember tableMember, Type[] readings) in Table)
        {
            if (tableMember == member && Array.IndexOf(readings, readingType) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="reading"/> may read its member of a record of <paramref name="kind"/>.</summary>
    public static bool Allows(RecordKind kind, Reading reading)
    {
        Type type = reading.GetType();
        foreach ((RecordKind tableKind, ReadMember member, Type[] readings) in Table)
        {
            if (tableKind == kind && member == reading.Member && Array.IndexOf(readings, type) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The members a type of reading reads, for messages: <c>Amount or Cost</c>.</summary>
    public static string DescribeMembers(Type readingType) =>
        Or(Entries(readingType).Select(e => e.Member.ToString()).Distinct());

    /// <summary>The members of kinds of record a type of reading reads, for messages: <c>Loan.Amount, CurrencySwap.Amount or …</c>.</summary>
    public static string DescribeTargets(Type readingType) =>
        Or(Entries(readingType).Select(e => $"{e.Kind}.{e.Member}"));

    private static IEnumerable<(RecordKind Kind, ReadMember Member)> Entries(Type readingType) =>
        Table.Where(e => Array.IndexOf(e.Readings, readingType) >= 0).Select(e => (e.Kind, e.Member));

    private static string Or(IEnumerable<string> items)
    {
        string[] all = [.. items];
        return all.Length == 1 ? all[0] : string.Join(", ", all[..^1]) + " or " + all[^1];
    }
}

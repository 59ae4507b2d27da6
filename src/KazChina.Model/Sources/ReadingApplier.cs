using System;
using System.Collections.Generic;
using System.Linq;

namespace KazChina.Model;

/// <summary>
/// What a <see cref="Reading"/> does to the record it reads: whether the record has anything it can apply to, whether
/// it changes the value the record states, and the record with the changing readings applied. Every method expects a
/// reading that <see cref="ReadingRules.Allows"/> for the record's kind.
/// </summary>
/// <remarks>
/// A reading changes a value when its value differs from the one stated, ignoring the words as written (the
/// reading's words are the editor's): a reading that gives the stated value confirms it and changes nothing, so the
/// order of readings never matters. <see cref="ShareReading"/>s and <see cref="UnconfirmedReading"/>s qualify a value
/// and never change it.
/// </remarks>
internal static class ReadingApplier
{
    /// <summary>Whether the record has a value the reading can apply to, so that applying it builds a valid record.</summary>
    public static bool IsApplicable(Reading reading, EditionRecord record) => reading switch
    {
        AreaReading area => AreaOf(record, area.Value.CountryId) is not null,
        DateReading => record is Citation { DateAsWritten: not null },
        AmountReading => record is not TradeFigure { Amount: null },
        ShareReading => AmountOf(record) is not null,
        UnconfirmedReading unconfirmed => HasValue(record, unconfirmed.Member),
        _ => true,
    };

    /// <summary>Why <see cref="IsApplicable"/> is false, for the validation message.</summary>
    public static string WhyNotApplicable(Reading reading, EditionRecord record) => reading switch
    {
        AreaReading area => $"'{record.Id}' states no area in '{area.Value.CountryId}' for the reading to stand for.",
        DateReading => $"The citation '{record.Id}' gives no date for the reading to read.",
        AmountReading => $"The figure '{record.Id}' is stated as a quantity, not an amount of money.",
        ShareReading => $"'{record.Id}' states no amount for the reading to narrow.",
        _ => $"'{record.Id}' states no {reading.Member} to leave unconfirmed.",
    };

    /// <summary>Whether the reading's value differs from the value the record states.</summary>
    public static bool Changes(Reading reading, EditionRecord record) => reading switch
    {
        AmountReading amount => AmountOf(record) is not { } stated || !SameAmount(stated, amount.Value),
        AreaReading area => AreaOf(record, area.Value.CountryId) is { } stated && !SameQuantity(stated, area.Value.Area),
        TimeReading time => !Equals(TimeOf(record), time.Value),
        DateReading date => !Equals((record as Citation)?.Date, date.Value),
        NameReading name => !string.Equals(NameOf(record), name.Value, StringComparison.Ordinal),
        NameFormReading form => !FormsOf(record).Contains(form.Value),
        _ => false,
    };

    /// <summary>The value the record states for the member the reading reads, as a phrase for messages.</summary>
    public static string StatedText(Reading reading, EditionRecord record) => reading switch
    {
        AreaReading area => AreaOf(record, area.Value.CountryId)?.AsWritten ?? "none",
        _ => reading.Member switch
        {
            ReadMember.Amount or ReadMember.Cost => AmountOf(record)?.AsWritten ?? "none",
            ReadMember.Quantity => (record as TradeFigure)?.Quantity?.AsWritten ?? "none",
            ReadMember.Areas => string.Join(", ", (record as InfrastructureProject)?.Areas.Select(a => a.Area.AsWritten) ?? []),
            ReadMember.When or ReadMember.Period => TimeOf(record)?.ToString() ?? "no date",
            ReadMember.Date => (record as Citation)?.Date?.ToString() ?? "no date",
            ReadMember.Title or ReadMember.NameAsWritten => $"\"{NameOf(record)}\"",
            _ => string.Join(", ", FormsOf(record)),
        },
    };

    /// <summary>
    /// The slot of the record a reading sets: its member, and for an area the country. Two readings that change one
    /// slot to different values conflict; forms of a name add up and never conflict.
    /// </summary>
    public static (ReadMember Member, RecordId Country, string Form) SlotOf(Reading reading) => reading switch
    {
        AreaReading area => (reading.Member, area.Value.CountryId, string.Empty),
        NameFormReading form => (reading.Member, default, form.Value.Form),
        _ => (reading.Member, default, string.Empty),
    };

    /// <summary>Whether two readings of one slot set it to the same value (ignoring the words as written).</summary>
    public static bool SameValue(Reading first, Reading second) => (first, second) switch
    {
        (AmountReading a, AmountReading b) => SameAmount(a.Value, b.Value),
        (AreaReading a, AreaReading b) => SameQuantity(a.Value.Area, b.Value.Area),
        (TimeReading a, TimeReading b) => a.Value.Equals(b.Value),
        (DateReading a, DateReading b) => a.Value.Equals(b.Value),
        (NameReading a, NameReading b) => string.Equals(a.Value, b.Value, StringComparison.Ordinal),
        _ => true,
    };

    /// <summary>
    /// Returns the record with every reading of <paramref name="changing"/> applied (readings that change it, in
    /// edition order; where two change one slot, the later wins, which <see cref="KazChinaEdition.Validate"/> reports).
    /// </summary>
    public static EditionRecord Apply(EditionRecord record, IReadOnlyList<Reading> changing) =>
        changing.Count == 0 ? record : record.WithReadings(new AppliedReadings(changing));

    /// <summary>The amount of money a record states in its one money member, or null.</summary>
    public static StatedAmount? AmountOf(EditionRecord record) => record switch
    {
        Loan l => l.Amount,
        CurrencySwap s => s.Amount,
        TradeFigure f => f.Amount,
        InfrastructureProject p => p.Cost,
        _ => null,
    };

    /// <summary>
    /// The date or period a record states in its one time member (<c>When</c> or <c>Period</c>), or null: the timeline's
    /// <see cref="EditionIndex.WhenOf"/>, less a citation's date, which a <see cref="DateReading"/> reads instead.
    /// </summary>
    public static TimeReference? TimeOf(EditionRecord record) => record is Citation ? null : EditionIndex.WhenOf(record);

    private static Quantity? AreaOf(EditionRecord record, RecordId countryId) =>
        record is InfrastructureProject project ? project.Areas.FirstOrDefault(a => a.CountryId == countryId)?.Area : null;

    private static string? NameOf(EditionRecord record) => record switch
    {
        Agreement a => a.Title,
        Event e => e.Title,
        Person p => p.NameAsWritten,
        Organization o => o.NameAsWritten,
        Place p => p.NameAsWritten,
        InfrastructureProject p => p.NameAsWritten,
        _ => null,
    };

    private static ValueList<NameForm> FormsOf(EditionRecord record) => record switch
    {
        Country c => c.FormsAsWritten,
        Person p => p.OtherFormsAsWritten,
        Organization o => o.OtherFormsAsWritten,
        _ => ValueList.Empty<NameForm>(),
    };

    private static bool HasValue(EditionRecord record, ReadMember member) => member switch
    {
        ReadMember.Amount or ReadMember.Cost => AmountOf(record) is not null,
        ReadMember.Quantity => record is TradeFigure { Quantity: not null },
        ReadMember.Areas => record is InfrastructureProject { Areas.Count: > 0 },
        ReadMember.When or ReadMember.Period => TimeOf(record) is not null,
        ReadMember.Date => record is Citation { Date: not null },
        _ => true,
    };

    private static bool SameAmount(StatedAmount a, StatedAmount b) =>
        a.Value.Equals(b.Value) && a.Bound == b.Bound && Equals(a.AlsoStatedAs, b.AlsoStatedAs);

    private static bool SameQuantity(Quantity a, Quantity b) => a.Value == b.Value && a.Unit == b.Unit && a.Bound == b.Bound;
}

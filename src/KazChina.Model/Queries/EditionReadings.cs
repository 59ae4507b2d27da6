using System;
using System.Collections.Generic;
using System.Linq;

namespace KazChina.Model;

/// <summary>
/// The two readings of one edition: the edition as stated, and the corrected edition beside it, whose records have
/// every reading that changes them applied (<see cref="ReadingApplier"/>). Built once per edition, on first use of a
/// corrected query or of <see cref="ReadingQueries"/>, and shared read-only by all threads
/// (<see cref="KazChinaEdition.Readings"/>). The corrected edition has the same notes, article and ids, and its own
/// indexes; it is never handed out, only its records.
/// </summary>
/// <remarks>
/// Readings whose target is missing, of a kind the reading cannot read, or without a value to apply to (an invalid
/// edition; <see cref="KazChinaEdition.Validate"/> reports them) are left out, so queries still work on such an edition.
/// </remarks>
internal sealed class EditionReadings
{
    private readonly Dictionary<RecordId, ValueList<NoteReading>> _byTarget;

    public EditionReadings(KazChinaEdition asStated)
    {
        AsStated = asStated;
        var byTarget = new Dictionary<RecordId, List<NoteReading>>();
        foreach (EditorialNote note in asStated.EditorialNotes)
        {
            foreach (Reading reading in note.Readings)
            {
                if (asStated.ById.TryGetValue(reading.TargetId, out EditionRecord? target) && Usable(reading, target))
                {
                    if (!byTarget.TryGetValue(target.Id, out List<NoteReading>? list))
                    {
                        byTarget[target.Id] = list = [];
                    }

                    list.Add(new NoteReading(note.Id, reading, ReadingApplier.Changes(reading, target)));
                }
            }
        }

        _byTarget = byTarget.ToDictionary(pair => pair.Key, pair => pair.Value.ToValueList());
        Corrected = new KazChinaEdition(asStated, this);
    }

    /// <summary>Gets the edition as stated.</summary>
    public KazChinaEdition AsStated { get; }

    /// <summary>Gets the corrected edition.</summary>
    public KazChinaEdition Corrected { get; }

    /// <summary>Returns the typed readings of a record, in edition order; empty when no note reads it.</summary>
    public ValueList<NoteReading> Of(RecordId id) => EditionIndex.Find(_byTarget, id);

    /// <summary>Returns the ids of the notes whose readings change a record, in edition order.</summary>
    public ValueList<RecordId> AppliedNoteIds(RecordId id) =>
        Of(id).Where(r => r.ChangesValue).Select(r => r.NoteId).Distinct().ToValueList();

    /// <summary>Returns the ids of the notes whose readings of one kind change a record, in edition order.</summary>
    public ValueList<RecordId> AppliedNoteIds<TReading>(RecordId id, Func<TReading, bool> which)
        where TReading : Reading =>
        Of(id).Where(r => r.ChangesValue && r.Reading is TReading reading && which(reading)).Select(r => r.NoteId).Distinct().ToValueList();

    /// <summary>Maps each record of a list to its corrected form.</summary>
    public ValueList<T> Correct<T>(ValueList<T> records)
        where T : EditionRecord => records.Select(record => (T)Correct(record)).ToValueList();

    /// <summary>Returns a record of the edition as read in <paramref name="choice"/>, with its readings.</summary>
    public ReadRecord Read(EditionRecord asStated, ReadingChoice choice) =>
        new(choice, choice == ReadingChoice.Corrected ? Corrected.ById[asStated.Id] : asStated, asStated, Of(asStated.Id));

    /// <summary>
    /// Returns what a caller should know when using a record's values as read in <paramref name="choice"/>: the notes
    /// that correct it (or, as stated, dispute it), that leave it unconfirmed or narrow it to a share, its bounds, and,
    /// for a trade figure, a missing period.
    /// </summary>
    public IEnumerable<Caveat> InputCaveats(RecordId id, ReadingChoice choice)
    {
        EditionRecord stated = AsStated.ById[id];
        EditionRecord read = choice == ReadingChoice.Corrected ? Corrected.ById[id] : stated;
        ValueList<RecordId> ids = ValueList.Create(id);
        foreach (IGrouping<RecordId, NoteReading> byNote in Of(id).GroupBy(r => r.NoteId))
        {
            ValueList<RecordId> notes = ValueList.Create(byNote.Key);
            NoteReading[] changing = [.. byNote.Where(r => r.ChangesValue)];
            if (changing.Length > 0)
            {
                string changes = string.Join("; ", changing.Select(r => $"{Name(r.Reading.Member)} {r.Reading.ValueText} (as stated: {ReadingApplier.StatedText(r.Reading, stated)})"));
                yield return choice == ReadingChoice.Corrected
                    ? new Caveat(CaveatKind.CorrectedInput, ids, notes, $"{id} is read corrected by {byNote.Key}: {changes}.")
                    : new Caveat(CaveatKind.DisputedInput, ids, notes, $"{byNote.Key} reads {id} differently: {changes}; the value is used as stated.");
            }

            foreach (NoteReading qualifying in byNote)
            {
                string member = $"{Name(qualifying.Reading.Member)} ({ReadingApplier.StatedText(qualifying.Reading, read)})";
                switch (qualifying.Reading)
                {
                    case UnconfirmedReading:
                        yield return new Caveat(CaveatKind.UnconfirmedInput, ids, notes, $"{id}'s {member} is not confirmed elsewhere ({byNote.Key}).");
                        break;
                    case ShareReading share:
                        yield return new Caveat(CaveatKind.PartialScope, ids, notes, $"{byNote.Key} reads {id}'s {member} as the share of {share.PartyId} only.");
                        break;
                }
            }
        }

        foreach (string bounded in Bounds(read))
        {
            yield return new Caveat(CaveatKind.BoundedInput, ids, ValueList.Empty<RecordId>(), $"{id} states a bound, not an exact figure: \"{bounded}\".");
        }

        if (read is TradeFigure { Period: null })
        {
            yield return new Caveat(CaveatKind.UndatedInput, ids, ValueList.Empty<RecordId>(), $"{id} states no period: when it holds is not known.");
        }
    }

    private static bool Usable(Reading reading, EditionRecord target) =>
        ReadingRules.Allows(target.Kind, reading) && ReadingApplier.IsApplicable(reading, target);

    private static string Name(ReadMember member) => CamelCaseEnumJsonConverter<ReadMember>.NameOf(member);

    /// <summary>The words of each figure of the record that is a bound rather than exact.</summary>
    private static IEnumerable<string> Bounds(EditionRecord record)
    {
        if (ReadingApplier.AmountOf(record) is { Bound: not Bound.Exact } amount)
        {
            yield return amount.AsWritten;
        }

        if (record is TradeFigure { Quantity: { Bound: not Bound.Exact } quantity })
        {
            yield return quantity.AsWritten;
        }

        if (record is InfrastructureProject project)
        {
            foreach (ProjectArea area in project.Areas.Where(a => a.Area.Bound != Bound.Exact))
            {
                yield return area.Area.AsWritten;
            }
        }
    }

    /// <summary>The record with the readings that change it applied, each checked against this record itself (an invalid edition may repeat an id).</summary>
    private EditionRecord Correct(EditionRecord record)
    {
        Reading[] changing = [.. Of(record.Id).Select(r => r.Reading).Where(r => Usable(r, record) && ReadingApplier.Changes(r, record))];
        return ReadingApplier.Apply(record, changing);
    }
}

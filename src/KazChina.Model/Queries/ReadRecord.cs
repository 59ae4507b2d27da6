using System.Linq;

namespace KazChina.Model;

/// <summary>
/// One record as a reading of the edition gives it (<see cref="ReadingQueries.Read"/>): the record as read, the record
/// as stated beside it, every typed reading of it by any note, and — in the corrected reading — the notes applied and
/// the members they changed. "Which notes read this loan, and what does it say once they are applied?" in one value.
/// </summary>
/// <remarks>Equality compares every member.</remarks>
public sealed record ReadRecord
{
    internal ReadRecord(ReadingChoice choice, EditionRecord record, EditionRecord asStated, ValueList<NoteReading> readings)
    {
        Choice = choice;
        Record = record;
        AsStated = asStated;
        Readings = readings;
        ValueList<NoteReading> applied = choice == ReadingChoice.Corrected ? readings.Where(r => r.ChangesValue).ToValueList() : ValueList.Empty<NoteReading>();
        AppliedNoteIds = applied.Select(r => r.NoteId).Distinct().ToValueList();
        ChangedMembers = applied.Select(r => r.Reading.Member).Distinct().ToValueList();
    }

    /// <summary>Gets the reading of the edition the record is read in.</summary>
    public ReadingChoice Choice { get; }

    /// <summary>Gets the record's id.</summary>
    public RecordId Id => Record.Id;

    /// <summary>Gets the record as read: as stated, or with the readings that change it applied.</summary>
    public EditionRecord Record { get; }

    /// <summary>Gets the record as the article states it.</summary>
    public EditionRecord AsStated { get; }

    /// <summary>Gets every typed reading of the record by any note, in edition order, in either reading of the edition.</summary>
    public ValueList<NoteReading> Readings { get; }

    /// <summary>Gets the ids of the notes whose readings changed <see cref="Record"/>, in edition order; empty as stated.</summary>
    public ValueList<RecordId> AppliedNoteIds { get; }

    /// <summary>Gets the members those readings changed, in the order of the readings; empty as stated.</summary>
    public ValueList<ReadMember> ChangedMembers { get; }

    /// <summary>Returns the id, the reading and what was applied.</summary>
    /// <returns>A readable rendering such as <c>loan-cdb-kazakhmys-aktogay (corrected): amount, when by note-kazakhmys-loan-amount</c>.</returns>
    public override string ToString()
    {
        string choice = CamelCaseEnumJsonConverter<ReadingChoice>.NameOf(Choice);
        return AppliedNoteIds.Count == 0
            ? $"{Id} ({choice})"
            : $"{Id} ({choice}): {string.Join(", ", ChangedMembers.Select(CamelCaseEnumJsonConverter<ReadMember>.NameOf))} by {string.Join(", ", AppliedNoteIds)}";
    }
}

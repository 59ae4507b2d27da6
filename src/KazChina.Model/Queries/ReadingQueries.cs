using System;
using System.Collections.Generic;
using System.Linq;

namespace KazChina.Model;

/// <summary>
/// The two readings of the edition, record by record: any record as stated or corrected, with the notes that read it
/// and the value stated beside the value read; the notes a query's result applied; and the caveats on using a record's
/// values. Every other query helper that returns or combines values takes a <see cref="ReadingChoice"/> too.
/// </summary>
/// <remarks>
/// The corrected reading is built once per edition, on first use, and shared by all threads. It applies every typed
/// reading whose value differs from the stated one (<see cref="NoteReading.ChangesValue"/>); readings that confirm the
/// stated value, leave it unconfirmed or narrow it to a share change nothing and show up as caveats instead.
/// </remarks>
public static class ReadingQueries
{
    /// <summary>Returns one record as a reading of the edition gives it, without needing to know which notes exist.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="id">The record's id, e.g. <c>loan-cdb-kazakhmys-aktogay</c>.</param>
    /// <param name="reading">As stated (the default) or corrected.</param>
    /// <returns>The record as read, the record as stated, its readings, and the notes applied.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is default.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reading"/> is not defined.</exception>
    /// <exception cref="KeyNotFoundException">No record has <paramref name="id"/>.</exception>
    public static ReadRecord Read(this KazChinaEdition edition, RecordId id, ReadingChoice reading = ReadingChoice.AsStated)
    {
        KazChinaEdition asStated = AsStated(edition, reading);
        EditionRecord record = QueryChecks.Resolve(asStated, id, nameof(id));
        return asStated.Readings.Read(record, reading);
    }

    /// <summary>
    /// Returns the notes a query applied to produce a record it returned: the notes whose readings changed it, when the
    /// record is the corrected one; none for a record as stated.
    /// </summary>
    /// <param name="edition">The edition the record was read from.</param>
    /// <param name="record">A record a query returned, as stated or corrected.</param>
    /// <returns>The notes applied, in edition order; empty when the record is as stated or no note changes it.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="KeyNotFoundException">The edition has no record with the record's id.</exception>
    public static IReadOnlyList<EditorialNote> NotesApplied(this KazChinaEdition edition, EditionRecord record)
    {
        KazChinaEdition asStated = AsStated(edition, ReadingChoice.AsStated);
        ArgumentNullException.ThrowIfNull(record);
        EditionRecord stated = QueryChecks.Resolve(asStated, record.Id, nameof(record));
        EditionReadings readings = asStated.Readings;
        if (record.Equals(stated) || !record.Equals(readings.Corrected.ById[record.Id]))
        {
            return ValueList.Empty<EditorialNote>();
        }

        return readings.AppliedNoteIds(record.Id).Select(note => (EditorialNote)asStated.ById[note]).ToValueList();
    }

    /// <summary>
    /// Returns what to bear in mind when using a record's values in the reading asked for: in the corrected reading, the
    /// notes that corrected it (<see cref="CaveatKind.CorrectedInput"/>); as stated, the notes that read it otherwise
    /// (<see cref="CaveatKind.DisputedInput"/>); in both, a value no other source confirms, an amount that is one
    /// party's share, a figure that is a bound, and a trade figure without a period.
    /// </summary>
    /// <param name="edition">The edition.</param>
    /// <param name="id">The record's id.</param>
    /// <param name="reading">As stated (the default) or corrected.</param>
    /// <returns>The caveats, ordered by kind; empty when there is nothing to bear in mind.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is default.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reading"/> is not defined.</exception>
    /// <exception cref="KeyNotFoundException">No record has <paramref name="id"/>.</exception>
    public static IReadOnlyList<Caveat> CaveatsOf(this KazChinaEdition edition, RecordId id, ReadingChoice reading = ReadingChoice.AsStated)
    {
        KazChinaEdition asStated = AsStated(edition, reading);
        QueryChecks.Resolve(asStated, id, nameof(id));
        return Caveat.Sorted(asStated.Readings.InputCaveats(id, reading));
    }

    /// <summary>Checks the arguments every helper here has and returns the edition as stated.</summary>
    private static KazChinaEdition AsStated(KazChinaEdition edition, ReadingChoice reading)
    {
        ArgumentNullException.ThrowIfNull(edition);
        Preconditions.CheckDefined(reading, nameof(reading));
        return edition.In(ReadingChoice.AsStated);
    }
}

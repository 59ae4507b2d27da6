namespace KazChina.Model;

/// <summary>One typed reading of a record by an editorial note, and whether it changes the value the record states (<see cref="ReadRecord.Readings"/>).</summary>
/// <remarks>Equality compares every member.</remarks>
public sealed record NoteReading
{
    internal NoteReading(RecordId noteId, Reading reading, bool changesValue)
    {
        NoteId = noteId;
        Reading = reading;
        ChangesValue = changesValue;
    }

    /// <summary>Gets the id of the note that gives the reading.</summary>
    public RecordId NoteId { get; }

    /// <summary>Gets the reading.</summary>
    public Reading Reading { get; }

    /// <summary>
    /// Gets whether the reading's value differs from the stated one, so that the corrected reading of the edition
    /// applies it; false for a reading that confirms the stated value, or that qualifies it without changing it
    /// (<see cref="ShareReading"/>, <see cref="UnconfirmedReading"/>).
    /// </summary>
    public bool ChangesValue { get; }

    /// <summary>Returns the note's id and the reading.</summary>
    /// <returns>A readable rendering such as <c>note-kazakhmys-loan-amount: loan-cdb-kazakhmys-aktogay amount: $1.5 billion</c>.</returns>
    public override string ToString() => $"{NoteId}: {Reading}";
}

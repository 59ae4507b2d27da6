namespace KazChina.Model;

/// <summary>
/// One dated record on the timeline (<see cref="TimelineQueries.Timeline"/>): when, how
/// precisely, which record, what kind, a short label, and the record itself.
/// </summary>
/// <remarks>Equality compares every member; the record is compared by record equality.</remarks>
public sealed record TimelineEntry
{
    internal TimelineEntry(TimeReference when, string label, EditionRecord record, ValueList<RecordId> appliedNoteIds)
    {
        AppliedNoteIds = appliedNoteIds;
        When = when;
        Label = label;
        Record = record;
    }

    /// <summary>Gets the record's date and how the record relates to it ("by 2015", "at 2011-06-13").</summary>
    public TimeReference When { get; }

    /// <summary>Gets the date alone (<see cref="TimeReference.Date"/> of <see cref="When"/>).</summary>
    public PartialDate Date => When.Date;

    /// <summary>Gets how much of the date the article gives: year, month or day.</summary>
    public DatePrecision Precision => When.Date.Precision;

    /// <summary>Gets whether the year is inferred rather than stated in the text.</summary>
    public bool YearInferred => When.Date.YearInferred;

    /// <summary>Gets the id of the dated record.</summary>
    public RecordId RecordId => Record.Id;

    /// <summary>Gets the kind of the dated record.</summary>
    public RecordKind Kind => Record.Kind;

    /// <summary>Gets a short label: an agreement's or event's title, a project's name, a figure's countries and amount as written, a citation's outlet and date as written.</summary>
    public string Label { get; }

    /// <summary>Gets the dated record, as read.</summary>
    public EditionRecord Record { get; }

    /// <summary>Gets the ids of the notes whose readings changed the entry — its date, or the title or amount its label shows — in the corrected reading; empty as stated.</summary>
    public ValueList<RecordId> AppliedNoteIds { get; }

    /// <summary>Returns the date, precision, kind, id and label on one line, and the notes applied, if any, in brackets.</summary>
    /// <returns>A readable rendering such as <c>at 2011-06-13 (year inferred) [Day] Agreement all-round-strategic-partnership-2011: …</c>.</returns>
    public override string ToString() =>
        $"{When} [{Precision}] {Kind} {RecordId}: {Label}" + (AppliedNoteIds.Count == 0 ? string.Empty : $" [{string.Join(", ", AppliedNoteIds)}]");
}

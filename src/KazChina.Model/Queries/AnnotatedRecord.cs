using System.Linq;

namespace KazChina.Model;

/// <summary>A record that editorial notes annotate, with those notes (<see cref="ProvenanceQueries.AnnotatedRecords"/>).</summary>
/// <remarks>Equality compares every member.</remarks>
public sealed record AnnotatedRecord
{
    internal AnnotatedRecord(EditionRecord record, ValueList<EditorialNote> notes)
    {
        Record = record;
        Notes = notes;
    }

    /// <summary>Gets the annotated record.</summary>
    public EditionRecord Record { get; }

    /// <summary>Gets the notes on it, in edition order; at least one.</summary>
    public ValueList<EditorialNote> Notes { get; }

    /// <summary>Returns the record's id and the notes' kinds.</summary>
    /// <returns>A readable rendering such as <c>hu-jintao: Spelling</c>.</returns>
    public override string ToString() => $"{Record.Id}: {string.Join(", ", Notes.Select(n => n.NoteKind))}";
}

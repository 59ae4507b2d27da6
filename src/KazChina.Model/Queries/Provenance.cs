namespace KazChina.Model;

/// <summary>
/// What one record rests on (<see cref="ProvenanceQueries.ProvenanceOf"/>): the spans of the article, the
/// citations the article gives and their outlets, and the editorial notes on the record.
/// </summary>
/// <remarks>Equality compares every member.</remarks>
public sealed record Provenance
{
    internal Provenance(EditionRecord record, ValueList<Citation> citations, ValueList<Organization> outlets, ValueList<EditorialNote> notes)
    {
        Record = record;
        Citations = citations;
        Outlets = outlets;
        Notes = notes;
    }

    /// <summary>Gets the record.</summary>
    public EditionRecord Record { get; }

    /// <summary>Gets the spans of the article that state it.</summary>
    public ValueList<TextSpan> Spans => Record.Evidence.Spans;

    /// <summary>Gets the citations the article gives for it, in the evidence's order.</summary>
    public ValueList<Citation> Citations { get; }

    /// <summary>Gets the outlets of those citations, each once, in order of first citation.</summary>
    public ValueList<Organization> Outlets { get; }

    /// <summary>Gets the editorial notes on the record, in edition order.</summary>
    public ValueList<EditorialNote> Notes { get; }

    /// <summary>Returns the record's id with the counts of spans, citations and notes.</summary>
    /// <returns>A readable rendering.</returns>
    public override string ToString() => $"{Record.Id}: {Spans.Count} span(s), {Citations.Count} citation(s), {Notes.Count} note(s)";
}

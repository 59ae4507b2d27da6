namespace KazChina.Model;

/// <summary>Where searched words stand in one span of a record's evidence (<see cref="ProvenanceQueries.SearchEvidence"/>).</summary>
/// <remarks>Equality compares every member.</remarks>
public sealed record EvidenceMatch
{
    internal EvidenceMatch(EditionRecord record, TextSpan span, int start, int length)
    {
        Record = record;
        Span = span;
        Start = start;
        Length = length;
    }

    /// <summary>Gets the record whose evidence matches.</summary>
    public EditionRecord Record { get; }

    /// <summary>Gets the evidence span that contains the match.</summary>
    public TextSpan Span { get; }

    /// <summary>Gets the offset of the span's first match in the article's text (UTF-16 code units).</summary>
    public int Start { get; }

    /// <summary>Gets the match's length in UTF-16 code units.</summary>
    public int Length { get; }

    /// <summary>Gets the matched words exactly as the article writes them.</summary>
    public string Text => Span.Text.Substring(Start - Span.Start, Length);

    /// <summary>Returns the record's id, the offset and the matched words.</summary>
    /// <returns>A readable rendering.</returns>
    public override string ToString() => $"{Record.Id} @{Start}: \"{Text}\"";
}

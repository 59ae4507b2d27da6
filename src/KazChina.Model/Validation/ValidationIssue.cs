using System;
using System.Text.Json.Serialization;

namespace KazChina.Model;

/// <summary>The rules <see cref="KazChinaEdition.Validate"/> checks across the edition.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<ValidationRule>))]
public enum ValidationRule
{
    /// <summary>Two records share an id.</summary>
    DuplicateId,

    /// <summary>A record refers to an id no record has.</summary>
    DanglingReference,

    /// <summary>A record refers to a record of a kind not allowed there (a lender that is a place).</summary>
    WrongReferenceKind,

    /// <summary>A span ends beyond the article's text.</summary>
    SpanOutOfRange,

    /// <summary>A span's quoted words differ from the article's text at that position.</summary>
    SpanTextMismatch,

    /// <summary>A record's evidence has no span of the article.</summary>
    MissingSpan,

    /// <summary>A citation has no span of its own.</summary>
    CitationWithoutSpan,

    /// <summary>An amount is in a currency the record does not allow.</summary>
    CurrencyNotAllowed,

    /// <summary>An editorial note's as-written words do not occur in the spans it points to.</summary>
    NoteTextNotInSpans,

    /// <summary>A reading's type does not match the member it reads of its target's kind (an <see cref="AmountReading"/> of a person, a <see cref="TimeReading"/> of a loan's amount).</summary>
    ReadingTypeMismatch,

    /// <summary>A reading's target has nothing it can apply to (an <see cref="AreaReading"/> for a country the project states no area in).</summary>
    ReadingNotApplicable,

    /// <summary>Two readings change one member of one record to different values.</summary>
    ConflictingReadings,

    /// <summary>
    /// A name a record gives as the article writes it (a name as written, a name form, an agreement's names, the
    /// article's title or publication) does not occur in the record's own spans.
    /// </summary>
    NameNotInSpans,
}

/// <summary>One violation found by <see cref="KazChinaEdition.Validate"/>: the rule, the record and where in the edition it is.</summary>
/// <remarks>
/// Equality compares every member. The path and message quote the edition, so characters in them that could hide
/// or disguise text where they are shown (control characters, bidirectional overrides and isolates, invisible
/// format characters) are kept as visible escapes such as <c>\u202E</c>.
/// </remarks>
public sealed record ValidationIssue
{
    /// <summary>Creates an issue.</summary>
    /// <param name="rule">The rule violated.</param>
    /// <param name="recordId">The id of the record at fault.</param>
    /// <param name="path">Where in the edition, as a JSON path of the edition's wire form, e.g. <c>$.loans[0].evidence.spans[1]</c>.</param>
    /// <param name="message">What is wrong, in a sentence.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rule"/> is not defined.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="message"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="recordId"/> is default, or <paramref name="path"/> or <paramref name="message"/> is blank.</exception>
    public ValidationIssue(ValidationRule rule, RecordId recordId, string path, string message)
    {
        Rule = Preconditions.CheckDefined(rule, nameof(rule));
        RecordId = RecordChecks.CheckId(recordId, nameof(recordId));
        Path = SafeText.Escape(Preconditions.CheckText(path, nameof(path)));
        Message = SafeText.Escape(Preconditions.CheckText(message, nameof(message)));
    }

    /// <summary>Gets the rule violated.</summary>
    public ValidationRule Rule { get; }

    /// <summary>Gets the id of the record at fault.</summary>
    public RecordId RecordId { get; }

    /// <summary>Gets where in the edition, as a JSON path of the edition's wire form.</summary>
    public string Path { get; }

    /// <summary>Gets what is wrong.</summary>
    public string Message { get; }

    /// <summary>Returns <c>path (id): message</c>.</summary>
    /// <returns>A readable rendering.</returns>
    public override string ToString() => $"{Path} ({RecordId}): {Message}";
}

using System;
using System.Text.Json.Serialization;

namespace KazChina.Model;

/// <summary>Whether a quote is spoken words or words of a document.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<QuoteKind>))]
public enum QuoteKind
{
    /// <summary>Words a person said ("Cheng noted").</summary>
    Spoken,

    /// <summary>Words of a document the article quotes (the joint statement).</summary>
    DocumentText,

    /// <summary>A term or phrase the article puts in quotation marks as someone's wording ("win-win").</summary>
    Term,
}

/// <summary>
/// Words the article quotes: who said or wrote them (a person, organization, country or agreement), the
/// exact words inside the quotation marks as a span, and the evidence for the attribution.
/// </summary>
/// <remarks>Equality is record equality over every member.</remarks>
public sealed record Quote : EditionRecord
{
    /// <summary>Creates a quote.</summary>
    /// <param name="id">The record's id.</param>
    /// <param name="quoteKind">Whether the words are spoken or from a document.</param>
    /// <param name="speakerId">The id of who said or wrote the words: an actor, or an agreement for a document's text.</param>
    /// <param name="words">The exact words inside the quotation marks.</param>
    /// <param name="evidence">Spans for the attribution (the words included) and the citations given.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">An id is default.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quoteKind"/> is not defined.</exception>
    public Quote(RecordId id, QuoteKind quoteKind, RecordId speakerId, TextSpan words, Evidence evidence)
        : base(id, evidence)
    {
        QuoteKind = Preconditions.CheckDefined(quoteKind, nameof(quoteKind));
        SpeakerId = RecordChecks.CheckId(speakerId, nameof(speakerId));
        Words = Preconditions.CheckNotNull(words, nameof(words));
    }

    /// <summary>Gets whether the words are spoken or from a document.</summary>
    public QuoteKind QuoteKind { get; }

    /// <summary>Gets the id of who said or wrote the words.</summary>
    public RecordId SpeakerId { get; }

    /// <summary>Gets the exact words inside the quotation marks.</summary>
    public TextSpan Words { get; }

    /// <inheritdoc/>
    [JsonIgnore]
    public override RecordKind Kind => RecordKind.Quote;

    /// <inheritdoc/>
    private protected override void ReportOwnReferences(ReferenceSink sink) => sink.Id(nameof(SpeakerId), SpeakerId, SpeakerKinds);

    private static readonly ValueList<RecordKind> SpeakerKinds =
        ValueList.Create(RecordKind.Person, RecordKind.Organization, RecordKind.Country, RecordKind.Agreement);
}

using System;
using System.Text.Json.Serialization;

namespace KazChina.Model;

/// <summary>Where in the article a citation stands.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<CitationKind>))]
public enum CitationKind
{
    /// <summary>A parenthetical in-text citation such as "(Xinhua, June 13)".</summary>
    InText,

    /// <summary>The credit for the article's image, "(Source: Xinhua)".</summary>
    ImageCredit,
}

/// <summary>
/// One citation as it stands in the article — each occurrence is its own record, so "(Xinhua, June 13)"
/// in two paragraphs is two citations. It names the outlet as written, the date as written (with the
/// inferred year made explicit), a title where the article gives one, and its own span.
/// </summary>
/// <remarks>Equality is record equality over every member.</remarks>
public sealed record Citation : EditionRecord
{
    /// <summary>Creates a citation.</summary>
    /// <param name="id">The record's id.</param>
    /// <param name="citationKind">Where the citation stands.</param>
    /// <param name="outletId">The id of the outlet (an <see cref="Organization"/> of kind <see cref="OrganizationKind.NewsOutlet"/>).</param>
    /// <param name="outletAsWritten">The outlet as written, e.g. <c>www.centralasiaonline.com</c>.</param>
    /// <param name="dateAsWritten">The date as written, e.g. <c>June 13</c>, or null when the citation gives none.</param>
    /// <param name="date">The date with its inferred year, or null when the citation gives none; required with <paramref name="dateAsWritten"/>.</param>
    /// <param name="title">The title of the cited piece where the article gives one, or null.</param>
    /// <param name="evidence">The citation's own span (the words inside the parentheses).</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, an id is default, <paramref name="date"/> and <paramref name="dateAsWritten"/> are not both given or both null, or <paramref name="evidence"/> cites other citations.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="citationKind"/> is not defined.</exception>
    public Citation(RecordId id, CitationKind citationKind, RecordId outletId, string outletAsWritten, string? dateAsWritten, PartialDate? date, string? title, Evidence evidence)
        : base(id, evidence)
    {
        CitationKind = Preconditions.CheckDefined(citationKind, nameof(citationKind));
        OutletId = RecordChecks.CheckId(outletId, nameof(outletId));
        OutletAsWritten = Preconditions.CheckText(outletAsWritten, nameof(outletAsWritten));
        DateAsWritten = Preconditions.CheckOptionalText(dateAsWritten, nameof(dateAsWritten));
        Preconditions.CheckArgument((dateAsWritten is null) == (date is null), nameof(date), "A citation's date and the date as written are given together or not at all.");
        Date = date;
        Title = Preconditions.CheckOptionalText(title, nameof(title));
        Preconditions.CheckArgument(evidence.CitationIds.Count == 0, nameof(evidence), "A citation's evidence is its own span; it cites no other citation.");
    }

    /// <summary>
    /// Copies <paramref name="stated"/> with the values of <paramref name="read"/> in the members a reading reads: the
    /// compiler's copy constructor copies every other member, so none is ever left out of the corrected reading.
    /// </summary>
    private Citation(Citation stated, AppliedReadings read)
        : this(stated)
    {
        Date = read.Date(stated.Date);
    }

    /// <inheritdoc/>
    internal override EditionRecord WithReadings(AppliedReadings read) => new Citation(this, read);

    /// <summary>Gets where the citation stands.</summary>
    public CitationKind CitationKind { get; }

    /// <summary>Gets the id of the cited outlet.</summary>
    public RecordId OutletId { get; }

    /// <summary>Gets the outlet as written.</summary>
    public string OutletAsWritten { get; }

    /// <summary>Gets the date as written, or null.</summary>
    public string? DateAsWritten { get; }

    /// <summary>Gets the date with its inferred year made explicit, or null.</summary>
    public PartialDate? Date { get; }

    /// <summary>Gets the title of the cited piece, or null.</summary>
    public string? Title { get; }

    /// <summary>Gets the citation's own span: the first span of its evidence, or null when it has none (which <see cref="KazChinaEdition.Validate"/> reports).</summary>
    [JsonIgnore]
    public TextSpan? Span => Evidence.Spans.Count > 0 ? Evidence.Spans[0] : null;

    /// <inheritdoc/>
    [JsonIgnore]
    public override RecordKind Kind => RecordKind.Citation;

    /// <inheritdoc/>
    private protected override void ReportOwnReferences(ReferenceSink sink) => sink.Id(nameof(OutletId), OutletId, Kinds.Organization);
}

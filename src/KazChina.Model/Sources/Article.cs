using System;
using System.Text.Json.Serialization;
using NodaTime;

namespace KazChina.Model;

/// <summary>
/// A publication date that the text does not give, bounded by an estimate and marked as such: the
/// article appeared on some day from <see cref="Earliest"/> to <see cref="Latest"/>.
/// </summary>
/// <remarks>Equality compares every member.</remarks>
public sealed record DateEstimate
{
    /// <summary>Creates an estimate.</summary>
    /// <param name="earliest">The earliest possible day.</param>
    /// <param name="latest">The latest possible day; not before <paramref name="earliest"/>.</param>
    /// <param name="basis">Why these bounds: the reasoning behind the estimate.</param>
    /// <exception cref="ArgumentException"><paramref name="latest"/> is before <paramref name="earliest"/>, or <paramref name="basis"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="basis"/> is null.</exception>
    public DateEstimate(LocalDate earliest, LocalDate latest, string basis)
    {
        Preconditions.CheckArgument(earliest <= latest, nameof(latest), $"The latest day {latest:uuuu-MM-dd} is before the earliest {earliest:uuuu-MM-dd}.");
        Earliest = earliest;
        Latest = latest;
        Basis = Preconditions.CheckText(basis, nameof(basis));
    }

    /// <summary>Gets the earliest possible day.</summary>
    public LocalDate Earliest { get; }

    /// <summary>Gets the latest possible day.</summary>
    public LocalDate Latest { get; }

    /// <summary>Gets the reasoning behind the estimate.</summary>
    public string Basis { get; }
}

/// <summary>
/// The article itself, a record like the others (its id is <c>article</c> in the embedded edition): its title,
/// publication, volume and issue, each with the words of the header that state it as evidence; its publication
/// date (not in the text, so only an estimate, marked as such); and its full text with the text's SHA-256 digest.
/// </summary>
/// <remarks>
/// Equality is record equality over every member; the digest follows from the text. In JSON it is the edition's
/// <c>article</c> member, and a record with <c>$type</c> <c>article</c> where records are listed (JSON Lines).
/// </remarks>
public sealed record Article : EditionRecord
{
    /// <summary>Creates the article's record.</summary>
    /// <param name="id">The record's id.</param>
    /// <param name="title">The title as printed.</param>
    /// <param name="publication">The publication's name, e.g. <c>Eurasia Daily Monitor</c>.</param>
    /// <param name="volume">The volume number; positive.</param>
    /// <param name="issue">The issue number; positive.</param>
    /// <param name="publicationDate">An estimate of the publication date, or null where it is unknown.</param>
    /// <param name="text">The full text spans point into.</param>
    /// <param name="evidence">The spans of the header that state the title, publication, volume and issue.</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/>, <paramref name="publication"/>, <paramref name="text"/> or <paramref name="evidence"/> is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, or <paramref name="id"/> is default.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="volume"/> or <paramref name="issue"/> is not positive.</exception>
    public Article(RecordId id, string title, string publication, int volume, int issue, DateEstimate? publicationDate, string text, Evidence evidence)
        : base(id, evidence)
    {
        Title = Preconditions.CheckText(title, nameof(title));
        Publication = Preconditions.CheckText(publication, nameof(publication));
        Preconditions.CheckRange(volume > 0, nameof(volume), volume, "The volume number is positive.");
        Preconditions.CheckRange(issue > 0, nameof(issue), issue, "The issue number is positive.");
        Volume = volume;
        Issue = issue;
        PublicationDate = publicationDate;
        ArgumentNullException.ThrowIfNull(text);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(text), nameof(text), "The article's text is empty or white space.");
        Text = text;
    }

    /// <summary>Gets the title as printed.</summary>
    public string Title { get; }

    /// <summary>Gets the publication's name.</summary>
    public string Publication { get; }

    /// <summary>Gets the volume number.</summary>
    public int Volume { get; }

    /// <summary>Gets the issue number.</summary>
    public int Issue { get; }

    /// <summary>Gets an estimate of the publication date, or null where it is unknown.</summary>
    public DateEstimate? PublicationDate { get; }

    /// <summary>Gets the full text spans point into.</summary>
    public string Text { get; }

    /// <summary>Gets the lowercase hexadecimal SHA-256 digest of the text's UTF-8 bytes, computed on each call (reading an edition never asks for it).</summary>
    [JsonIgnore]
    public string Sha256 => ArticleText.Sha256Of(Text);

    /// <inheritdoc/>
    [JsonIgnore]
    public override RecordKind Kind => RecordKind.Article;

    /// <summary>Returns the title with publication, volume and issue.</summary>
    /// <returns>A readable rendering.</returns>
    public override string ToString() => $"{Title} ({Publication}, vol. {Volume}, issue {Issue})";

    /// <inheritdoc/>
    private protected override void ReportOwnReferences(ReferenceSink sink)
    {
        // The article refers to no other record.
    }
}

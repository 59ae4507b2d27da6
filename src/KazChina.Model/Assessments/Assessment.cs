using System;
using System.Text.Json.Serialization;

namespace KazChina.Model;

/// <summary>Whose judgement an assessment is.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<AssessmentSource>))]
public enum AssessmentSource
{
    /// <summary>The article's author's own judgement.</summary>
    Author,

    /// <summary>A judgement the article attributes to someone else (<see cref="Assessment.HolderId"/>).</summary>
    Attributed,
}

/// <summary>What sort of judgement an assessment is.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<AssessmentKind>))]
public enum AssessmentKind
{
    /// <summary>An expectation held before the fact ("Sinologists anticipated").</summary>
    Expectation,

    /// <summary>An interpretation of what happened or what it means.</summary>
    Interpretation,

    /// <summary>A forecast ("Beijing's influence is set to grow").</summary>
    Prediction,

    /// <summary>A characterisation presented as the state of things ("Kazakhstan is now China's main energy supplier").</summary>
    Characterisation,
}

/// <summary>
/// An analytical judgement, kept apart from reported facts: the author's own, or one the article
/// attributes to others (e.g. Kazakhstani Sinologists).
/// </summary>
/// <remarks>Equality is record equality over every member.</remarks>
public sealed record Assessment : EditionRecord
{
    /// <summary>Creates an assessment.</summary>
    /// <param name="id">The record's id.</param>
    /// <param name="source">Whose judgement it is.</param>
    /// <param name="holderId">The id of who holds it, for <see cref="AssessmentSource.Attributed"/>; null for the author.</param>
    /// <param name="assessmentKind">What sort of judgement it is.</param>
    /// <param name="statement">The judgement, close to the article's words.</param>
    /// <param name="subjectIds">Ids of what it is about; may be empty.</param>
    /// <param name="evidence">The spans and citations that state it.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, an id is invalid, or <paramref name="holderId"/> does not match <paramref name="source"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is not defined.</exception>
    public Assessment(RecordId id, AssessmentSource source, RecordId? holderId, AssessmentKind assessmentKind, string statement, ValueList<RecordId> subjectIds, Evidence evidence)
        : base(id, evidence)
    {
        Source = Preconditions.CheckDefined(source, nameof(source));
        HolderId = RecordChecks.CheckOptionalId(holderId, nameof(holderId));
        Preconditions.CheckArgument((holderId is not null) == (source == AssessmentSource.Attributed), nameof(holderId), "An attributed assessment names its holder; the author's own names none.");
        AssessmentKind = Preconditions.CheckDefined(assessmentKind, nameof(assessmentKind));
        Statement = Preconditions.CheckText(statement, nameof(statement));
        SubjectIds = RecordChecks.CheckIds(subjectIds, nameof(subjectIds));
    }

    /// <summary>Gets whose judgement it is.</summary>
    public AssessmentSource Source { get; }

    /// <summary>Gets the id of who holds it, or null for the author.</summary>
    public RecordId? HolderId { get; }

    /// <summary>Gets what sort of judgement it is.</summary>
    public AssessmentKind AssessmentKind { get; }

    /// <summary>Gets the judgement, close to the article's words.</summary>
    public string Statement { get; }

    /// <summary>Gets the ids of what it is about.</summary>
    public ValueList<RecordId> SubjectIds { get; }

    /// <inheritdoc/>
    [JsonIgnore]
    public override RecordKind Kind => RecordKind.Assessment;

    /// <inheritdoc/>
    private protected override void ReportOwnReferences(ReferenceSink sink)
    {
        sink.OptionalId(nameof(HolderId), HolderId, Kinds.Actor);
        sink.Ids(nameof(SubjectIds) + "[]", SubjectIds, Kinds.Any);
    }
}

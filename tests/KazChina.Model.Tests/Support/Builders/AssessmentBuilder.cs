namespace KazChina.Model.Tests;

/// <summary>Builds a valid <see cref="Assessment"/>: the author's own prediction about nothing named. See <see cref="RecordBuilder"/>.</summary>
public sealed record AssessmentBuilder : RecordBuilder<Assessment>
{
    /// <summary>Starts from every member of <paramref name="from"/>, or from the defaults.</summary>
    /// <param name="from">The assessment to start from, or null.</param>
    public AssessmentBuilder(Assessment? from = null)
        : base(from, "assessment")
    {
    }

    public AssessmentSource Source { get; init; } = AssessmentSource.Author;

    public RecordId? HolderId { get; init; }

    public AssessmentKind AssessmentKind { get; init; } = AssessmentKind.Prediction;

    public string Statement { get; init; } = "s";

    public ValueList<RecordId> SubjectIds { get; init; } = ValueList.Empty<RecordId>();
}

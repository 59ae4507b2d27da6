namespace KazChina.Model.Tests;

/// <summary>Builds a valid <see cref="InfrastructureProject"/>: a planned railway in two countries, nothing else stated. See <see cref="RecordBuilder"/>.</summary>
public sealed record InfrastructureProjectBuilder : RecordBuilder<InfrastructureProject>
{
    /// <summary>Starts from every member of <paramref name="from"/>, or from the defaults.</summary>
    /// <param name="from">The project to start from, or null.</param>
    public InfrastructureProjectBuilder(InfrastructureProject? from = null)
        : base(from, "project")
    {
    }

    public string Name { get; init; } = "P";

    public string NameAsWritten { get; init; } = "P";

    public ProjectKind ProjectKind { get; init; } = ProjectKind.Railway;

    public ValueList<RecordId> CountryIds { get; init; } = ValueList.Create<RecordId>("china", "kazakhstan");

    public ValueList<RecordId> PlaceIds { get; init; } = ValueList.Empty<RecordId>();

    public string? Phase { get; init; }

    public ProjectStatus Status { get; init; } = ProjectStatus.Planned;

    public ValueList<ProjectArea> Areas { get; init; } = ValueList.Empty<ProjectArea>();

    public StatedAmount? Cost { get; init; }

    public ValueList<RecordId> FinancingIds { get; init; } = ValueList.Empty<RecordId>();

    public TimeReference? When { get; init; }

    public ValueList<RecordId> RelatedIds { get; init; } = ValueList.Empty<RecordId>();
}

namespace KazChina.Model.Tests;

/// <summary>Builds a valid <see cref="Agreement"/>: an undated, signed treaty between two countries. See <see cref="RecordBuilder"/>.</summary>
public sealed record AgreementBuilder : RecordBuilder<Agreement>
{
    /// <summary>Starts from every member of <paramref name="from"/>, or from the defaults.</summary>
    /// <param name="from">The agreement to start from, or null.</param>
    public AgreementBuilder(Agreement? from = null)
        : base(from, "agreement")
    {
    }

    public string Title { get; init; } = "A";

    public ValueList<string> NamesAsWritten { get; init; } = ValueList.Empty<string>();

    public AgreementKind AgreementKind { get; init; } = AgreementKind.Treaty;

    public ValueList<RecordId> PartyIds { get; init; } = ValueList.Create<RecordId>("china", "kazakhstan");

    public TimeReference? When { get; init; }

    public AgreementStatus Status { get; init; } = AgreementStatus.Signed;

    public ValueList<RecordId> RelatedIds { get; init; } = ValueList.Empty<RecordId>();
}

/// <summary>Builds a valid <see cref="Provision"/>: one country's commitment under an agreement. See <see cref="RecordBuilder"/>.</summary>
public sealed record ProvisionBuilder : RecordBuilder<Provision>
{
    /// <summary>Starts from every member of <paramref name="from"/>, or from the defaults.</summary>
    /// <param name="from">The provision to start from, or null.</param>
    public ProvisionBuilder(Provision? from = null)
        : base(from, "provision")
    {
    }

    public RecordId AgreementId { get; init; } = "agreement";

    public ProvisionKind ProvisionKind { get; init; } = ProvisionKind.Commitment;

    public RecordId? ProposedById { get; init; }

    public ValueList<RecordId> ActorIds { get; init; } = ValueList.Create<RecordId>("china");

    public string Statement { get; init; } = "s";

    public ValueList<RecordId> SubjectIds { get; init; } = ValueList.Empty<RecordId>();
}

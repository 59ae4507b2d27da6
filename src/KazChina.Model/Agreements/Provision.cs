using System;
using System.Text.Json.Serialization;

namespace KazChina.Model;

/// <summary>What sort of clause a provision is.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<ProvisionKind>))]
public enum ProvisionKind
{
    /// <summary>A party commits to do something ("Kazakhstan will begin supplying").</summary>
    Commitment,

    /// <summary>A party supports another's aim or project ("China actively supports the construction").</summary>
    Support,

    /// <summary>A quantified goal ("$40 billion annual trade by 2015").</summary>
    Target,

    /// <summary>A principle the parties state ("This partnership is not an alliance").</summary>
    Principle,

    /// <summary>A proposal one side advances for the partnership (the proposals set out by Hu).</summary>
    Proposal,

    /// <summary>An area in which the parties will cooperate.</summary>
    Cooperation,
}

/// <summary>A clause of an agreement: who commits to or supports what, in the article's words, and what it is about.</summary>
/// <remarks>Equality is record equality over every member.</remarks>
public sealed record Provision : EditionRecord
{
    /// <summary>Creates a provision.</summary>
    /// <param name="id">The record's id.</param>
    /// <param name="agreementId">The id of the agreement it belongs to.</param>
    /// <param name="provisionKind">What sort of clause it is.</param>
    /// <param name="actorIds">The ids of who commits, supports or proposes (countries, people, organizations); at least one.</param>
    /// <param name="statement">What is committed to, close to the article's words.</param>
    /// <param name="subjectIds">Ids of what the clause is about (projects, places, organizations, trade figures); may be empty.</param>
    /// <param name="evidence">The spans and citations that state it.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, or an id list is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="provisionKind"/> is not defined.</exception>
    public Provision(RecordId id, RecordId agreementId, ProvisionKind provisionKind, ValueList<RecordId> actorIds, string statement, ValueList<RecordId> subjectIds, Evidence evidence)
        : base(id, evidence)
    {
        AgreementId = RecordChecks.CheckId(agreementId, nameof(agreementId));
        ProvisionKind = Preconditions.CheckDefined(provisionKind, nameof(provisionKind));
        ActorIds = RecordChecks.CheckIds(actorIds, nameof(actorIds), allowEmpty: false);
        Statement = Preconditions.CheckText(statement, nameof(statement));
        SubjectIds = RecordChecks.CheckIds(subjectIds, nameof(subjectIds));
    }

    /// <summary>Gets the id of the agreement it belongs to.</summary>
    public RecordId AgreementId { get; }

    /// <summary>Gets what sort of clause it is.</summary>
    public ProvisionKind ProvisionKind { get; }

    /// <summary>Gets the ids of who commits, supports or proposes.</summary>
    public ValueList<RecordId> ActorIds { get; }

    /// <summary>Gets what is committed to, close to the article's words.</summary>
    public string Statement { get; }

    /// <summary>Gets the ids of what the clause is about.</summary>
    public ValueList<RecordId> SubjectIds { get; }

    /// <inheritdoc/>
    [JsonIgnore]
    public override RecordKind Kind => RecordKind.Provision;

    /// <inheritdoc/>
    private protected override void ReportOwnReferences(ReferenceSink sink)
    {
        sink.Id(nameof(AgreementId), AgreementId, Kinds.Agreement);
        sink.Ids(nameof(ActorIds) + "[]", ActorIds, Kinds.Actor);
        sink.Ids(nameof(SubjectIds) + "[]", SubjectIds, Kinds.Any);
    }
}

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

    /// <summary>A proposal one side advances for the partnership (the proposals set out by Hu); its proposer is <see cref="Provision.ProposedById"/>.</summary>
    Proposal,

    /// <summary>An area in which the parties will cooperate.</summary>
    Cooperation,
}

/// <summary>
/// A clause of an agreement: who proposed it (for a proposal), who will act on it, what is committed to or supported,
/// in the article's words, and what it is about. Who proposes and who acts are different members: China proposed all
/// of Hu's proposals, and both countries act on most of them.
/// </summary>
/// <remarks>Equality is record equality over every member.</remarks>
public sealed record Provision : EditionRecord
{
    /// <summary>Creates a provision.</summary>
    /// <param name="id">The record's id.</param>
    /// <param name="agreementId">The id of the agreement it belongs to.</param>
    /// <param name="provisionKind">What sort of clause it is; <see cref="ProvisionKind.Proposal"/> exactly when <paramref name="proposedById"/> is given.</param>
    /// <param name="proposedById">The id of who proposed it (a country, person or organization), or null when it is not a proposal.</param>
    /// <param name="actorIds">The ids of who will act on it: commit, support or carry it out (countries, people, organizations); at least one.</param>
    /// <param name="statement">What is committed to, close to the article's words.</param>
    /// <param name="subjectIds">Ids of what the clause is about (projects, places, organizations, trade figures); may be empty.</param>
    /// <param name="evidence">The spans and citations that state it.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, an id or id list is invalid, or a proposer is given for a clause that is not a proposal or missing for one that is.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="provisionKind"/> is not defined.</exception>
    public Provision(RecordId id, RecordId agreementId, ProvisionKind provisionKind, RecordId? proposedById, ValueList<RecordId> actorIds, string statement, ValueList<RecordId> subjectIds, Evidence evidence)
        : base(id, evidence)
    {
        AgreementId = RecordChecks.CheckId(agreementId, nameof(agreementId));
        ProvisionKind = Preconditions.CheckDefined(provisionKind, nameof(provisionKind));
        ProposedById = RecordChecks.CheckOptionalId(proposedById, nameof(proposedById));
        Preconditions.CheckArgument((proposedById is not null) == (provisionKind == ProvisionKind.Proposal), nameof(proposedById), "A proposal names who proposed it; a clause of any other kind names no proposer.");
        ActorIds = RecordChecks.CheckIds(actorIds, nameof(actorIds), allowEmpty: false);
        Statement = Preconditions.CheckText(statement, nameof(statement));
        SubjectIds = RecordChecks.CheckIds(subjectIds, nameof(subjectIds));
    }

    /// <summary>Gets the id of the agreement it belongs to.</summary>
    public RecordId AgreementId { get; }

    /// <summary>Gets what sort of clause it is.</summary>
    public ProvisionKind ProvisionKind { get; }

    /// <summary>Gets the id of who proposed it, or null when it is not a proposal.</summary>
    public RecordId? ProposedById { get; }

    /// <summary>Gets the ids of who will act on it: commit, support or carry it out.</summary>
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
        sink.OptionalId(nameof(ProposedById), ProposedById, Kinds.Actor);
        sink.Ids(nameof(ActorIds) + "[]", ActorIds, Kinds.Actor);
        sink.Ids(nameof(SubjectIds) + "[]", SubjectIds, Kinds.Any);
    }
}

using System;
using System.Text.Json.Serialization;

namespace KazChina.Model;

/// <summary>What sort of agreement an agreement is.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<AgreementKind>))]
public enum AgreementKind
{
    /// <summary>A strategic partnership between states.</summary>
    StrategicPartnership,

    /// <summary>A joint statement of two governments.</summary>
    JointStatement,

    /// <summary>A treaty.</summary>
    Treaty,

    /// <summary>A currency swap between the parties' central banks or governments.</summary>
    CurrencySwap,

    /// <summary>An arrangement for one party to supply goods to another.</summary>
    SupplyArrangement,

    /// <summary>An agreed trade target.</summary>
    TradeTarget,

    /// <summary>A loan agreement.</summary>
    LoanAgreement,
}

/// <summary>How far an agreement has gone, as the article reports it.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<AgreementStatus>))]
public enum AgreementStatus
{
    /// <summary>Signed.</summary>
    Signed,

    /// <summary>Agreed, without a signing reported.</summary>
    Agreed,

    /// <summary>Announced by one side.</summary>
    Announced,

    /// <summary>Planned or prospective ("will begin supplying").</summary>
    Planned,

    /// <summary>The article does not say how far it has gone; nothing is guessed.</summary>
    NotStated,
}

/// <summary>
/// An agreement between actors, one record per document however many names the article gives it: its canonical
/// title and every name as written, its kind, parties, date, status and related records. Its clauses are
/// <see cref="Provision"/> records that point back to it.
/// </summary>
/// <remarks>Equality is record equality over every member.</remarks>
public sealed record Agreement : EditionRecord
{
    /// <summary>Creates an agreement.</summary>
    /// <param name="id">The record's id.</param>
    /// <param name="title">The agreement's canonical title, e.g. <c>China–Kazakhstan Joint Statement on the Development of All-Round Strategic Partnership</c>.</param>
    /// <param name="namesAsWritten">Every name the article uses for it, as written, each once, the primary one first; empty where the article only describes it. Each must stand in the evidence's spans (see <see cref="KazChinaEdition.Validate"/>).</param>
    /// <param name="agreementKind">What sort of agreement it is.</param>
    /// <param name="partyIds">The ids of the parties (countries, people or organizations); at least one.</param>
    /// <param name="when">When it was made or is to take effect, or null where the article does not state it.</param>
    /// <param name="status">How far it has gone; <see cref="AgreementStatus.NotStated"/> where the article does not say.</param>
    /// <param name="relatedIds">Ids of related records (the agreement it builds on, the finance it sets up); may be empty.</param>
    /// <param name="evidence">The spans and citations that report it.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, a name is listed twice, or an id list is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is not defined.</exception>
    public Agreement(RecordId id, string title, ValueList<string> namesAsWritten, AgreementKind agreementKind, ValueList<RecordId> partyIds, TimeReference? when, AgreementStatus status, ValueList<RecordId> relatedIds, Evidence evidence)
        : base(id, evidence)
    {
        Title = Preconditions.CheckText(title, nameof(title));
        NamesAsWritten = RecordChecks.CheckTexts(namesAsWritten, nameof(namesAsWritten));
        AgreementKind = Preconditions.CheckDefined(agreementKind, nameof(agreementKind));
        PartyIds = RecordChecks.CheckIds(partyIds, nameof(partyIds), allowEmpty: false);
        When = when;
        Status = Preconditions.CheckDefined(status, nameof(status));
        RelatedIds = RecordChecks.CheckIds(relatedIds, nameof(relatedIds));
    }

    /// <summary>
    /// Copies <paramref name="stated"/> with the values of <paramref name="read"/> in the members a reading reads: the
    /// compiler's copy constructor copies every other member, so none is ever left out of the corrected reading.
    /// </summary>
    private Agreement(Agreement stated, AppliedReadings read)
        : this(stated)
    {
        Title = read.Name(stated.Title);
        When = read.Time(stated.When);
    }

    /// <inheritdoc/>
    internal override EditionRecord WithReadings(AppliedReadings read) => new Agreement(this, read);

    /// <summary>Gets the agreement's canonical title.</summary>
    public string Title { get; }

    /// <summary>Gets every name the article uses for it, as written, the primary one first; empty where the article only describes it.</summary>
    public ValueList<string> NamesAsWritten { get; }

    /// <summary>Gets what sort of agreement it is.</summary>
    public AgreementKind AgreementKind { get; }

    /// <summary>Gets the ids of the parties.</summary>
    public ValueList<RecordId> PartyIds { get; }

    /// <summary>Gets when it was made or is to take effect, or null where the article does not state it (never guessed).</summary>
    public TimeReference? When { get; }

    /// <summary>Gets how far it has gone, or <see cref="AgreementStatus.NotStated"/> where the article does not say.</summary>
    public AgreementStatus Status { get; }

    /// <summary>Gets the ids of related records.</summary>
    public ValueList<RecordId> RelatedIds { get; }

    /// <inheritdoc/>
    [JsonIgnore]
    public override RecordKind Kind => RecordKind.Agreement;

    /// <inheritdoc/>
    private protected override void ReportOwnReferences(ReferenceSink sink)
    {
        sink.Ids(nameof(PartyIds) + "[]", PartyIds, Kinds.Actor);
        sink.Ids(nameof(RelatedIds) + "[]", RelatedIds, Kinds.Any);
    }
}

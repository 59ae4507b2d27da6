using System;
using System.Text.Json.Serialization;

namespace KazChina.Model;

/// <summary>A currency swap: the parties, the amount as stated, the agreement that sets it up and when.</summary>
/// <remarks>Equality is record equality over every member.</remarks>
public sealed record CurrencySwap : EditionRecord
{
    /// <summary>Creates a currency swap.</summary>
    /// <param name="id">The record's id.</param>
    /// <param name="partyIds">The ids of the parties; at least two.</param>
    /// <param name="amount">The amount as stated.</param>
    /// <param name="agreementId">The id of the agreement that sets it up, or null.</param>
    /// <param name="when">When it was agreed, or null where the article does not state it.</param>
    /// <param name="evidence">The spans and citations that report it.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">An id is invalid, or fewer than two parties are given.</exception>
    public CurrencySwap(RecordId id, ValueList<RecordId> partyIds, StatedAmount amount, RecordId? agreementId, TimeReference? when, Evidence evidence)
        : base(id, evidence)
    {
        PartyIds = RecordChecks.CheckIds(partyIds, nameof(partyIds));
        Preconditions.CheckArgument(partyIds.Count >= 2, nameof(partyIds), "A swap has at least two parties.");
        Amount = Preconditions.CheckNotNull(amount, nameof(amount));
        AgreementId = RecordChecks.CheckOptionalId(agreementId, nameof(agreementId));
        When = when;
    }

    /// <summary>
    /// Copies <paramref name="stated"/> with the values of <paramref name="read"/> in the members a reading reads: the
    /// compiler's copy constructor copies every other member, so none is ever left out of the corrected reading.
    /// </summary>
    private CurrencySwap(CurrencySwap stated, AppliedReadings read)
        : this(stated)
    {
        Amount = read.Amount(stated.Amount);
        When = read.Time(stated.When);
    }

    /// <inheritdoc/>
    internal override EditionRecord WithReadings(AppliedReadings read) => new CurrencySwap(this, read);

    /// <summary>Gets the ids of the parties.</summary>
    public ValueList<RecordId> PartyIds { get; }

    /// <summary>Gets the amount as stated.</summary>
    public StatedAmount Amount { get; }

    /// <summary>Gets the id of the agreement that sets it up, or null.</summary>
    public RecordId? AgreementId { get; }

    /// <summary>Gets when it was agreed, or null where the article does not state it (never guessed).</summary>
    public TimeReference? When { get; }

    /// <inheritdoc/>
    [JsonIgnore]
    public override RecordKind Kind => RecordKind.CurrencySwap;

    /// <inheritdoc/>
    private protected override void ReportOwnReferences(ReferenceSink sink)
    {
        sink.Ids(nameof(PartyIds) + "[]", PartyIds, Kinds.Actor);
        sink.OptionalId(nameof(AgreementId), AgreementId, Kinds.Agreement);
    }
}

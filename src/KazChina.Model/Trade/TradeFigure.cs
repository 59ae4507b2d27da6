using System;
using System.Text.Json.Serialization;

namespace KazChina.Model;

/// <summary>What a trade figure measures.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<TradeMeasure>))]
public enum TradeMeasure
{
    /// <summary>The value of all trade between the two countries (both directions).</summary>
    BilateralTradeVolume,

    /// <summary>A quantity of a commodity delivered from one country to the other ("11 million tons of oil").</summary>
    CommodityDelivered,
}

/// <summary>Whether a figure reports what happened or what is aimed at.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<FigureBasis>))]
public enum FigureBasis
{
    /// <summary>A reported value.</summary>
    Actual,

    /// <summary>A goal ("the target of $40 billion annual trade by 2015").</summary>
    Target,
}

/// <summary>
/// A trade figure: who states it, between which countries (for a delivery, from <see cref="CountryId"/> to
/// <see cref="PartnerId"/>), for what period, what it measures, whether it is an actual or a target, and
/// the amount or quantity exactly as stated.
/// </summary>
/// <remarks>Equality is record equality over every member. Exactly one of <see cref="Amount"/> and <see cref="Quantity"/> is set.</remarks>
public sealed record TradeFigure : EditionRecord
{
    /// <summary>Creates a trade figure.</summary>
    /// <param name="id">The record's id.</param>
    /// <param name="statedById">The id of who states the figure (a person or organization), or null when the article's author states it.</param>
    /// <param name="countryId">The id of the first country; for a delivery, the supplier.</param>
    /// <param name="partnerId">The id of the partner country; for a delivery, the recipient. Not the same as <paramref name="countryId"/>.</param>
    /// <param name="period">The period or deadline, or null where the article does not state it.</param>
    /// <param name="measure">What the figure measures.</param>
    /// <param name="basis">Whether it is an actual or a target.</param>
    /// <param name="amount">A money figure as stated, or null for a quantity.</param>
    /// <param name="quantity">A quantity as stated, or null for a money figure.</param>
    /// <param name="commodity">The commodity, for <see cref="TradeMeasure.CommodityDelivered"/> (and only then).</param>
    /// <param name="evidence">The spans and citations that state it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="evidence"/> is null.</exception>
    /// <exception cref="ArgumentException">An id is invalid, the countries are the same, not exactly one of <paramref name="amount"/> and <paramref name="quantity"/> is given, or <paramref name="commodity"/> does not match <paramref name="measure"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is not defined.</exception>
    public TradeFigure(RecordId id, RecordId? statedById, RecordId countryId, RecordId partnerId, TimeReference? period, TradeMeasure measure, FigureBasis basis, StatedAmount? amount, Quantity? quantity, string? commodity, Evidence evidence)
        : base(id, evidence)
    {
        StatedById = RecordChecks.CheckOptionalId(statedById, nameof(statedById));
        CountryId = RecordChecks.CheckId(countryId, nameof(countryId));
        PartnerId = RecordChecks.CheckId(partnerId, nameof(partnerId));
        Preconditions.CheckArgument(countryId != partnerId, nameof(partnerId), "A trade figure is between two different countries.");
        Period = period;
        Measure = Preconditions.CheckDefined(measure, nameof(measure));
        Basis = Preconditions.CheckDefined(basis, nameof(basis));
        Preconditions.CheckArgument((amount is null) != (quantity is null), nameof(amount), "A trade figure has either an amount of money or a quantity, not both or neither.");
        Amount = amount;
        Quantity = quantity;
        Commodity = Preconditions.CheckOptionalText(commodity, nameof(commodity));
        Preconditions.CheckArgument((commodity is not null) == (measure == TradeMeasure.CommodityDelivered), nameof(commodity), "A commodity is named exactly when the figure measures a commodity delivered.");
    }

    /// <summary>
    /// Copies <paramref name="stated"/> with the values of <paramref name="read"/> in the members a reading reads: the
    /// compiler's copy constructor copies every other member, so none is ever left out of the corrected reading.
    /// </summary>
    private TradeFigure(TradeFigure stated, AppliedReadings read)
        : this(stated)
    {
        Period = read.Time(stated.Period);
        Amount = read.Amount(stated.Amount);
    }

    /// <inheritdoc/>
    internal override EditionRecord WithReadings(AppliedReadings read) => new TradeFigure(this, read);

    /// <summary>Gets the id of who states the figure, or null when the author does.</summary>
    public RecordId? StatedById { get; }

    /// <summary>Gets the id of the first country (for a delivery, the supplier).</summary>
    public RecordId CountryId { get; }

    /// <summary>Gets the id of the partner country (for a delivery, the recipient).</summary>
    public RecordId PartnerId { get; }

    /// <summary>Gets the period or deadline, or null where the article does not state it (never guessed).</summary>
    public TimeReference? Period { get; }

    /// <summary>Gets what the figure measures.</summary>
    public TradeMeasure Measure { get; }

    /// <summary>Gets whether it is an actual or a target.</summary>
    public FigureBasis Basis { get; }

    /// <summary>Gets the money figure as stated, or null for a quantity.</summary>
    public StatedAmount? Amount { get; }

    /// <summary>Gets the quantity as stated, or null for a money figure.</summary>
    public Quantity? Quantity { get; }

    /// <summary>Gets the commodity delivered, or null.</summary>
    public string? Commodity { get; }

    /// <summary>Tells whether the figure is between <paramref name="a"/> and <paramref name="b"/>, in either order.</summary>
    /// <param name="a">A country id.</param>
    /// <param name="b">Another country id.</param>
    /// <returns><see langword="true"/> when the pair matches.</returns>
    public bool IsBetween(RecordId a, RecordId b) => (CountryId == a && PartnerId == b) || (CountryId == b && PartnerId == a);

    /// <inheritdoc/>
    [JsonIgnore]
    public override RecordKind Kind => RecordKind.TradeFigure;

    /// <inheritdoc/>
    private protected override void ReportOwnReferences(ReferenceSink sink)
    {
        sink.OptionalId(nameof(StatedById), StatedById, Kinds.Actor);
        sink.Id(nameof(CountryId), CountryId, Kinds.Country);
        sink.Id(nameof(PartnerId), PartnerId, Kinds.Country);
    }
}

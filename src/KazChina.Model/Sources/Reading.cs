using System;
using System.Text.Json.Serialization;

namespace KazChina.Model;

/// <summary>The member of a record that a <see cref="Reading"/> reads, named as the record's property.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<ReadMember>))]
public enum ReadMember
{
    /// <summary>The amount of a loan, currency swap or trade figure (<see cref="Loan.Amount"/>, <see cref="CurrencySwap.Amount"/>, <see cref="TradeFigure.Amount"/>).</summary>
    Amount,

    /// <summary>A project's cost (<see cref="InfrastructureProject.Cost"/>).</summary>
    Cost,

    /// <summary>A trade figure's quantity (<see cref="TradeFigure.Quantity"/>).</summary>
    Quantity,

    /// <summary>A project's areas per country (<see cref="InfrastructureProject.Areas"/>).</summary>
    Areas,

    /// <summary>The date of an agreement, event, loan, swap or project (<c>When</c>).</summary>
    When,

    /// <summary>A trade figure's period (<see cref="TradeFigure.Period"/>).</summary>
    Period,

    /// <summary>A citation's date (<see cref="Citation.Date"/>).</summary>
    Date,

    /// <summary>The title of an agreement or event (<c>Title</c>).</summary>
    Title,

    /// <summary>A name as the text writes it (<c>NameAsWritten</c> of a person, organization, place or project).</summary>
    NameAsWritten,

    /// <summary>The forms of a country's name the article uses (<see cref="Country.FormsAsWritten"/>).</summary>
    FormsAsWritten,

    /// <summary>The other forms of a person's name the article uses (<see cref="Person.OtherFormsAsWritten"/>).</summary>
    OtherFormsAsWritten,
}

/// <summary>
/// An editor's typed reading of one member of one record: which record (<see cref="TargetId"/>), which member
/// (<see cref="Member"/>), and, in each derived type, the value in that member's own type — money for an amount,
/// a quantity with its unit for an area, a time reference for a date, a name for a title. A reading never changes
/// the record it reads; queries apply it on request (<see cref="ReadingChoice.Corrected"/>). Which reading may read
/// which member of which kind of record is one table, which the constructors and
/// <see cref="KazChinaEdition.Validate"/> enforce.
/// </summary>
/// <remarks>
/// <para>Equality compares the type and every member.</para>
/// <para>In JSON a reading carries a <c>$type</c> member naming its type in camelCase (<c>amountReading</c>, <c>timeReading</c>, …).</para>
/// </remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$type")]
[JsonDerivedType(typeof(AmountReading), "amountReading")]
[JsonDerivedType(typeof(AreaReading), "areaReading")]
[JsonDerivedType(typeof(TimeReading), "timeReading")]
[JsonDerivedType(typeof(DateReading), "dateReading")]
[JsonDerivedType(typeof(NameReading), "nameReading")]
[JsonDerivedType(typeof(NameFormReading), "nameFormReading")]
[JsonDerivedType(typeof(ShareReading), "shareReading")]
[JsonDerivedType(typeof(UnconfirmedReading), "unconfirmedReading")]
public abstract record Reading
{
    /// <summary>Initializes the members every reading has.</summary>
    /// <param name="targetId">The id of the record read.</param>
    /// <param name="member">The member read; one this type of reading can read.</param>
    /// <exception cref="ArgumentException"><paramref name="targetId"/> is default.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="member"/> is not defined, or is not a member this type of reading reads.</exception>
    private protected Reading(RecordId targetId, ReadMember member)
    {
        TargetId = RecordChecks.CheckId(targetId, nameof(targetId));
        Preconditions.CheckDefined(member, nameof(member));
        Preconditions.CheckRange(
            ReadingRules.CanRead(GetType(), member),
            nameof(member),
            member,
            $"{GetType().Name} reads {ReadingRules.DescribeMembers(GetType())}, not {member}.");
        Member = member;
    }

    /// <summary>Gets the id of the record read.</summary>
    [JsonPropertyOrder(-2)]
    public RecordId TargetId { get; }

    /// <summary>Gets the member read.</summary>
    [JsonPropertyOrder(-1)]
    public ReadMember Member { get; }

    /// <summary>Gets the value read, as a phrase for messages: <c>$1.5 billion</c>, <c>at 2011-12-02</c>, <c>"Hu Jintao"</c>.</summary>
    internal abstract string ValueText { get; }

    /// <summary>Returns the target, member and value read: <c>loan-cdb-kazakhmys-aktogay amount: $1.5 billion</c>.</summary>
    /// <returns>A readable rendering.</returns>
    public sealed override string ToString() => $"{TargetId} {CamelCaseEnumJsonConverter<ReadMember>.NameOf(Member)}: {ValueText}";
}

/// <summary>A reading of an amount of money: the amount the editor reads, in the member's own type.</summary>
/// <remarks>Equality compares every member.</remarks>
public sealed record AmountReading : Reading
{
    /// <summary>Creates the reading.</summary>
    /// <param name="targetId">The id of the loan, swap, trade figure or project.</param>
    /// <param name="member"><see cref="ReadMember.Amount"/> or <see cref="ReadMember.Cost"/>.</param>
    /// <param name="value">The amount read; its words as written are the editor's (<c>$1.5 billion</c>), not the article's.</param>
    /// <exception cref="ArgumentException"><paramref name="targetId"/> is default.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="member"/> is not an amount.</exception>
    public AmountReading(RecordId targetId, ReadMember member, StatedAmount value)
        : base(targetId, member)
    {
        Value = Preconditions.CheckNotNull(value, nameof(value));
    }

    /// <summary>Gets the amount read.</summary>
    public StatedAmount Value { get; }

    /// <inheritdoc/>
    internal override string ValueText => Value.AsWritten;
}

/// <summary>A reading of a project's area in one country: it stands for the area the record states for that country.</summary>
/// <remarks>Equality compares every member.</remarks>
public sealed record AreaReading : Reading
{
    /// <summary>Creates the reading.</summary>
    /// <param name="targetId">The id of the project.</param>
    /// <param name="member"><see cref="ReadMember.Areas"/>.</param>
    /// <param name="value">The area read, with its country and unit; its words as written are the editor's (<c>3.43 square kilometres</c>).</param>
    /// <exception cref="ArgumentException"><paramref name="targetId"/> is default.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="member"/> is not <see cref="ReadMember.Areas"/>.</exception>
    public AreaReading(RecordId targetId, ReadMember member, ProjectArea value)
        : base(targetId, member)
    {
        Value = Preconditions.CheckNotNull(value, nameof(value));
    }

    /// <summary>Gets the area read.</summary>
    public ProjectArea Value { get; }

    /// <inheritdoc/>
    internal override string ValueText => $"{Value.Area.AsWritten} in {Value.CountryId}";
}

/// <summary>A reading of a date or period: when the record holds, as the editor reads it, or a date the text omits.</summary>
/// <remarks>Equality compares every member.</remarks>
public sealed record TimeReading : Reading
{
    /// <summary>Creates the reading.</summary>
    /// <param name="targetId">The id of the dated record.</param>
    /// <param name="member"><see cref="ReadMember.When"/> or <see cref="ReadMember.Period"/>.</param>
    /// <param name="value">The date read and how the record relates to it.</param>
    /// <exception cref="ArgumentException"><paramref name="targetId"/> is default.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="member"/> is not a date or period.</exception>
    public TimeReading(RecordId targetId, ReadMember member, TimeReference value)
        : base(targetId, member)
    {
        Value = Preconditions.CheckNotNull(value, nameof(value));
    }

    /// <summary>Gets the date read.</summary>
    public TimeReference Value { get; }

    /// <inheritdoc/>
    internal override string ValueText => Value.ToString();
}

/// <summary>A reading of a citation's date.</summary>
/// <remarks>Equality compares every member.</remarks>
public sealed record DateReading : Reading
{
    /// <summary>Creates the reading.</summary>
    /// <param name="targetId">The id of the citation.</param>
    /// <param name="member"><see cref="ReadMember.Date"/>.</param>
    /// <param name="value">The date read, with whether its year is inferred.</param>
    /// <exception cref="ArgumentException"><paramref name="targetId"/> is default.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="member"/> is not <see cref="ReadMember.Date"/>.</exception>
    public DateReading(RecordId targetId, ReadMember member, PartialDate value)
        : base(targetId, member)
    {
        Value = Preconditions.CheckNotNull(value, nameof(value));
    }

    /// <summary>Gets the date read.</summary>
    public PartialDate Value { get; }

    /// <inheritdoc/>
    internal override string ValueText => Value.ToString();
}

/// <summary>A reading of a name or title: the canonical form of what the text writes.</summary>
/// <remarks>Equality compares every member.</remarks>
public sealed record NameReading : Reading
{
    /// <summary>Creates the reading.</summary>
    /// <param name="targetId">The id of the record named.</param>
    /// <param name="member"><see cref="ReadMember.NameAsWritten"/> or <see cref="ReadMember.Title"/>.</param>
    /// <param name="value">The name read, e.g. <c>Hu Jintao</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="targetId"/> is default, or <paramref name="value"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="member"/> is not a name or title.</exception>
    public NameReading(RecordId targetId, ReadMember member, string value)
        : base(targetId, member)
    {
        Value = Preconditions.CheckText(value, nameof(value));
    }

    /// <summary>Gets the name read.</summary>
    public string Value { get; }

    /// <inheritdoc/>
    internal override string ValueText => $"\"{Value}\"";
}

/// <summary>A reading that a form of a name the article uses names the record: "Beijing" used for China's government.</summary>
/// <remarks>Equality compares every member.</remarks>
public sealed record NameFormReading : Reading
{
    /// <summary>Creates the reading.</summary>
    /// <param name="targetId">The id of the record the form names.</param>
    /// <param name="member"><see cref="ReadMember.FormsAsWritten"/> or <see cref="ReadMember.OtherFormsAsWritten"/>.</param>
    /// <param name="value">The form and how it relates to the record, e.g. <c>Beijing</c> as a <see cref="NameFormKind.Metonym"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="targetId"/> is default.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="member"/> is not a list of name forms.</exception>
    public NameFormReading(RecordId targetId, ReadMember member, NameForm value)
        : base(targetId, member)
    {
        Value = Preconditions.CheckNotNull(value, nameof(value));
    }

    /// <summary>Gets the form read.</summary>
    public NameForm Value { get; }

    /// <inheritdoc/>
    internal override string ValueText => $"\"{Value.Form}\" ({CamelCaseEnumJsonConverter<NameFormKind>.NameOf(Value.FormKind)})";
}

/// <summary>A reading that an amount is one party's share only, not the whole: the amount stands, its scope is narrower.</summary>
/// <remarks>Equality compares every member.</remarks>
public sealed record ShareReading : Reading
{
    /// <summary>Creates the reading.</summary>
    /// <param name="targetId">The id of the record whose amount is a share.</param>
    /// <param name="member"><see cref="ReadMember.Amount"/> or <see cref="ReadMember.Cost"/>.</param>
    /// <param name="partyId">The id of the party whose share the amount is.</param>
    /// <exception cref="ArgumentException"><paramref name="targetId"/> or <paramref name="partyId"/> is default.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="member"/> is not an amount.</exception>
    public ShareReading(RecordId targetId, ReadMember member, RecordId partyId)
        : base(targetId, member)
    {
        PartyId = RecordChecks.CheckId(partyId, nameof(partyId));
    }

    /// <summary>Gets the id of the party whose share the amount is.</summary>
    public RecordId PartyId { get; }

    /// <inheritdoc/>
    internal override string ValueText => $"the share of {PartyId} only";
}

/// <summary>A reading that the stated value stands but is not confirmed elsewhere.</summary>
/// <remarks>Equality compares every member.</remarks>
public sealed record UnconfirmedReading : Reading
{
    /// <summary>Creates the reading.</summary>
    /// <param name="targetId">The id of the record whose value is unconfirmed.</param>
    /// <param name="member">The member whose value is unconfirmed.</param>
    /// <exception cref="ArgumentException"><paramref name="targetId"/> is default.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="member"/> is not defined.</exception>
    public UnconfirmedReading(RecordId targetId, ReadMember member)
        : base(targetId, member)
    {
    }

    /// <inheritdoc/>
    internal override string ValueText => "unconfirmed";
}

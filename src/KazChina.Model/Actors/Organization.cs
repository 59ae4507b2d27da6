using System;
using System.Text.Json.Serialization;

namespace KazChina.Model;

/// <summary>What sort of body an organization is.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<OrganizationKind>))]
public enum OrganizationKind
{
    /// <summary>A government body such as a ministry (a capital standing for a whole government is a metonym of its country; see <see cref="NameFormKind.Metonym"/>).</summary>
    StateBody,

    /// <summary>A bank.</summary>
    Bank,

    /// <summary>A company.</summary>
    Company,

    /// <summary>A news agency, broadcaster or news site the article cites.</summary>
    NewsOutlet,

    /// <summary>An international organization such as the SCO or the WTO.</summary>
    InternationalOrganization,

    /// <summary>A community of experts the article attributes a view to ("Kazakhstani Sinologists").</summary>
    ExpertGroup,

    /// <summary>The press of a country or several, taken together ("both countries' media").</summary>
    Media,
}

/// <summary>An organization, outlet or group the article names, with the name as written and the other forms the text uses ("SCO").</summary>
/// <remarks>Equality is record equality over every member.</remarks>
public sealed record Organization : EditionRecord
{
    /// <summary>Creates an organization.</summary>
    /// <param name="id">The record's id.</param>
    /// <param name="name">The canonical name, e.g. <c>World Trade Organization</c>.</param>
    /// <param name="nameAsWritten">The name as the text writes it, e.g. <c>world Trade Organization</c>.</param>
    /// <param name="otherFormsAsWritten">Other forms the text uses, each with its kind, e.g. <c>WTO</c> (an abbreviation); may be empty.</param>
    /// <param name="organizationKind">What sort of body it is.</param>
    /// <param name="countryId">The id of its home country, or null for an international body or where the article and the notes name none.</param>
    /// <param name="description">A short description from the editorial notes, or null.</param>
    /// <param name="website">Its web address as the notes give it, or null.</param>
    /// <param name="evidence">Spans that name it.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, an id is default, or a form is listed twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="organizationKind"/> is not defined.</exception>
    public Organization(RecordId id, string name, string nameAsWritten, ValueList<NameForm> otherFormsAsWritten, OrganizationKind organizationKind, RecordId? countryId, string? description, string? website, Evidence evidence)
        : base(id, evidence)
    {
        Name = Preconditions.CheckText(name, nameof(name));
        NameAsWritten = Preconditions.CheckText(nameAsWritten, nameof(nameAsWritten));
        OtherFormsAsWritten = RecordChecks.CheckNameForms(otherFormsAsWritten, nameof(otherFormsAsWritten));
        OrganizationKind = Preconditions.CheckDefined(organizationKind, nameof(organizationKind));
        CountryId = RecordChecks.CheckOptionalId(countryId, nameof(countryId));
        Description = Preconditions.CheckOptionalText(description, nameof(description));
        Website = Preconditions.CheckOptionalText(website, nameof(website));
    }

    /// <summary>
    /// Copies <paramref name="stated"/> with the values of <paramref name="read"/> in the members a reading reads: the
    /// compiler's copy constructor copies every other member, so none is ever left out of the corrected reading.
    /// </summary>
    private Organization(Organization stated, AppliedReadings read)
        : this(stated)
    {
        NameAsWritten = read.Name(stated.NameAsWritten);
        OtherFormsAsWritten = RecordChecks.CheckNameForms(read.Forms(stated.OtherFormsAsWritten), "otherFormsAsWritten");
    }

    /// <inheritdoc/>
    internal override EditionRecord WithReadings(AppliedReadings read) => new Organization(this, read);

    /// <summary>Gets the canonical name.</summary>
    public string Name { get; }

    /// <summary>Gets the name as the text writes it.</summary>
    public string NameAsWritten { get; }

    /// <summary>Gets other forms the text uses for it, each with its kind.</summary>
    public ValueList<NameForm> OtherFormsAsWritten { get; }

    /// <summary>Gets what sort of body it is.</summary>
    public OrganizationKind OrganizationKind { get; }

    /// <summary>Gets the id of its home country, or null for an international body or where the article and the notes name none.</summary>
    public RecordId? CountryId { get; }

    /// <summary>Gets a short description from the editorial notes, or null.</summary>
    public string? Description { get; }

    /// <summary>Gets its web address as the notes give it, or null.</summary>
    public string? Website { get; }

    /// <inheritdoc/>
    [JsonIgnore]
    public override RecordKind Kind => RecordKind.Organization;

    /// <inheritdoc/>
    private protected override void ReportOwnReferences(ReferenceSink sink) => sink.OptionalId(nameof(CountryId), CountryId, Kinds.Country);
}

using System;
using System.Text.Json.Serialization;

namespace KazChina.Model;

/// <summary>What sort of project an infrastructure project is.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<ProjectKind>))]
public enum ProjectKind
{
    /// <summary>A cross-border cooperation zone or trade centre.</summary>
    BorderCooperationZone,

    /// <summary>An oil pipeline.</summary>
    OilPipeline,

    /// <summary>A gas pipeline.</summary>
    GasPipeline,

    /// <summary>A railway.</summary>
    Railway,

    /// <summary>An international transport corridor.</summary>
    TransportCorridor,

    /// <summary>A mine.</summary>
    Mine,

    /// <summary>Production of nuclear fuel.</summary>
    NuclearFuel,

    /// <summary>Nuclear power stations.</summary>
    NuclearPower,
}

/// <summary>How far a project has come, as the article reports it.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<ProjectStatus>))]
public enum ProjectStatus
{
    /// <summary>Talked of as a prospect.</summary>
    Proposed,

    /// <summary>Decided and scheduled, not yet built or opened.</summary>
    Planned,

    /// <summary>Being built or completed ("work continues to complete phase two").</summary>
    UnderConstruction,

    /// <summary>In operation.</summary>
    Operating,

    /// <summary>The article does not say how far the project has come (it names it, or says it is supported, and no more); nothing is guessed.</summary>
    NotStated,
}

/// <summary>An area a project covers in one country, as stated.</summary>
/// <remarks>Equality compares both members.</remarks>
public sealed record ProjectArea
{
    /// <summary>Creates an area.</summary>
    /// <param name="countryId">The id of the country.</param>
    /// <param name="area">The area as stated (its unit may be a slip an editorial note annotates).</param>
    /// <exception cref="ArgumentException"><paramref name="countryId"/> is default.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> is null.</exception>
    public ProjectArea(RecordId countryId, Quantity area)
    {
        CountryId = RecordChecks.CheckId(countryId, nameof(countryId));
        Area = Preconditions.CheckNotNull(area, nameof(area));
    }

    /// <summary>Gets the id of the country.</summary>
    public RecordId CountryId { get; }

    /// <summary>Gets the area as stated.</summary>
    public Quantity Area { get; }
}

/// <summary>An infrastructure or industrial project: kind, places, countries, phase, status, areas per country, cost and financing.</summary>
/// <remarks>Equality is record equality over every member.</remarks>
public sealed record InfrastructureProject : EditionRecord
{
    /// <summary>Creates a project.</summary>
    /// <param name="id">The record's id.</param>
    /// <param name="name">The canonical name.</param>
    /// <param name="nameAsWritten">The name as the text writes it.</param>
    /// <param name="projectKind">What sort of project it is.</param>
    /// <param name="countryIds">The ids of the countries it lies in or serves; at least one.</param>
    /// <param name="placeIds">The ids of the places it touches; may be empty.</param>
    /// <param name="phase">The phase or stage the record is about ("phase two"), or null where the article states none (the whole project).</param>
    /// <param name="status">How far it has come; <see cref="ProjectStatus.NotStated"/> where the article does not say.</param>
    /// <param name="areas">The areas stated per country; may be empty; one per country at most.</param>
    /// <param name="cost">The cost as stated, or null.</param>
    /// <param name="financingIds">Ids of the loans and swaps that finance it; may be empty.</param>
    /// <param name="when">Its date or deadline ("by July 1"), or null where the article does not state it.</param>
    /// <param name="relatedIds">Ids of related records (projects it links with); may be empty.</param>
    /// <param name="evidence">The spans and citations that report it.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, an id list is invalid, or a country has two areas.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is not defined.</exception>
    public InfrastructureProject(
        RecordId id,
        string name,
        string nameAsWritten,
        ProjectKind projectKind,
        ValueList<RecordId> countryIds,
        ValueList<RecordId> placeIds,
        string? phase,
        ProjectStatus status,
        ValueList<ProjectArea> areas,
        StatedAmount? cost,
        ValueList<RecordId> financingIds,
        TimeReference? when,
        ValueList<RecordId> relatedIds,
        Evidence evidence)
        : base(id, evidence)
    {
        Name = Preconditions.CheckText(name, nameof(name));
        NameAsWritten = Preconditions.CheckText(nameAsWritten, nameof(nameAsWritten));
        ProjectKind = Preconditions.CheckDefined(projectKind, nameof(projectKind));
        CountryIds = RecordChecks.CheckIds(countryIds, nameof(countryIds), allowEmpty: false);
        PlaceIds = RecordChecks.CheckIds(placeIds, nameof(placeIds));
        Phase = Preconditions.CheckOptionalText(phase, nameof(phase));
        Status = Preconditions.CheckDefined(status, nameof(status));
        Areas = Preconditions.CheckNotNull(areas, nameof(areas));
        Preconditions.CheckArgument(RecordChecks.AllDistinct(areas, static area => area.CountryId), nameof(areas), "A country has at most one stated area.");
        Cost = cost;
        FinancingIds = RecordChecks.CheckIds(financingIds, nameof(financingIds));
        When = when;
        RelatedIds = RecordChecks.CheckIds(relatedIds, nameof(relatedIds));
    }

    /// <summary>
    /// Copies <paramref name="stated"/> with the values of <paramref name="read"/> in the members a reading reads: the
    /// compiler's copy constructor copies every other member, so none is ever left out of the corrected reading.
    /// </summary>
    private InfrastructureProject(InfrastructureProject stated, AppliedReadings read)
        : this(stated)
    {
        NameAsWritten = read.Name(stated.NameAsWritten);
        Areas = read.Areas(stated.Areas);
        Cost = read.Amount(stated.Cost);
        When = read.Time(stated.When);
    }

    /// <inheritdoc/>
    internal override EditionRecord WithReadings(AppliedReadings read) => new InfrastructureProject(this, read);

    /// <summary>Gets the canonical name.</summary>
    public string Name { get; }

    /// <summary>Gets the name as the text writes it.</summary>
    public string NameAsWritten { get; }

    /// <summary>Gets what sort of project it is.</summary>
    public ProjectKind ProjectKind { get; }

    /// <summary>Gets the ids of the countries it lies in or serves.</summary>
    public ValueList<RecordId> CountryIds { get; }

    /// <summary>Gets the ids of the places it touches.</summary>
    public ValueList<RecordId> PlaceIds { get; }

    /// <summary>Gets the phase or stage the record is about, or null where the article states none (the record is about the whole project).</summary>
    public string? Phase { get; }

    /// <summary>Gets how far it has come, or <see cref="ProjectStatus.NotStated"/> where the article does not say.</summary>
    public ProjectStatus Status { get; }

    /// <summary>Gets the areas stated per country.</summary>
    public ValueList<ProjectArea> Areas { get; }

    /// <summary>Gets the cost as stated, or null.</summary>
    public StatedAmount? Cost { get; }

    /// <summary>Gets the ids of the loans and swaps that finance it.</summary>
    public ValueList<RecordId> FinancingIds { get; }

    /// <summary>Gets its date or deadline, or null where the article does not state it (never guessed).</summary>
    public TimeReference? When { get; }

    /// <summary>Gets the ids of related records.</summary>
    public ValueList<RecordId> RelatedIds { get; }

    /// <inheritdoc/>
    [JsonIgnore]
    public override RecordKind Kind => RecordKind.InfrastructureProject;

    /// <inheritdoc/>
    private protected override void ReportOwnReferences(ReferenceSink sink)
    {
        sink.Ids(nameof(CountryIds) + "[]", CountryIds, Kinds.Country);
        sink.Ids(nameof(PlaceIds) + "[]", PlaceIds, Kinds.Place);
        for (int i = 0; i < Areas.Count; i++)
        {
            sink.IdAt(nameof(Areas) + "[]." + nameof(ProjectArea.CountryId), Areas[i].CountryId, Kinds.Country, i);
        }

        sink.Ids(nameof(FinancingIds) + "[]", FinancingIds, Kinds.Finance);
        sink.Ids(nameof(RelatedIds) + "[]", RelatedIds, Kinds.Any);
    }
}

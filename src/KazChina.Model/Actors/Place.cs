using System;
using System.Buffers;
using System.Text.Json.Serialization;

namespace KazChina.Model;

/// <summary>What sort of place a place is.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<PlaceKind>))]
public enum PlaceKind
{
    /// <summary>A capital city.</summary>
    Capital,

    /// <summary>A city or town.</summary>
    City,

    /// <summary>A border crossing or border town.</summary>
    BorderCrossing,

    /// <summary>A mineral deposit or mine site.</summary>
    Deposit,

    /// <summary>An airport.</summary>
    Airport,

    /// <summary>A region within a country ("eastern Kazakhstan", "western China").</summary>
    Region,

    /// <summary>A region spanning several countries ("Central Asia", "Western Europe").</summary>
    WorldRegion,

    /// <summary>A territory named without a country ("Taiwan").</summary>
    Territory,
}

/// <summary>A place the article names, with canonical name, the name as written, its countries, ISO 3166-2 subdivisions and coordinates (with their precision) where the notes give them.</summary>
/// <remarks>Equality is record equality over every member.</remarks>
public sealed record Place : EditionRecord
{
    /// <summary>Creates a place.</summary>
    /// <param name="id">The record's id.</param>
    /// <param name="name">The canonical name, e.g. <c>Almaty</c>.</param>
    /// <param name="nameAsWritten">The name as the text writes it, e.g. <c>Alamutu</c>.</param>
    /// <param name="placeKind">What sort of place it is.</param>
    /// <param name="countryIds">The ids of the countries it lies in (two for a border town with sides in both); may be empty for a world region or territory.</param>
    /// <param name="subdivisionCodes">ISO 3166-2 codes as of 2011, e.g. <c>KZ-ALA</c>; may be empty.</param>
    /// <param name="location">Coordinates with their precision, or null where the notes give none.</param>
    /// <param name="evidence">Spans that name it.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, a code is malformed, or an id is default or repeated.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="placeKind"/> is not defined.</exception>
    public Place(RecordId id, string name, string nameAsWritten, PlaceKind placeKind, ValueList<RecordId> countryIds, ValueList<string> subdivisionCodes, GeoPoint? location, Evidence evidence)
        : base(id, evidence)
    {
        Name = Preconditions.CheckText(name, nameof(name));
        NameAsWritten = Preconditions.CheckText(nameAsWritten, nameof(nameAsWritten));
        PlaceKind = Preconditions.CheckDefined(placeKind, nameof(placeKind));
        CountryIds = RecordChecks.CheckIds(countryIds, nameof(countryIds));
        SubdivisionCodes = RecordChecks.CheckTexts(subdivisionCodes, nameof(subdivisionCodes));
        foreach (string code in subdivisionCodes)
        {
            Preconditions.CheckArgument(IsSubdivisionCode(code), nameof(subdivisionCodes), $"'{code}' is not an ISO 3166-2 code (two letters, a hyphen, one to three letters or digits).");
        }

        Location = location;
    }

    /// <summary>
    /// Copies <paramref name="stated"/> with the values of <paramref name="read"/> in the members a reading reads: the
    /// compiler's copy constructor copies every other member, so none is ever left out of the corrected reading.
    /// </summary>
    private Place(Place stated, AppliedReadings read)
        : this(stated)
    {
        NameAsWritten = read.Name(stated.NameAsWritten);
    }

    /// <inheritdoc/>
    internal override EditionRecord WithReadings(AppliedReadings read) => new Place(this, read);

    /// <summary>Gets the canonical name.</summary>
    public string Name { get; }

    /// <summary>Gets the name as the text writes it.</summary>
    public string NameAsWritten { get; }

    /// <summary>Gets what sort of place it is.</summary>
    public PlaceKind PlaceKind { get; }

    /// <summary>Gets the ids of the countries it lies in.</summary>
    public ValueList<RecordId> CountryIds { get; }

    /// <summary>Gets its ISO 3166-2 codes as of 2011.</summary>
    public ValueList<string> SubdivisionCodes { get; }

    /// <summary>Gets the coordinates with their precision, or null where the notes give none.</summary>
    public GeoPoint? Location { get; }

    /// <inheritdoc/>
    [JsonIgnore]
    public override RecordKind Kind => RecordKind.Place;

    /// <inheritdoc/>
    private protected override void ReportOwnReferences(ReferenceSink sink) => sink.Ids(nameof(CountryIds) + "[]", CountryIds, Kinds.Country);

    private static bool IsSubdivisionCode(string code) =>
        code.Length is >= 4 and <= 6
        && code[0] is >= 'A' and <= 'Z' && code[1] is >= 'A' and <= 'Z' && code[2] == '-'
        && code.AsSpan(3).IndexOfAnyExcept(SubdivisionCharacters) < 0;

    private static readonly SearchValues<char> SubdivisionCharacters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
}

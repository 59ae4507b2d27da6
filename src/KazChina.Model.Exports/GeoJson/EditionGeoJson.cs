using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace KazChina.Model.Exports;

/// <summary>
/// The edition's places and infrastructure projects as GeoJSON (RFC 7946), for GIS tools (QGIS, GDAL, geopandas) and
/// web maps: one feature collection with a feature per place and per project, in edition order.
/// </summary>
/// <remarks>
/// <para>
/// A place is a <c>Point</c> at its coordinates (<c>[longitude, latitude]</c>, WGS 84, as RFC 7946 orders them); a
/// place the notes give no coordinates for has a <c>null</c> geometry (an unlocated feature), never a guessed one.
/// A railway, pipeline or corridor is a <c>LineString</c> through its places that have coordinates, in the order the
/// record lists them (a sketch of what it links, not a surveyed route); a zone, mine or plant is a <c>Point</c> (or a
/// <c>MultiPoint</c>) at its places. A project with no located place has a <c>null</c> geometry.
/// </para>
/// <para>
/// Every feature has the record's id as its <c>id</c> and these properties: <c>recordKind</c> (<c>place</c> or
/// <c>infrastructureProject</c>), <c>name</c> (canonical), <c>nameAsWritten</c>, <c>kind</c> (the place or project
/// kind), <c>countryIds</c>, <c>evidence</c> (the spans of the article, each with <c>start</c>, <c>length</c> and
/// <c>text</c>) and <c>citationIds</c>; places add <c>coordinatePrecision</c> (<c>approximate</c>, <c>rough</c>, or
/// null where unlocated) and <c>subdivisionCodes</c>; projects add <c>status</c> (<c>notStated</c> where the article
/// does not say), <c>phase</c>, <c>placeIds</c> and <c>placesOnMap</c> (the ids of the places the geometry passes
/// through). Enum values are camelCase, as in the edition's JSON.
/// </para>
/// </remarks>
public static class EditionGeoJson
{
    /// <summary>The media type of GeoJSON, as RFC 7946 registers it.</summary>
    public const string MediaType = "application/geo+json";

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, NewLine = "\n" };

    /// <summary>Writes the feature collection as UTF-8 JSON, ending with a newline.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="destination">Where the bytes go; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(KazChinaEdition edition, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(edition);
        ArgumentNullException.ThrowIfNull(destination);
        using (var json = new Utf8JsonWriter(destination, WriterOptions))
        {
            WriteCollection(json, edition);
        }

        destination.WriteByte((byte)'\n');
    }

    /// <summary>Returns the feature collection as JSON text.</summary>
    /// <param name="edition">The edition.</param>
    /// <returns>The GeoJSON document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    public static string ToGeoJson(KazChinaEdition edition)
    {
        using var stream = new MemoryStream();
        Write(edition, stream);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, checked((int)stream.Length));
    }

    /// <summary>Returns the positions a project's geometry passes through: its places that have coordinates, in the record's order.</summary>
    /// <param name="project">The project.</param>
    /// <param name="places">The edition's places by id.</param>
    /// <returns>The located places, without repeats.</returns>
    internal static IReadOnlyList<Place> LocatedPlaces(InfrastructureProject project, IReadOnlyDictionary<RecordId, Place> places) =>
        project.PlaceIds
            .Distinct()
            .Select(id => places.GetValueOrDefault(id))
            .OfType<Place>()
            .Where(p => p.Location is not null)
            .ToList();

    /// <summary>Tells whether a project of this kind runs between places (a line), rather than standing at them.</summary>
    /// <param name="kind">The project kind.</param>
    /// <returns>Whether its geometry is a line.</returns>
    internal static bool IsLinear(ProjectKind kind) => kind is ProjectKind.Railway or ProjectKind.TransportCorridor or ProjectKind.OilPipeline or ProjectKind.GasPipeline;

    /// <summary>Writes the whole collection with an existing writer (the report's map embeds it in its chart).</summary>
    /// <param name="json">The writer.</param>
    /// <param name="edition">The edition.</param>
    internal static void WriteCollection(Utf8JsonWriter json, KazChinaEdition edition)
    {
        Dictionary<RecordId, Place> places = PlacesById(edition);
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteStartArray("features");
        foreach (Place place in edition.Places)
        {
            WritePlace(json, place);
        }

        foreach (InfrastructureProject project in edition.Projects)
        {
            WriteProject(json, project, LocatedPlaces(project, places));
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Gets the edition's places by id; the first wins where an invalid edition repeats one.</summary>
    /// <param name="edition">The edition.</param>
    /// <returns>The places by id.</returns>
    internal static Dictionary<RecordId, Place> PlacesById(KazChinaEdition edition)
    {
        var places = new Dictionary<RecordId, Place>();
        foreach (Place place in edition.Places)
        {
            places.TryAdd(place.Id, place);
        }

        return places;
    }

    private static void WritePlace(Utf8JsonWriter json, Place place)
    {
        StartFeature(json, place.Id);
        if (place.Location is { } location)
        {
            json.WriteStartObject("geometry");
            json.WriteString("type", "Point");
            json.WritePropertyName("coordinates");
            WritePosition(json, location);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("geometry");
        }

        json.WriteStartObject("properties");
        WriteCommon(json, place, "place", place.Name, place.NameAsWritten, Enums.Name(place.PlaceKind), place.CountryIds);
        WriteOptional(json, "coordinatePrecision", place.Location is { } l ? Enums.Name(l.Precision) : null);
        WriteStrings(json, "subdivisionCodes", place.SubdivisionCodes);
        WriteEvidence(json, place);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteProject(Utf8JsonWriter json, InfrastructureProject project, IReadOnlyList<Place> located)
    {
        StartFeature(json, project.Id);
        if (located.Count == 0)
        {
            json.WriteNull("geometry");
        }
        else
        {
            string type = located.Count == 1 ? "Point" : IsLinear(project.ProjectKind) ? "LineString" : "MultiPoint";
            json.WriteStartObject("geometry");
            json.WriteString("type", type);
            json.WritePropertyName("coordinates");
            if (located.Count == 1)
            {
                WritePosition(json, located[0].Location!);
            }
            else
            {
                json.WriteStartArray();
                foreach (Place place in located)
                {
                    WritePosition(json, place.Location!);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteStartObject("properties");
        WriteCommon(json, project, "infrastructureProject", project.Name, project.NameAsWritten, Enums.Name(project.ProjectKind), project.CountryIds);
        json.WriteString("status", Enums.Name(project.Status));
        WriteOptional(json, "phase", project.Phase);
        WriteStrings(json, "placeIds", project.PlaceIds.Select(id => id.Value));
        WriteStrings(json, "placesOnMap", located.Select(p => p.Id.Value));
        WriteEvidence(json, project);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void StartFeature(Utf8JsonWriter json, RecordId id)
    {
        json.WriteStartObject();
        json.WriteString("type", "Feature");
        json.WriteString("id", id.Value);
    }

    private static void WriteCommon(Utf8JsonWriter json, EditionRecord record, string recordKind, string name, string nameAsWritten, string kind, ValueList<RecordId> countryIds)
    {
        json.WriteString("recordId", record.Id.Value);
        json.WriteString("recordKind", recordKind);
        json.WriteString("name", name);
        json.WriteString("nameAsWritten", nameAsWritten);
        json.WriteString("kind", kind);
        WriteStrings(json, "countryIds", countryIds.Select(id => id.Value));
    }

    private static void WriteEvidence(Utf8JsonWriter json, EditionRecord record)
    {
        json.WriteStartArray("evidence");
        foreach (TextSpan span in record.Evidence.Spans)
        {
            json.WriteStartObject();
            json.WriteNumber("start", span.Start);
            json.WriteNumber("length", span.Length);
            json.WriteString("text", span.Text);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteStrings(json, "citationIds", record.Evidence.CitationIds.Select(id => id.Value));
    }

    private static void WritePosition(Utf8JsonWriter json, GeoPoint point)
    {
        json.WriteStartArray();
        json.WriteNumberValue(point.Longitude);
        json.WriteNumberValue(point.Latitude);
        json.WriteEndArray();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (string value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}

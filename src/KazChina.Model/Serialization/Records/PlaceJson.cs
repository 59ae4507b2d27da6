using System.Text.Json;
using static KazChina.Model.JsonMembers;

namespace KazChina.Model;

// The JSON of a Place, in one place: its members (in the contract's order), how the reader reads them and how the
// writer writes them. A member added to the record is added here, once for each direction.

/// <content>The members of a <see cref="Model.Place"/>.</content>
internal static partial class JsonMembers
{
    public enum Place { Id, Name, NameAsWritten, PlaceKind, CountryIds, SubdivisionCodes, Location, Evidence }

    public enum GeoPoint { Latitude, Longitude, Precision }
}

/// <content>Reads a <see cref="Model.Place"/>.</content>
internal sealed partial class EditionJsonReader
{
    private Place ReadPlace(ref Utf8JsonReader reader)
    {
        var place = new ObjectReader<JsonMembers.Place>(this, ref reader);
        return place.End(ref reader, new Place(
            Id(ref place.At(ref reader, JsonMembers.Place.Id)),
            String(ref place.At(ref reader, JsonMembers.Place.Name)),
            String(ref place.At(ref reader, JsonMembers.Place.NameAsWritten)),
            Enum<PlaceKind>(ref place.At(ref reader, JsonMembers.Place.PlaceKind)),
            List(ref place.At(ref reader, JsonMembers.Place.CountryIds), Elements.Id),
            List(ref place.At(ref reader, JsonMembers.Place.SubdivisionCodes), Elements.String),
            OrNull(ref place.At(ref reader, JsonMembers.Place.Location), Elements.GeoPoint),
            ReadEvidence(ref place.At(ref reader, JsonMembers.Place.Evidence))));
    }

    private GeoPoint ReadGeoPoint(ref Utf8JsonReader reader)
    {
        var point = new ObjectReader<JsonMembers.GeoPoint>(this, ref reader);
        return point.End(ref reader, new GeoPoint(
            Decimal(ref point.At(ref reader, JsonMembers.GeoPoint.Latitude)),
            Decimal(ref point.At(ref reader, JsonMembers.GeoPoint.Longitude)),
            Enum<CoordinatePrecision>(ref point.At(ref reader, JsonMembers.GeoPoint.Precision))));
    }
}

/// <content>Writes a <see cref="Model.Place"/>.</content>
internal static partial class EditionJsonWriter
{
    private static void WritePlace(Utf8JsonWriter writer, Place place)
    {
        StartRecord(writer, JsonMembers.Place.Id, place);
        writer.WriteString(Name(JsonMembers.Place.Name), place.Name);
        writer.WriteString(Name(JsonMembers.Place.NameAsWritten), place.NameAsWritten);
        writer.WriteString(Name(JsonMembers.Place.PlaceKind), CamelCaseEnumJsonConverter<PlaceKind>.EncodedNameOf(place.PlaceKind));
        WriteIds(writer, Name(JsonMembers.Place.CountryIds), place.CountryIds);
        WriteTexts(writer, Name(JsonMembers.Place.SubdivisionCodes), place.SubdivisionCodes);
        if (place.Location is { } location)
        {
            writer.WritePropertyName(Name(JsonMembers.Place.Location));
            writer.WriteStartObject();
            writer.WriteNumber(Name(JsonMembers.GeoPoint.Latitude), location.Latitude);
            writer.WriteNumber(Name(JsonMembers.GeoPoint.Longitude), location.Longitude);
            writer.WriteString(Name(JsonMembers.GeoPoint.Precision), CamelCaseEnumJsonConverter<CoordinatePrecision>.EncodedNameOf(location.Precision));
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull(Name(JsonMembers.Place.Location));
        }

        EndRecord(writer, JsonMembers.Place.Evidence, place);
    }
}

using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using KazChina.Model.Exports;
using Xunit;

namespace KazChina.Model.Tests.Exports;

public sealed class EditionGeoJsonTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ToGeoJson_Edition_HasAFeaturePerPlaceAndProjectWithItsId()
    {
        KazChinaEdition edition = KazChinaEdition.Current;
        using JsonDocument geo = JsonDocument.Parse(EditionGeoJson.ToGeoJson(edition));

        Assert.Equal("FeatureCollection", geo.RootElement.GetProperty("type").GetString());
        string[] ids = [.. geo.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetString()!)];
        Assert.Equal(edition.Places.Select(p => p.Id.Value).Concat(edition.Projects.Select(p => p.Id.Value)), ids);
    }

    [Fact]
    public void ToGeoJson_Places_ArePointsAtLongitudeThenLatitudeOrUnlocated()
    {
        KazChinaEdition edition = KazChinaEdition.Current;
        using JsonDocument geo = JsonDocument.Parse(EditionGeoJson.ToGeoJson(edition));

        foreach (Place place in edition.Places)
        {
            JsonElement feature = Feature(geo, place.Id);
            JsonElement properties = feature.GetProperty("properties");
            Assert.Equal(place.Name, properties.GetProperty("name").GetString());
            Assert.Equal(place.NameAsWritten, properties.GetProperty("nameAsWritten").GetString());
            Assert.Equal(place.Evidence.Spans.Select(s => s.Text), properties.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("text").GetString()));
            if (place.Location is { } location)
            {
                Assert.Equal("Point", feature.GetProperty("geometry").GetProperty("type").GetString());
                Assert.Equal([location.Longitude, location.Latitude], feature.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDecimal()));
            }
            else
            {
                Assert.Equal(JsonValueKind.Null, feature.GetProperty("geometry").ValueKind);
                Assert.Equal(JsonValueKind.Null, properties.GetProperty("coordinatePrecision").ValueKind);
            }
        }

        Assert.Equal("Alamutu", Feature(geo, "almaty").GetProperty("properties").GetProperty("nameAsWritten").GetString());
        Assert.Equal("rough", Feature(geo, "zhetygen").GetProperty("properties").GetProperty("coordinatePrecision").GetString());
    }

    [Fact]
    public void ToGeoJson_Projects_RailwaysRunThroughTheirPlacesAndMinesStandAtThem()
    {
        using JsonDocument geo = JsonDocument.Parse(EditionGeoJson.ToGeoJson(KazChinaEdition.Current));

        JsonElement railway = Feature(geo, "jinghe-yining-horgos-railway");
        Assert.Equal("LineString", railway.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal(["jinghe", "yining", "horgos"], railway.GetProperty("properties").GetProperty("placesOnMap").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(82.90m, railway.GetProperty("geometry").GetProperty("coordinates")[0][0].GetDecimal());
        Assert.Equal("notStated", railway.GetProperty("properties").GetProperty("status").GetString());

        JsonElement mine = Feature(geo, "aktogay-copper-mine");
        Assert.Equal("Point", mine.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal("mine", mine.GetProperty("properties").GetProperty("kind").GetString());

        Assert.Equal(JsonValueKind.Null, Feature(geo, "western-europe-western-china-corridor").GetProperty("geometry").ValueKind);
    }

    [GeoJsonCheckFact]
    public void ToGeoJson_Edition_IsValidForGdalAndCheckGeoJson()
    {
        KazChinaEdition edition = KazChinaEdition.Current;
        string path = _folder["places.geojson"];
        File.WriteAllText(path, EditionGeoJson.ToGeoJson(edition));

        (int ogrExit, string ogr) = ExternalTools.Run("ogrinfo", "-ro", "-al", "-so", path);
        (int checkExit, string check) = ExternalTools.Run("node", Path.Combine(ExternalTools.NpmFolder, "check-geojson.js"), path);

        Assert.True(ogrExit == 0, ogr);
        Assert.Contains($"Feature Count: {edition.Places.Count + edition.Projects.Count}", ogr, StringComparison.Ordinal);
        Assert.Contains("EPSG\",4326", ogr, StringComparison.Ordinal);
        Assert.True(checkExit == 0, check);
    }

    [GeoJsonCheckFact]
    public void CheckGeoJson_LineThroughOnePlace_IsRejected()
    {
        // The checker must be able to fail, on the very case the writer avoids: a line needs two positions, so a project
        // with one located place is a Point. Here the Astana–Almaty railway is cut to a one-position line.
        JsonNode geo = JsonNode.Parse(EditionGeoJson.ToGeoJson(KazChinaEdition.Current))!;
        JsonNode railway = geo["features"]!.AsArray().Single(f => (string?)f!["id"] == "astana-almaty-railway")!;
        railway["geometry"]!["coordinates"]!.AsArray().RemoveAt(1);
        string path = _folder["one-position-line.geojson"];
        File.WriteAllText(path, geo.ToJsonString());

        (int exit, string output) = ExternalTools.Run("node", Path.Combine(ExternalTools.NpmFolder, "check-geojson.js"), path);

        Assert.True(exit == 1, output);
        Assert.Contains("Expected to find two or more positions here.", output, StringComparison.Ordinal);
    }

    private static JsonElement Feature(JsonDocument geo, RecordId id) =>
        geo.RootElement.GetProperty("features").EnumerateArray().Single(f => f.GetProperty("id").GetString() == id.Value);
}

using System;
using System.Globalization;
using System.Text.Json.Serialization;

namespace KazChina.Model;

/// <summary>How precise a position is, as the editorial notes that give it say.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<CoordinatePrecision>))]
public enum CoordinatePrecision
{
    /// <summary>Approximate: to about a hundredth of a degree, a kilometre or so, which is how the notes give a place's coordinates.</summary>
    Approximate,

    /// <summary>Rough: the notes hedge the position themselves ("about …, approximate"); it may be off by several kilometres.</summary>
    Rough,
}

/// <summary>A position in decimal degrees (WGS 84), never exact: its <see cref="Precision"/> says how rough it is.</summary>
/// <remarks>Equality compares latitude, longitude and precision.</remarks>
public sealed record GeoPoint
{
    /// <summary>Creates a position.</summary>
    /// <param name="latitude">Degrees north, from -90 to 90.</param>
    /// <param name="longitude">Degrees east, from -180 to 180.</param>
    /// <param name="precision">How precise the position is.</param>
    /// <exception cref="ArgumentOutOfRangeException">A coordinate is out of range, or <paramref name="precision"/> is not defined.</exception>
    public GeoPoint(decimal latitude, decimal longitude, CoordinatePrecision precision)
    {
        Preconditions.CheckRange(latitude is >= -90m and <= 90m, nameof(latitude), latitude, "Latitude is between -90 and 90 degrees.");
        Preconditions.CheckRange(longitude is >= -180m and <= 180m, nameof(longitude), longitude, "Longitude is between -180 and 180 degrees.");
        Latitude = latitude;
        Longitude = longitude;
        Precision = Preconditions.CheckDefined(precision, nameof(precision));
    }

    /// <summary>Gets degrees north.</summary>
    public decimal Latitude { get; }

    /// <summary>Gets degrees east.</summary>
    public decimal Longitude { get; }

    /// <summary>Gets how precise the position is.</summary>
    public CoordinatePrecision Precision { get; }

    /// <summary>Returns <c>latitude, longitude</c> in invariant culture and the precision in parentheses: <c>51.17, 71.45 (approximate)</c>.</summary>
    /// <returns>A readable rendering.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Latitude}, {Longitude} ({CamelCaseEnumJsonConverter<CoordinatePrecision>.NameOf(Precision)})");
}

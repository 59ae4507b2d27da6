using System;
using System.Globalization;

namespace KazChina.Model;

/// <summary>An approximate position in decimal degrees (WGS 84), as precise as the editorial notes give it.</summary>
/// <remarks>Equality compares latitude and longitude.</remarks>
public sealed record GeoPoint
{
    /// <summary>Creates a position.</summary>
    /// <param name="latitude">Degrees north, from -90 to 90.</param>
    /// <param name="longitude">Degrees east, from -180 to 180.</param>
    /// <exception cref="ArgumentOutOfRangeException">A coordinate is out of range.</exception>
    public GeoPoint(decimal latitude, decimal longitude)
    {
        Preconditions.CheckRange(latitude is >= -90m and <= 90m, nameof(latitude), latitude, "Latitude is between -90 and 90 degrees.");
        Preconditions.CheckRange(longitude is >= -180m and <= 180m, nameof(longitude), longitude, "Longitude is between -180 and 180 degrees.");
        Latitude = latitude;
        Longitude = longitude;
    }

    /// <summary>Gets degrees north.</summary>
    public decimal Latitude { get; }

    /// <summary>Gets degrees east.</summary>
    public decimal Longitude { get; }

    /// <summary>Returns <c>latitude, longitude</c> in invariant culture.</summary>
    /// <returns>A readable rendering.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Latitude}, {Longitude}");
}

using System;
using System.Globalization;
using System.Text.Json.Serialization;

namespace KazChina.Model;

/// <summary>The units of physical quantities the article states.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<QuantityUnit>))]
public enum QuantityUnit
{
    /// <summary>Square kilometres (km²), for areas.</summary>
    SquareKilometre,

    /// <summary>Kilometres, for lengths.</summary>
    Kilometre,

    /// <summary>Metric tonnes, for masses ("tons" of oil).</summary>
    Tonne,
}

/// <summary>
/// A non-negative physical quantity in the unit the article states (which may itself be a slip that an
/// <see cref="EditorialNote"/> annotates), with how the figure bounds the real value and the words as printed.
/// </summary>
/// <remarks>Equality compares every member.</remarks>
public sealed record Quantity
{
    /// <summary>Creates a quantity.</summary>
    /// <param name="value">The figure; not negative.</param>
    /// <param name="unit">The unit as stated.</param>
    /// <param name="bound">How the figure bounds the real value.</param>
    /// <param name="asWritten">The words as printed, e.g. <c>11 million tons</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative, or <paramref name="unit"/> or <paramref name="bound"/> is not defined.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="asWritten"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="asWritten"/> is blank.</exception>
    public Quantity(decimal value, QuantityUnit unit, Bound bound, string asWritten)
    {
        Preconditions.CheckRange(value >= 0m, nameof(value), value, "A quantity is never negative.");
        Value = value;
        Unit = Preconditions.CheckDefined(unit, nameof(unit));
        Bound = Preconditions.CheckDefined(bound, nameof(bound));
        AsWritten = Preconditions.CheckText(asWritten, nameof(asWritten));
    }

    /// <summary>Gets the figure in <see cref="Unit"/>.</summary>
    public decimal Value { get; }

    /// <summary>Gets the unit as stated.</summary>
    public QuantityUnit Unit { get; }

    /// <summary>Gets how the figure bounds the real value.</summary>
    public Bound Bound { get; }

    /// <summary>Gets the words as printed in the article.</summary>
    public string AsWritten { get; }

    /// <summary>Returns the figure and unit in invariant culture, e.g. <c>1.85 Kilometre</c>.</summary>
    /// <returns>A readable rendering.</returns>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + " " + Unit;
}

using System;
using System.Globalization;

namespace KazChina.Model;

/// <summary>
/// A number computed from stated figures, with how the figures' bounds bound the real value. The value
/// is computed from the figures as stated; <see cref="Bound"/> says on which side of it the real value
/// lies. A ratio of "more than $20 billion" to "$40 billion" is 0.5 with <see cref="Model.Bound.MoreThan"/>; the
/// ratio the other way, 2, is <see cref="Model.Bound.LessThan"/>: an upper bound. Where the stated bounds
/// pull in opposite directions, the real value can lie on either side, and <see cref="Bound"/> is null.
/// </summary>
/// <remarks>
/// <para>Equality compares the value (numerically) and the bound.</para>
/// <para>
/// Rule for a ratio (and anything that grows with it): a numerator's bound carries over, a denominator's
/// bound flips (more than → less than, at least → at most). Exact with exact is exact; exact with a
/// one-sided bound is that bound; two bounds on the same side give that side, strict when either is;
/// "about" with exact or "about" is "about"; anything else (opposite sides, or "about" with a one-sided
/// bound) leaves the real value unbounded: null.
/// </para>
/// </remarks>
public sealed record BoundedNumber
{
    /// <summary>Creates a bounded number.</summary>
    /// <param name="value">The value computed from the figures as stated.</param>
    /// <param name="bound">How the real value relates to <paramref name="value"/>, or null when it may lie on either side.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bound"/> is not a defined <see cref="Model.Bound"/>.</exception>
    public BoundedNumber(decimal value, Bound? bound)
    {
        Value = value;
        Bound = bound is Bound b ? Preconditions.CheckDefined(b, nameof(bound)) : null;
    }

    /// <summary>Gets the value computed from the figures as stated.</summary>
    public decimal Value { get; }

    /// <summary>Gets how the real value relates to <see cref="Value"/>, or null when the stated bounds leave it on either side.</summary>
    public Bound? Bound { get; }

    /// <summary>Gets whether <see cref="Value"/> is an upper bound on the real value (<see cref="Model.Bound.AtMost"/> or <see cref="Model.Bound.LessThan"/>).</summary>
    public bool IsUpperBound => Bound is Model.Bound.AtMost or Model.Bound.LessThan;

    /// <summary>Gets whether <see cref="Value"/> is a lower bound on the real value (<see cref="Model.Bound.AtLeast"/> or <see cref="Model.Bound.MoreThan"/>).</summary>
    public bool IsLowerBound => Bound is Model.Bound.AtLeast or Model.Bound.MoreThan;

    /// <summary>Tells whether the real value is certainly greater than <paramref name="threshold"/>, given the bound.</summary>
    /// <param name="threshold">The number to compare with.</param>
    /// <returns><see langword="true"/> when every real value the bound allows exceeds <paramref name="threshold"/>; false when some does not, or when the bound is "about" or unknown.</returns>
    public bool IsCertainlyGreaterThan(decimal threshold) => Bound switch
    {
        Model.Bound.Exact or Model.Bound.AtLeast => Value > threshold,
        Model.Bound.MoreThan => Value >= threshold,
        _ => false,
    };

    /// <summary>Tells whether the real value is certainly less than <paramref name="threshold"/>, given the bound.</summary>
    /// <param name="threshold">The number to compare with.</param>
    /// <returns><see langword="true"/> when every real value the bound allows is below <paramref name="threshold"/>; false when some is not, or when the bound is "about" or unknown.</returns>
    public bool IsCertainlyLessThan(decimal threshold) => Bound switch
    {
        Model.Bound.Exact or Model.Bound.AtMost => Value < threshold,
        Model.Bound.LessThan => Value <= threshold,
        _ => false,
    };

    /// <summary>Returns the value in invariant culture with its bound as a sign: <c>2</c>, <c>&lt; 2</c>, <c>≤ 2</c>, <c>&gt; 2</c>, <c>≥ 2</c>, <c>~2</c>, or <c>2 (unbounded)</c>.</summary>
    /// <returns>A readable rendering.</returns>
    public override string ToString()
    {
        string value = Value.ToString(CultureInfo.InvariantCulture);
        return Bound switch
        {
            Model.Bound.Exact => value,
            Model.Bound.About => "~" + value,
            Model.Bound.AtLeast => "≥ " + value,
            Model.Bound.MoreThan => "> " + value,
            Model.Bound.AtMost => "≤ " + value,
            Model.Bound.LessThan => "< " + value,
            _ => value + " (unbounded)",
        };
    }

    /// <summary>Divides two stated figures, combining their bounds by the rule stated on the type.</summary>
    /// <param name="numerator">The numerator as stated.</param>
    /// <param name="numeratorBound">How the numerator bounds its real value.</param>
    /// <param name="denominator">The denominator as stated; not zero.</param>
    /// <param name="denominatorBound">How the denominator bounds its real value.</param>
    /// <returns>The bounded ratio.</returns>
    internal static BoundedNumber Ratio(decimal numerator, Bound numeratorBound, decimal denominator, Bound denominatorBound) =>
        new(numerator / denominator, Combine(numeratorBound, Flip(denominatorBound)));

    /// <summary>Combines the bounds of two factors of a product of positive numbers.</summary>
    /// <param name="first">The first factor's bound, or null when it is unbounded.</param>
    /// <param name="second">The second factor's bound, or null when it is unbounded.</param>
    /// <returns>The product's bound, or null when it is unbounded.</returns>
    internal static Bound? Combine(Bound? first, Bound? second)
    {
        if (first is not Bound a || second is not Bound b)
        {
            return null;
        }

        if (a == Model.Bound.Exact)
        {
            return b;
        }

        if (b == Model.Bound.Exact)
        {
            return a;
        }

        if (a == Model.Bound.About || b == Model.Bound.About)
        {
            return a == b ? Model.Bound.About : null;
        }

        bool aLower = a is Model.Bound.AtLeast or Model.Bound.MoreThan;
        bool bLower = b is Model.Bound.AtLeast or Model.Bound.MoreThan;
        if (aLower != bLower)
        {
            return null;
        }

        bool strict = a is Model.Bound.MoreThan or Model.Bound.LessThan || b is Model.Bound.MoreThan or Model.Bound.LessThan;
        return aLower
            ? strict ? Model.Bound.MoreThan : Model.Bound.AtLeast
            : strict ? Model.Bound.LessThan : Model.Bound.AtMost;
    }

    /// <summary>The bound on 1/x given the bound on x (x positive): the side flips, strictness stays.</summary>
    /// <param name="bound">The bound on x.</param>
    /// <returns>The bound on 1/x.</returns>
    internal static Bound Flip(Bound bound) => bound switch
    {
        Model.Bound.AtLeast => Model.Bound.AtMost,
        Model.Bound.MoreThan => Model.Bound.LessThan,
        Model.Bound.AtMost => Model.Bound.AtLeast,
        Model.Bound.LessThan => Model.Bound.MoreThan,
        _ => bound,
    };
}

using System;
using System.Text.Json.Serialization;

namespace KazChina.Model;

/// <summary>
/// An amount of money as the article states it: the figure, how it bounds the real value, the words
/// as printed, and, where the article gives it, the same amount in a second currency — as in
/// "880 million Yuan ($136.14 million)". The two currencies are kept side by side, never converted.
/// </summary>
/// <remarks>Equality compares every member.</remarks>
public sealed record StatedAmount
{
    /// <summary>Creates a stated amount.</summary>
    /// <param name="value">The figure in the currency the article names first.</param>
    /// <param name="bound">How the figure bounds the real value.</param>
    /// <param name="asWritten">The words as printed, e.g. <c>more than 880 million Yuan ($136.14 million)</c>.</param>
    /// <param name="alsoStatedAs">The same amount as the article also gives it in another currency, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> or <paramref name="asWritten"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bound"/> is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="asWritten"/> is blank, or <paramref name="alsoStatedAs"/> is in the same currency as <paramref name="value"/>.</exception>
    public StatedAmount(Money value, Bound bound, string asWritten, Money? alsoStatedAs = null)
    {
        Value = Preconditions.CheckNotNull(value, nameof(value));
        Bound = Preconditions.CheckDefined(bound, nameof(bound));
        AsWritten = Preconditions.CheckText(asWritten, nameof(asWritten));
        Preconditions.CheckArgument(
            alsoStatedAs is null || !string.Equals(alsoStatedAs.Currency, value.Currency, StringComparison.Ordinal),
            nameof(alsoStatedAs),
            $"The second statement of the amount must be in another currency than {value.Currency}.");
        AlsoStatedAs = alsoStatedAs;
    }

    /// <summary>Gets the figure in the currency the article names first.</summary>
    public Money Value { get; }

    /// <summary>Gets how the figure bounds the real value.</summary>
    public Bound Bound { get; }

    /// <summary>Gets the words as printed in the article.</summary>
    public string AsWritten { get; }

    /// <summary>Gets the same amount in a second currency, where the article gives one; otherwise null.</summary>
    public Money? AlsoStatedAs { get; }

    /// <summary>Gets the currency of <see cref="Value"/>.</summary>
    [JsonIgnore]
    public string Currency => Value.Currency;

    /// <summary>Tells whether the amount is stated in <paramref name="currency"/>, first or second.</summary>
    /// <param name="currency">An ISO 4217 code.</param>
    /// <returns>The amount in that currency, or null when the article does not give it in that currency.</returns>
    public Money? In(string currency) =>
        string.Equals(Value.Currency, currency, StringComparison.Ordinal) ? Value
        : AlsoStatedAs is not null && string.Equals(AlsoStatedAs.Currency, currency, StringComparison.Ordinal) ? AlsoStatedAs
        : null;

    /// <summary>Returns the words as printed.</summary>
    /// <returns><see cref="AsWritten"/>.</returns>
    public override string ToString() => AsWritten;
}

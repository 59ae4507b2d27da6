using System;
using System.Globalization;

namespace KazChina.Model;

/// <summary>
/// A non-negative amount of one currency, identified by its ISO 4217 code. There is no arithmetic
/// across currencies: operations that combine two amounts throw when their currencies differ.
/// </summary>
/// <remarks>Equality compares the currency and the amount's numeric value (so 20.0 equals 20).</remarks>
public sealed record Money : IComparable<Money>
{
    /// <summary>Creates an amount.</summary>
    /// <param name="amount">The amount in units of <paramref name="currency"/> (dollars, yuan); not negative.</param>
    /// <param name="currency">An active ISO 4217 code such as <c>USD</c> or <c>CNY</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is not an active ISO 4217 code.</exception>
    public Money(decimal amount, string currency)
    {
        Preconditions.CheckRange(amount >= 0m, nameof(amount), amount, "An amount of money is never negative.");
        ArgumentNullException.ThrowIfNull(currency);
        Preconditions.CheckArgument(KazChina.Model.Currency.IsKnown(currency), nameof(currency), $"'{currency}' is not an active ISO 4217 currency code.");
        Amount = amount;
        Currency = currency;
    }

    /// <summary>Gets the amount in units of <see cref="Currency"/>.</summary>
    public decimal Amount { get; }

    /// <summary>Gets the ISO 4217 code.</summary>
    public string Currency { get; }

    /// <summary>Creates an amount of US dollars.</summary>
    /// <param name="amount">The amount in dollars.</param>
    /// <returns>The money.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative.</exception>
    public static Money Usd(decimal amount) => new(amount, KazChina.Model.Currency.Usd);

    /// <summary>Creates an amount of Chinese yuan.</summary>
    /// <param name="amount">The amount in yuan.</param>
    /// <returns>The money.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative.</exception>
    public static Money Cny(decimal amount) => new(amount, KazChina.Model.Currency.Cny);

    /// <summary>Divides this amount by another of the same currency.</summary>
    /// <param name="divisor">An amount of the same currency, not zero.</param>
    /// <returns>The ratio.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="divisor"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    /// <exception cref="ArgumentException"><paramref name="divisor"/> is zero.</exception>
    /// <exception cref="OverflowException">The ratio is beyond the range of <see cref="decimal"/>.</exception>
    public decimal RatioTo(Money divisor)
    {
        ArgumentNullException.ThrowIfNull(divisor);
        CheckSameCurrency(divisor);
        Preconditions.CheckArgument(divisor.Amount != 0m, nameof(divisor), "Cannot divide by a zero amount.");
        return Amount / divisor.Amount;
    }

    /// <summary>Orders amounts of the same currency.</summary>
    /// <param name="other">An amount of the same currency; null sorts first.</param>
    /// <returns>Negative, zero or positive.</returns>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public int CompareTo(Money? other)
    {
        if (other is null)
        {
            return 1;
        }

        CheckSameCurrency(other);
        return Amount.CompareTo(other.Amount);
    }

    /// <summary>Adds two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The sum is beyond the range of <see cref="decimal"/>.</exception>
    public static Money operator +(Money left, Money right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        left.CheckSameCurrency(right);
        return new Money(left.Amount + right.Amount, left.Currency);
    }

    /// <summary>Adds two amounts of the same currency; the named alternative to <c>+</c>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The sum is beyond the range of <see cref="decimal"/>.</exception>
    public static Money Add(Money left, Money right) => left + right;

    /// <summary>Compares two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether <paramref name="left"/> is smaller.</returns>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public static bool operator <(Money left, Money right) => Compare(left, right) < 0;

    /// <summary>Compares two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether <paramref name="left"/> is larger.</returns>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public static bool operator >(Money left, Money right) => Compare(left, right) > 0;

    /// <summary>Compares two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether <paramref name="left"/> is smaller or equal.</returns>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public static bool operator <=(Money left, Money right) => Compare(left, right) <= 0;

    /// <summary>Compares two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether <paramref name="left"/> is larger or equal.</returns>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public static bool operator >=(Money left, Money right) => Compare(left, right) >= 0;

    /// <inheritdoc/>
    public bool Equals(Money? other) => other is not null && Amount == other.Amount && string.Equals(Currency, other.Currency, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Amount, Currency);

    /// <summary>Returns the amount and code in invariant culture, e.g. <c>20000000000 USD</c>.</summary>
    /// <returns>A readable rendering.</returns>
    public override string ToString() => Amount.ToString(CultureInfo.InvariantCulture) + " " + Currency;

    private static int Compare(Money left, Money right)
    {
        ArgumentNullException.ThrowIfNull(left);
        return left.CompareTo(right);
    }

    private void CheckSameCurrency(Money other)
    {
        if (!string.Equals(Currency, other.Currency, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Cannot combine {Currency} with {other.Currency}: there is no arithmetic across currencies.");
        }
    }
}

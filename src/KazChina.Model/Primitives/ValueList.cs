using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json.Serialization;

namespace KazChina.Model;

/// <summary>Creates <see cref="ValueList{T}"/> values.</summary>
public static class ValueList
{
    /// <summary>Returns the empty list of <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <returns>The shared empty list.</returns>
    public static ValueList<T> Empty<T>() => EmptyHolder<T>.Instance;

    /// <summary>Creates a list holding <paramref name="items"/> in order.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements; none may be null.</param>
    /// <returns>The list.</returns>
    /// <exception cref="ArgumentException">An element is null.</exception>
    public static ValueList<T> Create<T>(params ReadOnlySpan<T> items) => new(ImmutableArray.Create(items));

    /// <summary>Creates a list holding the elements of <paramref name="items"/> in order.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements; none may be null.</param>
    /// <returns>The list.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    /// <exception cref="ArgumentException">An element is null.</exception>
    public static ValueList<T> From<T>(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items is ValueList<T> list ? list : new ValueList<T>(items.ToImmutableArray());
    }

    /// <summary>Copies a sequence into a <see cref="ValueList{T}"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements; none may be null.</param>
    /// <returns>The list.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    public static ValueList<T> ToValueList<T>(this IEnumerable<T> items) => From(items);

    private static class EmptyHolder<T>
    {
        public static readonly ValueList<T> Instance = new(ImmutableArray<T>.Empty);
    }
}

/// <summary>
/// An immutable, ordered, read-only list with value semantics: two lists are equal when they have
/// the same elements in the same order (compared with <see cref="EqualityComparer{T}.Default"/>), and
/// equal lists have equal hash codes. Records hold their collections in this type so that record
/// equality compares contents, also after a copy or a JSON round trip.
/// </summary>
/// <remarks>In JSON a list is an array; <see cref="KazChinaJson"/> reads and writes the lists of the model's types.</remarks>
/// <typeparam name="T">The element type; elements are never null.</typeparam>
[JsonConverter(typeof(ValueListJsonConverterFactory))]
public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly ImmutableArray<T> _items;

    internal ValueList(ImmutableArray<T> items)
    {
        int nullAt = IndexOfNull(items);
        Preconditions.CheckArgument(nullAt < 0, nameof(items), $"Element {nullAt} is null; lists never hold null.");
        _items = items;
    }

    private static int IndexOfNull(ImmutableArray<T> items)
    {
        for (int i = 0; i < items.Length; i++)
        {
            if (items[i] is null)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Gets the number of elements.</summary>
    public int Count => _items.Length;

    /// <summary>Gets whether the list has no elements.</summary>
    public bool IsEmpty => _items.IsEmpty;

    /// <summary>Gets the element at <paramref name="index"/>.</summary>
    /// <param name="index">A zero-based index.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the list.</exception>
    public T this[int index]
    {
        get
        {
            Preconditions.CheckRange(index >= 0 && index < _items.Length, nameof(index), index, $"The list has {_items.Length} elements.");
            return _items[index];
        }
    }

    /// <summary>Gets the elements as an immutable array (no copy).</summary>
    public ImmutableArray<T> AsImmutableArray() => _items;

    /// <summary>Compares two lists by contents.</summary>
    /// <param name="left">The first list.</param>
    /// <param name="right">The second list.</param>
    /// <returns>Whether both are null or have equal elements in the same order.</returns>
    public static bool operator ==(ValueList<T>? left, ValueList<T>? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two lists by contents.</summary>
    /// <param name="left">The first list.</param>
    /// <param name="right">The second list.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ValueList<T>? left, ValueList<T>? right) => !(left == right);

    /// <inheritdoc/>
    public bool Equals(ValueList<T>? other)
    {
        if (other is null)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        return _items.AsSpan().SequenceEqual(other._items.AsSpan(), EqualityComparer<T>.Default);
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (T item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Gets an enumerator over the elements (no allocation when used by <c>foreach</c> on this type).</summary>
    /// <returns>The enumerator.</returns>
    public ImmutableArray<T>.Enumerator GetEnumerator() => _items.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)_items).GetEnumerator();

    /// <summary>Returns the elements, comma-separated, in brackets.</summary>
    /// <returns>A readable rendering such as <c>[a, b]</c>.</returns>
    public override string ToString() => "[" + string.Join(", ", _items) + "]";
}

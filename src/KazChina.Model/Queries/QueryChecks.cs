using System;
using System.Collections.Generic;

namespace KazChina.Model;

/// <summary>Argument checks shared by the query helpers, so every message has the same form.</summary>
internal static class QueryChecks
{
    /// <summary>Returns the edition's index, or throws <see cref="ArgumentNullException"/> naming <c>edition</c>.</summary>
    public static EditionIndex IndexOf(KazChinaEdition? edition) =>
        Preconditions.CheckNotNull(edition, nameof(edition)).Index;

    /// <summary>Returns <paramref name="edition"/> in the reading asked for, or throws naming the argument that is null or undefined.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reading"/> is not defined.</exception>
    public static KazChinaEdition Read(KazChinaEdition? edition, ReadingChoice reading) =>
        Preconditions.CheckNotNull(edition, nameof(edition)).In(reading);

    /// <summary>Returns the record <paramref name="id"/> names in <paramref name="edition"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="id"/> is default.</exception>
    /// <exception cref="KeyNotFoundException">No record has the id.</exception>
    public static EditionRecord Resolve(KazChinaEdition edition, RecordId id, string paramName)
    {
        RecordChecks.CheckId(id, paramName);
        return edition.ById.TryGetValue(id, out EditionRecord? record) ? record : throw NotFound(id);
    }

    /// <summary>Returns the record <paramref name="id"/> names when it is one of <paramref name="kinds"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="id"/> is default, or names a record of another kind.</exception>
    /// <exception cref="KeyNotFoundException">No record has the id.</exception>
    public static EditionRecord Resolve(KazChinaEdition edition, RecordId id, string paramName, params ReadOnlySpan<RecordKind> kinds)
    {
        EditionRecord record = Resolve(edition, id, paramName);
        Preconditions.CheckArgument(kinds.Contains(record.Kind), paramName, $"The record '{id}' is a {record.Kind}; expected {string.Join(" or ", kinds.ToArray())}.");
        return record;
    }

    /// <summary>Returns the record <paramref name="id"/> names when it is a <typeparamref name="T"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="id"/> is default, or names a record of another type.</exception>
    /// <exception cref="KeyNotFoundException">No record has the id.</exception>
    public static T Resolve<T>(KazChinaEdition edition, RecordId id, string paramName)
        where T : EditionRecord
    {
        EditionRecord record = Resolve(edition, id, paramName);
        return record as T ?? throw new ArgumentException($"The record '{id}' is a {record.Kind}, not a {typeof(T).Name}.", paramName);
    }

    /// <summary>The exception for an id no record has; the message names the id.</summary>
    public static KeyNotFoundException NotFound(RecordId id) => new($"The edition has no record with the id '{id}'.");
}

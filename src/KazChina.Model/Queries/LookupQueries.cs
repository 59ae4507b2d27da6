using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace KazChina.Model;

/// <summary>
/// Finding records in any edition — the embedded one, one read from JSON or one built in code: by id in
/// constant time, by kind, and countries, people, organizations and places by any name the article or the
/// editors use for them.
/// </summary>
/// <remarks>
/// Every helper works on the edition value it is given; its indexes are built on first use and kept with
/// that edition, so repeated and concurrent queries are cheap and thread-safe. Lists are read-only and in
/// edition order (the order of <see cref="KazChinaEdition.Records"/>). Where an invalid edition repeats
/// an id, lookups by id return the first record with it.
/// </remarks>
public static class LookupQueries
{
    /// <summary>Returns the record with <paramref name="id"/>, in constant time.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="id">The record's id, e.g. <c>hu-jintao</c>.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is <c>default(RecordId)</c>.</exception>
    /// <exception cref="KeyNotFoundException">No record has <paramref name="id"/>; the message names it.</exception>
    public static EditionRecord Get(this KazChinaEdition edition, RecordId id)
    {
        ArgumentNullException.ThrowIfNull(edition);
        return QueryChecks.Resolve(edition, id, nameof(id));
    }

    /// <summary>Returns the record with <paramref name="id"/> as a <typeparamref name="T"/>, in constant time.</summary>
    /// <typeparam name="T">The record type expected, e.g. <see cref="Person"/>.</typeparam>
    /// <param name="edition">The edition.</param>
    /// <param name="id">The record's id.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is <c>default(RecordId)</c>, or the record is not a <typeparamref name="T"/> (the message names its kind).</exception>
    /// <exception cref="KeyNotFoundException">No record has <paramref name="id"/>; the message names it.</exception>
    public static T Get<T>(this KazChinaEdition edition, RecordId id)
        where T : EditionRecord
    {
        ArgumentNullException.ThrowIfNull(edition);
        return QueryChecks.Resolve<T>(edition, id, nameof(id));
    }

    /// <summary>Looks a record up by id without throwing when there is none.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="id">The id; <c>default(RecordId)</c> finds nothing.</param>
    /// <param name="record">The record, or null when none has the id.</param>
    /// <returns><see langword="true"/> when a record has the id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    public static bool TryGet(this KazChinaEdition edition, RecordId id, [NotNullWhen(true)] out EditionRecord? record)
    {
        ArgumentNullException.ThrowIfNull(edition);
        record = null;
        return !id.IsDefault && edition.ById.TryGetValue(id, out record);
    }

    /// <summary>Looks a record of type <typeparamref name="T"/> up by id without throwing when there is none.</summary>
    /// <typeparam name="T">The record type expected.</typeparam>
    /// <param name="edition">The edition.</param>
    /// <param name="id">The id; <c>default(RecordId)</c> finds nothing.</param>
    /// <param name="record">The record, or null when none has the id or it is not a <typeparamref name="T"/>.</param>
    /// <returns><see langword="true"/> when a record has the id and is a <typeparamref name="T"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    public static bool TryGet<T>(this KazChinaEdition edition, RecordId id, [NotNullWhen(true)] out T? record)
        where T : EditionRecord
    {
        record = edition.TryGet(id, out EditionRecord? found) ? found as T : null;
        return record is not null;
    }

    /// <summary>Returns every record of one kind.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="kind">The kind.</param>
    /// <returns>The records of that kind, in edition order; the kinds partition <see cref="KazChinaEdition.Records"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static IReadOnlyList<EditionRecord> RecordsOfKind(this KazChinaEdition edition, RecordKind kind)
    {
        EditionIndex index = QueryChecks.IndexOf(edition);
        return EditionIndex.Find(index.ByKind, Preconditions.CheckDefined(kind, nameof(kind)));
    }

    /// <summary>
    /// Finds the countries, people and organizations that go by <paramref name="name"/>: a canonical name
    /// ("Hu Jintao"), the name as the article writes it ("Hu Jintau"), another form the article uses ("Hu",
    /// "Kazakhstani", "SCO", and "Beijing", "Astana" or "Moscow" where it stands for a government), an outlet as
    /// a citation writes it ("www.centralasiaonline.com") or an outlet's website. A capital is found here as its
    /// country and by <see cref="FindPlaces"/> as the city; <see cref="FindActorsByForm"/> also says which form matched.
    /// </summary>
    /// <param name="edition">The edition.</param>
    /// <param name="name">The whole name or form; case, surrounding and repeated white space, curly quotes and dashes do not matter.</param>
    /// <returns>The actors with that name or form, in edition order; empty when none has it.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public static IReadOnlyList<EditionRecord> FindActors(this KazChinaEdition edition, string name)
    {
        EditionIndex index = QueryChecks.IndexOf(edition);
        return EditionIndex.Find(index.ActorsByName, FoldQuery(name));
    }

    /// <summary>
    /// Finds the actors that go by <paramref name="name"/>, as <see cref="FindActors"/> does, each with the form that
    /// matched: its kind (name, short form, adjective, abbreviation, metonym) and whether the article writes it.
    /// Where an actor has several forms that fold alike, the one the article writes comes first, in the record's order.
    /// </summary>
    /// <param name="edition">The edition.</param>
    /// <param name="name">The whole name or form; case, surrounding and repeated white space, curly quotes and dashes do not matter.</param>
    /// <returns>One match per actor, in edition order; empty when none has the name.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public static IReadOnlyList<ActorMatch> FindActorsByForm(this KazChinaEdition edition, string name)
    {
        EditionIndex index = QueryChecks.IndexOf(edition);
        return EditionIndex.Find(index.ActorMatchesByName, FoldQuery(name));
    }

    /// <summary>Finds the places that go by <paramref name="name"/>: the canonical name ("Almaty") or the name as the article writes it ("Alamutu").</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="name">The whole name; case, surrounding and repeated white space, curly quotes and dashes do not matter.</param>
    /// <returns>The places with that name, in edition order; empty when none has it.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public static IReadOnlyList<Place> FindPlaces(this KazChinaEdition edition, string name)
    {
        EditionIndex index = QueryChecks.IndexOf(edition);
        return EditionIndex.Find(index.PlacesByName, FoldQuery(name));
    }

    private static string FoldQuery(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(name), nameof(name), "A name to look up must not be empty or white space.");
        return TextFolding.FoldName(name);
    }
}

using System;
using System.Collections.Generic;

namespace KazChina.Model;

/// <summary>Checks shared by record constructors.</summary>
internal static class RecordChecks
{
    public static RecordId CheckId(RecordId id, string paramName)
    {
        Preconditions.CheckArgument(!id.IsDefault, paramName, "The id must not be default(RecordId).");
        return id;
    }

    public static RecordId? CheckOptionalId(RecordId? id, string paramName)
    {
        Preconditions.CheckArgument(id is null || !id.Value.IsDefault, paramName, "The id must not be default(RecordId); use null for none.");
        return id;
    }

    public static ValueList<RecordId> CheckIds(ValueList<RecordId>? ids, string paramName, bool allowEmpty = true)
    {
        Preconditions.CheckNotNull(ids, paramName);
        Preconditions.CheckArgument(allowEmpty || ids.Count > 0, paramName, "At least one id is required.");
        int defaultAt = ids.AsImmutableArray().AsSpan().IndexOf(default(RecordId));
        Preconditions.CheckArgument(defaultAt < 0, paramName, $"Id {defaultAt} is default(RecordId).");

        Preconditions.CheckArgument(AllDistinct(ids.AsImmutableArray().AsSpan()), paramName, "An id is listed twice.");
        return ids;
    }

    public static ValueList<string> CheckTexts(ValueList<string>? texts, string paramName)
    {
        Preconditions.CheckNotNull(texts, paramName);
        foreach (string text in texts)
        {
            Preconditions.CheckText(text, paramName);
        }

        Preconditions.CheckArgument(AllDistinct(texts.AsImmutableArray().AsSpan()), paramName, "A value is listed twice.");
        return texts;
    }

    /// <summary>Whether no two of <paramref name="items"/> are equal.</summary>
    public static bool AllDistinct<T>(ReadOnlySpan<T> items) => AllDistinct<T, T, Itself<T>>(items, default);

    /// <summary>
    /// Whether no two of <paramref name="items"/> have equal keys. Short lists (every list of the article is one)
    /// are compared pair by pair, which allocates nothing; longer ones go through a set. The key is a struct, so
    /// each use compiles to direct calls.
    /// </summary>
    public static bool AllDistinct<TItem, TKey, TSelector>(ReadOnlySpan<TItem> items, TSelector key)
        where TSelector : struct, IKey<TItem, TKey>
    {
        const int PairwiseUpTo = 16;
        if (items.Length <= PairwiseUpTo)
        {
            EqualityComparer<TKey> comparer = EqualityComparer<TKey>.Default;
            for (int i = 1; i < items.Length; i++)
            {
                TKey current = key.Of(items[i]);
                for (int j = 0; j < i; j++)
                {
                    if (comparer.Equals(current, key.Of(items[j])))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        var seen = new HashSet<TKey>(items.Length);
        foreach (TItem item in items)
        {
            if (!seen.Add(key.Of(item)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Picks what <see cref="AllDistinct{TItem, TKey, TSelector}"/> compares of an item.</summary>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    public interface IKey<TItem, TKey>
    {
        /// <summary>Returns the key of <paramref name="item"/>.</summary>
        TKey Of(TItem item);
    }

    /// <summary>Compares items themselves.</summary>
    private readonly struct Itself<T> : IKey<T, T>
    {
        public T Of(T item) => item;
    }
}

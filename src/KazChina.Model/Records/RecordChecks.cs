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

        Preconditions.CheckArgument(AllDistinct(ids), paramName, "An id is listed twice.");
        return ids;
    }

    public static ValueList<string> CheckTexts(ValueList<string>? texts, string paramName)
    {
        Preconditions.CheckNotNull(texts, paramName);
        foreach (string text in texts)
        {
            Preconditions.CheckText(text, paramName);
        }

        Preconditions.CheckArgument(AllDistinct(texts), paramName, "A value is listed twice.");
        return texts;
    }

    public static ValueList<NameForm> CheckNameForms(ValueList<NameForm>? forms, string paramName)
    {
        Preconditions.CheckNotNull(forms, paramName);
        Preconditions.CheckArgument(AllDistinct(forms, static form => form.Form), paramName, "A form is listed twice.");
        return forms;
    }

    /// <summary>Whether no two of <paramref name="items"/> are equal.</summary>
    public static bool AllDistinct<T>(ValueList<T> items) => AllDistinct(items, static item => item);

    /// <summary>
    /// Whether no two of <paramref name="items"/> have equal keys. Short lists (every list of the article is one)
    /// are compared pair by pair, which allocates nothing; longer ones go through a set.
    /// </summary>
    public static bool AllDistinct<TItem, TKey>(ValueList<TItem> items, Func<TItem, TKey> key)
    {
        const int PairwiseUpTo = 16;
        ReadOnlySpan<TItem> span = items.AsImmutableArray().AsSpan();
        if (span.Length <= PairwiseUpTo)
        {
            EqualityComparer<TKey> comparer = EqualityComparer<TKey>.Default;
            for (int i = 1; i < span.Length; i++)
            {
                TKey current = key(span[i]);
                for (int j = 0; j < i; j++)
                {
                    if (comparer.Equals(current, key(span[j])))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        var seen = new HashSet<TKey>(span.Length);
        foreach (TItem item in span)
        {
            if (!seen.Add(key(item)))
            {
                return false;
            }
        }

        return true;
    }
}

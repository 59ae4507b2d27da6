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
        for (int i = 0; i < ids.Count; i++)
        {
            Preconditions.CheckArgument(!ids[i].IsDefault, paramName, $"Id {i} is default(RecordId).");
        }

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

    public static bool AllDistinct<T>(IReadOnlyList<T> items)
    {
        var seen = new HashSet<T>();
        foreach (T item in items)
        {
            if (!seen.Add(item))
            {
                return false;
            }
        }

        return true;
    }
}

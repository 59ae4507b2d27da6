using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json.Serialization;

namespace KazChina.Model.Tests.Serialization;

/// <summary>
/// The public types the JSON format covers, found by reflection rather than listed: the edition, every kind of
/// record, the validation types, and every public type reachable through their serialized members and through the
/// derived types of polymorphic ones (the types of <see cref="Reading"/>). Types that
/// are not part of an edition (query results, tables) are outside the format.
/// </summary>
public static class JsonContractTypes
{
    private static readonly Assembly Model = typeof(KazChinaEdition).Assembly;

    /// <summary>Gets the types, ordered by name.</summary>
    public static IReadOnlyList<Type> All { get; } = Find();

    private static Type[] Find()
    {
        Type[] records = [.. Model.GetExportedTypes().Where(t => t.IsSubclassOf(typeof(EditionRecord)))];
        var found = new HashSet<Type>();
        var pending = new Queue<Type>([typeof(KazChinaEdition), typeof(EditionRecord), typeof(ValidationIssue), typeof(RecordReference), .. records]);
        while (pending.TryDequeue(out Type? type))
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (type.Assembly != Model || !type.IsPublic && !type.IsNestedPublic || !found.Add(type))
            {
                continue;
            }

            foreach (JsonDerivedTypeAttribute derived in type.GetCustomAttributes<JsonDerivedTypeAttribute>(inherit: false))
            {
                pending.Enqueue(derived.DerivedType);
            }

            if (type.IsGenericType)
            {
                foreach (Type argument in type.GetGenericArguments())
                {
                    pending.Enqueue(argument);
                }

                continue;
            }

            foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetIndexParameters().Length == 0 && property.GetCustomAttribute<JsonIgnoreAttribute>() is null)
                {
                    pending.Enqueue(property.PropertyType);
                }
            }
        }

        return [.. found.OrderBy(t => t.Name, StringComparer.Ordinal)];
    }
}

using System;
using System.Collections;
using System.Linq;

namespace KazChina.Model.Tests;

/// <summary>
/// Deep copies built through the public constructors, with fresh string and list instances at every level, so
/// equality tests compare contents and never references. One walk serves every type: each constructor argument
/// is a copy of the property of the same name, so a new member is copied without an edit here.
/// </summary>
public static class Copies
{
    /// <summary>Returns a deep copy of <paramref name="value"/>, of the same runtime type.</summary>
    /// <typeparam name="T">The static type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The copy.</returns>
    public static T Of<T>(T value)
        where T : notnull => (T)Copy(value)!;

    private static object? Copy(object? value)
    {
        if (value is null)
        {
            return null;
        }

        Type type = value.GetType();
        if (value is string text)
        {
            return new string(text.AsSpan());
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueList<>))
        {
            Type element = type.GetGenericArguments()[0];
            object?[] items = ((IEnumerable)value).Cast<object?>().Select(Copy).ToArray();
            var array = Array.CreateInstance(element, items.Length);
            Array.Copy(items, array, items.Length);
            return typeof(ValueList).GetMethod(nameof(ValueList.From))!.MakeGenericMethod(element).Invoke(null, [array]);
        }

        // Numbers, enums and NodaTime values hold no reference a copy could share.
        if (type.Assembly != typeof(EditionRecord).Assembly || type.IsEnum)
        {
            return value;
        }

        return Construction.Invoke(type, parameter => Copy(Construction.PropertyNamed(type, parameter.Name!)!.GetValue(value)));
    }
}

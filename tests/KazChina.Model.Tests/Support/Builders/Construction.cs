using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace KazChina.Model.Tests;

/// <summary>
/// Calls a model type's public constructor with one value per parameter, found by the parameter's name: the
/// same name-to-property rule (ignoring case) the JSON contracts use. Builders and <c>Copies</c> go
/// through it, so no test support code spells out a constructor's parameter list.
/// </summary>
internal static class Construction
{
    private static readonly ConcurrentDictionary<Type, ConstructorInfo> Constructors = new();

    /// <summary>Returns the public property of <paramref name="type"/> named <paramref name="name"/> in any case, or null.</summary>
    /// <param name="type">The type.</param>
    /// <param name="name">A constructor parameter's or a property's name.</param>
    /// <returns>The property, or null.</returns>
    public static PropertyInfo? PropertyNamed(Type type, string name) =>
        type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);

    /// <summary>
    /// Creates a <paramref name="type"/> through the longest public constructor whose parameters all name a
    /// property. An exception thrown by the constructor propagates as it is, not wrapped, so a test can assert on it.
    /// </summary>
    /// <param name="type">The type to create.</param>
    /// <param name="argument">The value for each parameter.</param>
    /// <returns>The new value.</returns>
    public static object Invoke(Type type, Func<ParameterInfo, object?> argument)
    {
        ConstructorInfo constructor = Constructors.GetOrAdd(type, FindConstructor);
        object?[] arguments = constructor.GetParameters().Select(argument).ToArray();
        return constructor.Invoke(BindingFlags.DoNotWrapExceptions, binder: null, arguments, culture: null);
    }

    /// <summary>
    /// Creates a <typeparamref name="T"/> with each constructor argument read from the builder's property of the same
    /// name; where the builder has none, from <paramref name="carried"/> (the members of the record the builder
    /// started from), else the parameter's default.
    /// </summary>
    /// <typeparam name="T">The type to create.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <param name="carried">Values by parameter name for the parameters the builder has no property for.</param>
    /// <returns>The new value.</returns>
    /// <exception cref="InvalidOperationException">A required constructor parameter has neither a property nor a carried value.</exception>
    public static T Build<T>(object builder, IReadOnlyDictionary<string, object?> carried) => (T)Invoke(typeof(T), parameter =>
        PropertyNamed(builder.GetType(), parameter.Name!) is { } property ? property.GetValue(builder)
        : carried.TryGetValue(parameter.Name!, out object? value) ? value
        : parameter.HasDefaultValue ? parameter.DefaultValue
        : throw new InvalidOperationException($"{builder.GetType().Name} has no property for {typeof(T).Name}'s required constructor parameter '{parameter.Name}': add one with a valid default."));

    private static ConstructorInfo FindConstructor(Type type) =>
        type.GetConstructors()
            .Where(c => c.GetParameters().All(p => PropertyNamed(type, p.Name!) is not null))
            .MaxBy(c => c.GetParameters().Length)
        ?? throw new InvalidOperationException($"{type.Name} has no public constructor whose parameters all name one of its properties.");
}

using System;
using Xunit;

namespace KazChina.Model.Tests;

/// <summary>Shared assertions for value equality.</summary>
public static class EqualityContract
{
    /// <summary>Asserts that two distinct instances with equal contents are equal both ways, through every equality API, with equal hash codes.</summary>
    public static void AssertEqualValues<T>(T value, T copy)
        where T : class, IEquatable<T>
    {
        Assert.NotSame(value, copy);
        Assert.True(value.Equals(copy), $"Equals(T) is false for equal contents: {value}");
        Assert.True(copy.Equals(value), "Equals(T) is not symmetric.");
        Assert.True(value.Equals((object)copy), "Equals(object) is false for equal contents.");
        Assert.Equal(value.GetHashCode(), copy.GetHashCode());
        Assert.False(value.Equals(null), "A value equals null.");
    }

    /// <summary>Asserts that two values differ through every equality API.</summary>
    public static void AssertDifferent<T>(T value, T other)
        where T : class, IEquatable<T>
    {
        Assert.False(value.Equals(other), $"Expected {value} and {other} to differ.");
        Assert.False(other.Equals(value), "Equals(T) is not symmetric.");
        Assert.False(value.Equals((object)other), "Equals(object) disagrees with Equals(T).");
    }
}

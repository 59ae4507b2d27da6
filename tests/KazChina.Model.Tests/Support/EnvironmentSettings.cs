using System;
using System.Globalization;

namespace KazChina.Model.Tests;

/// <summary>Settings the seeded tests take from the environment, so that a failing case can be replayed or a run made longer.</summary>
public static class EnvironmentSettings
{
    /// <summary>Returns the environment variable <paramref name="name"/> as a number, or <paramref name="fallback"/> when it is unset or empty.</summary>
    /// <param name="name">The variable, e.g. <c>KAZCHINA_FUZZ_SEED</c>.</param>
    /// <param name="fallback">The number when it is not set.</param>
    /// <returns>The number.</returns>
    public static int Number(string name, int fallback) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
}

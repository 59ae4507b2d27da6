using System;
using System.Text.Json;

namespace KazChina.Model.Exports;

/// <summary>Enum values as the edition's JSON names them: camelCase (<c>tradeFigure</c>, <c>notStated</c>).</summary>
internal static class Enums
{
    /// <summary>Returns the camelCase name of an enum value.</summary>
    /// <typeparam name="T">The enum type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>Its name in camelCase.</returns>
    public static string Name<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    /// <summary>Returns an enum value's name as words for a reader: <c>TradeFigure</c> as <c>trade figure</c>.</summary>
    /// <typeparam name="T">The enum type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>Lowercase words.</returns>
    public static string Words<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString()).Replace('_', ' ');
}

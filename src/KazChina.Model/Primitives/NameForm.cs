using System;
using System.Text.Json.Serialization;

namespace KazChina.Model;

/// <summary>How a form of a name that the article uses relates to what it names.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<NameFormKind>))]
public enum NameFormKind
{
    /// <summary>The name itself as written, spelling kept ("Kazakhstan", "Hu Jintau").</summary>
    Name,

    /// <summary>A shortened form: a surname or part of the name ("Hu", "Nazarbayev").</summary>
    ShortForm,

    /// <summary>An adjective or combining form of the name ("Kazakhstani", "Chinese", "Sino").</summary>
    Adjective,

    /// <summary>An abbreviation ("SCO", "WTO").</summary>
    Abbreviation,

    /// <summary>
    /// A name that stands for something else the article means: a capital for its country's government
    /// ("Beijing will also support …", "Astana fully supports …", "Moscow will have to adjust …").
    /// </summary>
    Metonym,
}

/// <summary>
/// One form of a name as the article writes it, with how it relates to what it names: the article calls
/// China's government "Beijing" as well as "China", and calls the country "Chinese" and "Sino" in adjectives.
/// </summary>
/// <remarks>Equality compares the form and its kind.</remarks>
public sealed record NameForm
{
    /// <summary>Creates a name form.</summary>
    /// <param name="form">The words as written; not blank, no leading or trailing white space.</param>
    /// <param name="formKind">How the form relates to what it names.</param>
    /// <exception cref="ArgumentNullException"><paramref name="form"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="form"/> is blank or padded.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="formKind"/> is not defined.</exception>
    public NameForm(string form, NameFormKind formKind)
    {
        Form = Preconditions.CheckText(form, nameof(form));
        FormKind = Preconditions.CheckDefined(formKind, nameof(formKind));
    }

    /// <summary>Gets the words as written.</summary>
    public string Form { get; }

    /// <summary>Gets how the form relates to what it names.</summary>
    public NameFormKind FormKind { get; }

    /// <summary>Returns the form and, after a colon, its kind: <c>Beijing: metonym</c>.</summary>
    /// <returns>A readable rendering.</returns>
    public override string ToString() => $"{Form}: {CamelCaseEnumJsonConverter<NameFormKind>.NameOf(FormKind)}";
}

using System;
using System.Text.Json.Serialization;

namespace KazChina.Model;

/// <summary>
/// A country the article names, with its ISO 3166-1 codes and every form the text uses for it, each with its kind:
/// the name ("Kazakhstan"), adjectives ("Kazakhstani", "Sino"), and the capital standing for the government
/// ("Astana fully supports …", a metonym).
/// </summary>
/// <remarks>Equality is record equality over every member.</remarks>
public sealed record Country : EditionRecord
{
    /// <summary>Creates a country.</summary>
    /// <param name="id">The record's id.</param>
    /// <param name="name">The canonical short English name, e.g. <c>Kazakhstan</c>.</param>
    /// <param name="alpha2">The ISO 3166-1 alpha-2 code: two uppercase ASCII letters.</param>
    /// <param name="alpha3">The ISO 3166-1 alpha-3 code: three uppercase ASCII letters.</param>
    /// <param name="formsAsWritten">Every form the text uses for the country (name, adjectives, metonyms), as written, each once.</param>
    /// <param name="evidence">Spans that name the country.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, a code is malformed, an id is default, or a form is listed twice.</exception>
    public Country(RecordId id, string name, string alpha2, string alpha3, ValueList<NameForm> formsAsWritten, Evidence evidence)
        : base(id, evidence)
    {
        Name = Preconditions.CheckText(name, nameof(name));
        Alpha2 = CheckCode(alpha2, 2, nameof(alpha2));
        Alpha3 = CheckCode(alpha3, 3, nameof(alpha3));
        FormsAsWritten = RecordChecks.CheckNameForms(formsAsWritten, nameof(formsAsWritten));
    }

    /// <summary>
    /// Copies <paramref name="stated"/> with the values of <paramref name="read"/> in the members a reading reads: the
    /// compiler's copy constructor copies every other member, so none is ever left out of the corrected reading.
    /// </summary>
    private Country(Country stated, AppliedReadings read)
        : this(stated)
    {
        FormsAsWritten = RecordChecks.CheckNameForms(read.Forms(stated.FormsAsWritten), "formsAsWritten");
    }

    /// <inheritdoc/>
    internal override EditionRecord WithReadings(AppliedReadings read) => new Country(this, read);

    /// <summary>Gets the canonical short English name.</summary>
    public string Name { get; }

    /// <summary>Gets the ISO 3166-1 alpha-2 code.</summary>
    public string Alpha2 { get; }

    /// <summary>Gets the ISO 3166-1 alpha-3 code.</summary>
    public string Alpha3 { get; }

    /// <summary>Gets every form the text uses for the country, as written, with its kind.</summary>
    public ValueList<NameForm> FormsAsWritten { get; }

    /// <inheritdoc/>
    [JsonIgnore]
    public override RecordKind Kind => RecordKind.Country;

    /// <inheritdoc/>
    private protected override void ReportOwnReferences(ReferenceSink sink)
    {
        // A country refers to no other record.
    }

    private static string CheckCode(string code, int length, string paramName)
    {
        ArgumentNullException.ThrowIfNull(code, paramName);
        Preconditions.CheckArgument(code.Length == length && code.AsSpan().IndexOfAnyExceptInRange('A', 'Z') < 0, paramName, $"'{code}' is not {length} uppercase ASCII letters.");
        return code;
    }
}

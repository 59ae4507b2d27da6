using System;
using System.Text.Json.Serialization;

namespace KazChina.Model;

/// <summary>A person the article names: canonical name, the name as written (which may be a slip), other forms the text uses, role and country.</summary>
/// <remarks>Equality is record equality over every member.</remarks>
public sealed record Person : EditionRecord
{
    /// <summary>Creates a person.</summary>
    /// <param name="id">The record's id.</param>
    /// <param name="name">The canonical full name, e.g. <c>Hu Jintao</c>.</param>
    /// <param name="nameAsWritten">The fullest name as the text writes it, e.g. <c>Hu Jintau</c>.</param>
    /// <param name="otherFormsAsWritten">Other forms the text uses, each with its kind, e.g. <c>Hu</c> (a short form); may be empty.</param>
    /// <param name="role">The role or title as the article gives it, e.g. <c>President</c>.</param>
    /// <param name="countryId">The id of the country the person serves or belongs to.</param>
    /// <param name="evidence">Spans that name the person.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, an id is default, or a form is listed twice.</exception>
    public Person(RecordId id, string name, string nameAsWritten, ValueList<NameForm> otherFormsAsWritten, string role, RecordId countryId, Evidence evidence)
        : base(id, evidence)
    {
        Name = Preconditions.CheckText(name, nameof(name));
        NameAsWritten = Preconditions.CheckText(nameAsWritten, nameof(nameAsWritten));
        OtherFormsAsWritten = RecordChecks.CheckNameForms(otherFormsAsWritten, nameof(otherFormsAsWritten));
        Role = Preconditions.CheckText(role, nameof(role));
        CountryId = RecordChecks.CheckId(countryId, nameof(countryId));
    }

    /// <summary>
    /// Copies <paramref name="stated"/> with the values of <paramref name="read"/> in the members a reading reads: the
    /// compiler's copy constructor copies every other member, so none is ever left out of the corrected reading.
    /// </summary>
    private Person(Person stated, AppliedReadings read)
        : this(stated)
    {
        NameAsWritten = read.Name(stated.NameAsWritten);
        OtherFormsAsWritten = RecordChecks.CheckNameForms(read.Forms(stated.OtherFormsAsWritten), "otherFormsAsWritten");
    }

    /// <inheritdoc/>
    internal override EditionRecord WithReadings(AppliedReadings read) => new Person(this, read);

    /// <summary>Gets the canonical full name.</summary>
    public string Name { get; }

    /// <summary>Gets the fullest name as the text writes it.</summary>
    public string NameAsWritten { get; }

    /// <summary>Gets other forms the text uses for the person, each with its kind.</summary>
    public ValueList<NameForm> OtherFormsAsWritten { get; }

    /// <summary>Gets the role or title as the article gives it.</summary>
    public string Role { get; }

    /// <summary>Gets the id of the person's country.</summary>
    public RecordId CountryId { get; }

    /// <inheritdoc/>
    [JsonIgnore]
    public override RecordKind Kind => RecordKind.Person;

    /// <inheritdoc/>
    private protected override void ReportOwnReferences(ReferenceSink sink) => sink.Id(nameof(CountryId), CountryId, Kinds.Country);
}

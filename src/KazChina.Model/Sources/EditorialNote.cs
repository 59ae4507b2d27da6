using System;
using System.Text.Json.Serialization;

namespace KazChina.Model;

/// <summary>What sort of remark an editorial note makes.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<EditorialNoteKind>))]
public enum EditorialNoteKind
{
    /// <summary>A misspelt name ("Hu Jintau").</summary>
    Spelling,

    /// <summary>A figure whose unit is missing or wrong ("1.85 kilometers" for an area).</summary>
    MissingUnit,

    /// <summary>A figure other reports give differently ("$15 billion" for $1.5 billion).</summary>
    LikelyFigureError,

    /// <summary>A year not in the text, inferred from context.</summary>
    YearInferred,

    /// <summary>A name rendered unusually or a title that differs from the official one ("Alamutu", "Reteken").</summary>
    Naming,

    /// <summary>Capitalisation ("the world Trade Organization").</summary>
    Capitalisation,

    /// <summary>What a figure or statement covers, as other reports make clear.</summary>
    Scope,

    /// <summary>What happened later to a plan the article reports.</summary>
    LaterDevelopment,
}

/// <summary>How sure the outside reference behind an editorial note is.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<Confidence>))]
public enum Confidence
{
    /// <summary>Little doubt.</summary>
    High,

    /// <summary>Likely, with some doubt.</summary>
    Medium,

    /// <summary>Plausible only.</summary>
    Low,
}

/// <summary>
/// An editor's remark on the article's text: what the text says, the reading, the outside reference and
/// how sure it is. A note never changes the as-stated value of the records it annotates.
/// </summary>
/// <remarks>Equality is record equality over every member.</remarks>
public sealed record EditorialNote : EditionRecord
{
    /// <summary>Creates a note.</summary>
    /// <param name="id">The record's id.</param>
    /// <param name="noteKind">What sort of remark it is.</param>
    /// <param name="targetIds">The ids of the records the note annotates; at least one.</param>
    /// <param name="asWritten">What the text says, as written; it must occur in the evidence's spans.</param>
    /// <param name="reading">The editor's reading.</param>
    /// <param name="reference">The outside reference for the reading, or null where none is needed.</param>
    /// <param name="confidence">How sure the reference is.</param>
    /// <param name="evidence">The spans of the text the note is about.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, or <paramref name="targetIds"/> is empty or has a default or repeated id.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is not defined.</exception>
    public EditorialNote(RecordId id, EditorialNoteKind noteKind, ValueList<RecordId> targetIds, string asWritten, string reading, string? reference, Confidence confidence, Evidence evidence)
        : base(id, evidence)
    {
        NoteKind = Preconditions.CheckDefined(noteKind, nameof(noteKind));
        TargetIds = RecordChecks.CheckIds(targetIds, nameof(targetIds), allowEmpty: false);
        AsWritten = Preconditions.CheckText(asWritten, nameof(asWritten));
        Reading = Preconditions.CheckText(reading, nameof(reading));
        Reference = Preconditions.CheckOptionalText(reference, nameof(reference));
        Confidence = Preconditions.CheckDefined(confidence, nameof(confidence));
    }

    /// <summary>Gets what sort of remark it is.</summary>
    public EditorialNoteKind NoteKind { get; }

    /// <summary>Gets the ids of the records the note annotates.</summary>
    public ValueList<RecordId> TargetIds { get; }

    /// <summary>Gets what the text says, as written.</summary>
    public string AsWritten { get; }

    /// <summary>Gets the editor's reading.</summary>
    public string Reading { get; }

    /// <summary>Gets the outside reference for the reading, or null.</summary>
    public string? Reference { get; }

    /// <summary>Gets how sure the reference is.</summary>
    public Confidence Confidence { get; }

    /// <inheritdoc/>
    [JsonIgnore]
    public override RecordKind Kind => RecordKind.EditorialNote;

    /// <inheritdoc/>
    private protected override void ReportOwnReferences(ReferenceSink sink) => sink.Ids(nameof(TargetIds) + "[]", TargetIds, Kinds.Any);
}

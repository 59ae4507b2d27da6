using System;
using System.Linq;
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

    /// <summary>A name that stands for something else: a capital for its country's government ("Beijing will also support …").</summary>
    Metonym,

    /// <summary>A figure no other source the editors found confirms; it stands as stated.</summary>
    Unconfirmed,

    /// <summary>A figure another source confirms.</summary>
    Confirmed,
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
/// An editor's remark on the article's text: what the text says, the reading in words and as typed
/// <see cref="Readings"/> (which member of which record, and the value in that member's own type), the outside
/// reference and how sure it is. A note never changes the as-stated value of the records it reads; queries apply
/// its readings on request (<see cref="ReadingChoice.Corrected"/>).
/// </summary>
/// <remarks>Equality is record equality over every member.</remarks>
public sealed record EditorialNote : EditionRecord
{
    /// <summary>Creates a note.</summary>
    /// <param name="id">The record's id.</param>
    /// <param name="noteKind">What sort of remark it is.</param>
    /// <param name="asWritten">What the text says, as written; it must occur in the evidence's spans.</param>
    /// <param name="reading">The editor's reading, in words.</param>
    /// <param name="readings">The reading, typed: one or more readings of members of records; no reading twice.</param>
    /// <param name="reference">The outside reference for the reading, or null where none is needed.</param>
    /// <param name="confidence">How sure the reference is.</param>
    /// <param name="evidence">The spans of the text the note is about.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, or <paramref name="readings"/> is empty or lists a reading twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is not defined.</exception>
    public EditorialNote(RecordId id, EditorialNoteKind noteKind, string asWritten, string reading, ValueList<Reading> readings, string? reference, Confidence confidence, Evidence evidence)
        : base(id, evidence)
    {
        NoteKind = Preconditions.CheckDefined(noteKind, nameof(noteKind));
        AsWritten = Preconditions.CheckText(asWritten, nameof(asWritten));
        Reading = Preconditions.CheckText(reading, nameof(reading));
        Readings = Preconditions.CheckNotNull(readings, nameof(readings));
        Preconditions.CheckArgument(readings.Count > 0, nameof(readings), "A note has at least one typed reading.");
        Preconditions.CheckArgument(RecordChecks.AllDistinct(readings), nameof(readings), "A reading is listed twice.");
        Reference = Preconditions.CheckOptionalText(reference, nameof(reference));
        Confidence = Preconditions.CheckDefined(confidence, nameof(confidence));
        TargetIds = readings.Select(r => r.TargetId).Distinct().ToValueList();
    }

    /// <summary>Gets what sort of remark it is.</summary>
    public EditorialNoteKind NoteKind { get; }

    /// <summary>Gets what the text says, as written.</summary>
    public string AsWritten { get; }

    /// <summary>Gets the editor's reading, in words.</summary>
    public string Reading { get; }

    /// <summary>Gets the typed readings: which member of which record the note reads, and the value read.</summary>
    public ValueList<Reading> Readings { get; }

    /// <summary>Gets the outside reference for the reading, or null.</summary>
    public string? Reference { get; }

    /// <summary>Gets how sure the reference is.</summary>
    public Confidence Confidence { get; }

    /// <summary>Gets the ids of the records the note reads: the distinct targets of <see cref="Readings"/>, in order.</summary>
    [JsonIgnore]
    public ValueList<RecordId> TargetIds { get; }

    /// <inheritdoc/>
    [JsonIgnore]
    public override RecordKind Kind => RecordKind.EditorialNote;

    /// <inheritdoc/>
    private protected override void ReportOwnReferences(ReferenceSink sink)
    {
        for (int i = 0; i < Readings.Count; i++)
        {
            sink.IdAt(ReadingTargetMember, Readings[i].TargetId, Kinds.Any, i);
            if (Readings[i] is ShareReading share)
            {
                sink.IdAt(ReadingPartyMember, share.PartyId, Kinds.Actor, i);
            }
        }
    }

    private const string ReadingTargetMember = nameof(Readings) + "[]." + nameof(Model.Reading.TargetId);

    private const string ReadingPartyMember = nameof(Readings) + "[]." + nameof(ShareReading.PartyId);
}

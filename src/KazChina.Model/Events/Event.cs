using System;
using System.Text.Json.Serialization;

namespace KazChina.Model;

/// <summary>What sort of event an event is.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<EventKind>))]
public enum EventKind
{
    /// <summary>A state visit.</summary>
    StateVisit,

    /// <summary>A summit of several states.</summary>
    Summit,

    /// <summary>A meeting of leaders or officials.</summary>
    Meeting,

    /// <summary>The signing of an agreement.</summary>
    Signing,

    /// <summary>An announcement.</summary>
    Announcement,

    /// <summary>A press briefing.</summary>
    Briefing,

    /// <summary>A turning point the article recounts (diplomatic ties, the border settlement, China overtaking Russia).</summary>
    Milestone,

    /// <summary>A span of time the article refers to (Kazakhstan's SCO presidency, its years of independence).</summary>
    Period,
}

/// <summary>Something that happened or is to happen: visits, summits, meetings, signings, announcements, briefings and milestones, with date, participants and place.</summary>
/// <remarks>Equality is record equality over every member.</remarks>
public sealed record Event : EditionRecord
{
    /// <summary>Creates an event.</summary>
    /// <param name="id">The record's id.</param>
    /// <param name="eventKind">What sort of event it is.</param>
    /// <param name="title">A short name, close to the article's words.</param>
    /// <param name="when">When it happened, or null where the article does not state it.</param>
    /// <param name="participantIds">The ids of the actors taking part; may be empty.</param>
    /// <param name="placeId">The id of where it happened, or null.</param>
    /// <param name="relatedIds">Ids of related records (the agreement signed, the summit a visit was for); may be empty.</param>
    /// <param name="evidence">The spans and citations that report it.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, or an id is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="eventKind"/> is not defined.</exception>
    public Event(RecordId id, EventKind eventKind, string title, TimeReference? when, ValueList<RecordId> participantIds, RecordId? placeId, ValueList<RecordId> relatedIds, Evidence evidence)
        : base(id, evidence)
    {
        EventKind = Preconditions.CheckDefined(eventKind, nameof(eventKind));
        Title = Preconditions.CheckText(title, nameof(title));
        When = when;
        ParticipantIds = RecordChecks.CheckIds(participantIds, nameof(participantIds));
        PlaceId = RecordChecks.CheckOptionalId(placeId, nameof(placeId));
        RelatedIds = RecordChecks.CheckIds(relatedIds, nameof(relatedIds));
    }

    /// <summary>
    /// Copies <paramref name="stated"/> with the values of <paramref name="read"/> in the members a reading reads: the
    /// compiler's copy constructor copies every other member, so none is ever left out of the corrected reading.
    /// </summary>
    private Event(Event stated, AppliedReadings read)
        : this(stated)
    {
        Title = read.Name(stated.Title);
        When = read.Time(stated.When);
    }

    /// <inheritdoc/>
    internal override EditionRecord WithReadings(AppliedReadings read) => new Event(this, read);

    /// <summary>Gets what sort of event it is.</summary>
    public EventKind EventKind { get; }

    /// <summary>Gets a short name.</summary>
    public string Title { get; }

    /// <summary>Gets when it happened, or null where the article does not state it (never guessed).</summary>
    public TimeReference? When { get; }

    /// <summary>Gets the ids of the actors taking part.</summary>
    public ValueList<RecordId> ParticipantIds { get; }

    /// <summary>Gets the id of where it happened, or null.</summary>
    public RecordId? PlaceId { get; }

    /// <summary>Gets the ids of related records.</summary>
    public ValueList<RecordId> RelatedIds { get; }

    /// <inheritdoc/>
    [JsonIgnore]
    public override RecordKind Kind => RecordKind.Event;

    /// <inheritdoc/>
    private protected override void ReportOwnReferences(ReferenceSink sink)
    {
        sink.Ids(nameof(ParticipantIds) + "[]", ParticipantIds, Kinds.Actor);
        sink.OptionalId(nameof(PlaceId), PlaceId, Kinds.Place);
        sink.Ids(nameof(RelatedIds) + "[]", RelatedIds, Kinds.Any);
    }
}

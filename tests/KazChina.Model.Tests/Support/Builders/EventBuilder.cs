namespace KazChina.Model.Tests;

/// <summary>Builds a valid <see cref="Event"/>: an undated summit with no one named. See <see cref="RecordBuilder"/>.</summary>
public sealed record EventBuilder : RecordBuilder<Event>
{
    /// <summary>Starts from every member of <paramref name="from"/>, or from the defaults.</summary>
    /// <param name="from">The event to start from, or null.</param>
    public EventBuilder(Event? from = null)
        : base(from, "event")
    {
    }

    public EventKind EventKind { get; init; } = EventKind.Summit;

    public string Title { get; init; } = "E";

    public TimeReference? When { get; init; }

    public ValueList<RecordId> ParticipantIds { get; init; } = ValueList.Empty<RecordId>();

    public RecordId? PlaceId { get; init; }

    public ValueList<RecordId> RelatedIds { get; init; } = ValueList.Empty<RecordId>();
}

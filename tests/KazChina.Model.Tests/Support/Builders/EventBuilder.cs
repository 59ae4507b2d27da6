namespace KazChina.Model.Tests;

/// <summary>Builds a valid <see cref="Event"/>: an undated summit with no one named. See <see cref="RecordBuilder"/>.</summary>
public sealed record EventBuilder : RecordBuilder<Event>
{
    /// <summary>Starts from the defaults.</summary>
    public EventBuilder()
        : base("event")
    {
    }

    /// <summary>Starts from every member of <paramref name="from"/>.</summary>
    /// <param name="from">The event.</param>
    public EventBuilder(Event from)
        : base(from)
    {
    }

    public EventKind EventKind { get; init; } = EventKind.Summit;

    public string Title { get; init; } = "E";

    public TimeReference? When { get; init; }

    public ValueList<RecordId> ParticipantIds { get; init; } = ValueList.Empty<RecordId>();

    public RecordId? PlaceId { get; init; }

    public ValueList<RecordId> RelatedIds { get; init; } = ValueList.Empty<RecordId>();
}

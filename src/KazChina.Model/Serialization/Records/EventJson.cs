using System.Text.Json;
using static KazChina.Model.JsonMembers;

namespace KazChina.Model;

// The JSON of an Event, in one place: its members (in the contract's order), how the reader reads them and how the
// writer writes them. A member added to the record is added here, once for each direction.

/// <content>The members of an <see cref="Model.Event"/>.</content>
internal static partial class JsonMembers
{
    public enum Event { Id, EventKind, Title, When, ParticipantIds, PlaceId, RelatedIds, Evidence }
}

/// <content>Reads an <see cref="Model.Event"/>.</content>
internal sealed partial class EditionJsonReader
{
    private Event ReadEvent(ref Utf8JsonReader reader)
    {
        var @event = new ObjectReader<JsonMembers.Event>(this, ref reader);
        return @event.End(ref reader, new Event(
            Id(ref @event.At(ref reader, JsonMembers.Event.Id)),
            Enum<EventKind>(ref @event.At(ref reader, JsonMembers.Event.EventKind)),
            String(ref @event.At(ref reader, JsonMembers.Event.Title)),
            OrNull(ref @event.At(ref reader, JsonMembers.Event.When), Elements.TimeReference),
            List(ref @event.At(ref reader, JsonMembers.Event.ParticipantIds), Elements.Id),
            IdOrNull(ref @event.At(ref reader, JsonMembers.Event.PlaceId)),
            List(ref @event.At(ref reader, JsonMembers.Event.RelatedIds), Elements.Id),
            ReadEvidence(ref @event.At(ref reader, JsonMembers.Event.Evidence))));
    }
}

/// <content>Writes an <see cref="Model.Event"/>.</content>
internal static partial class EditionJsonWriter
{
    private static void WriteEvent(Utf8JsonWriter writer, Event @event)
    {
        StartRecord(writer, JsonMembers.Event.Id, @event);
        writer.WriteString(Name(JsonMembers.Event.EventKind), CamelCaseEnumJsonConverter<EventKind>.EncodedNameOf(@event.EventKind));
        writer.WriteString(Name(JsonMembers.Event.Title), @event.Title);
        WriteTime(writer, Name(JsonMembers.Event.When), @event.When);
        WriteIds(writer, Name(JsonMembers.Event.ParticipantIds), @event.ParticipantIds);
        WriteOptionalId(writer, Name(JsonMembers.Event.PlaceId), @event.PlaceId);
        WriteIds(writer, Name(JsonMembers.Event.RelatedIds), @event.RelatedIds);
        EndRecord(writer, JsonMembers.Event.Evidence, @event);
    }
}

using System.Text.Json;
using static KazChina.Model.JsonMembers;

namespace KazChina.Model;

// The JSON of a Quote, in one place: its members (in the contract's order), how the reader reads them and how the
// writer writes them. A member added to the record is added here, once for each direction.

/// <content>The members of a <see cref="Model.Quote"/>.</content>
internal static partial class JsonMembers
{
    public enum Quote { Id, QuoteKind, SpeakerId, Words, Evidence }
}

/// <content>Reads a <see cref="Model.Quote"/>.</content>
internal sealed partial class EditionJsonReader
{
    private Quote ReadQuote(ref Utf8JsonReader reader)
    {
        var quote = new ObjectReader<JsonMembers.Quote>(this, ref reader);
        return quote.End(ref reader, new Quote(
            Id(ref quote.At(ref reader, JsonMembers.Quote.Id)),
            Enum<QuoteKind>(ref quote.At(ref reader, JsonMembers.Quote.QuoteKind)),
            Id(ref quote.At(ref reader, JsonMembers.Quote.SpeakerId)),
            ReadTextSpan(ref quote.At(ref reader, JsonMembers.Quote.Words)),
            ReadEvidence(ref quote.At(ref reader, JsonMembers.Quote.Evidence))));
    }
}

/// <content>Writes a <see cref="Model.Quote"/>.</content>
internal static partial class EditionJsonWriter
{
    private static void WriteQuote(Utf8JsonWriter writer, Quote quote)
    {
        StartRecord(writer, JsonMembers.Quote.Id, quote);
        writer.WriteString(Name(JsonMembers.Quote.QuoteKind), CamelCaseEnumJsonConverter<QuoteKind>.EncodedNameOf(quote.QuoteKind));
        writer.WriteString(Name(JsonMembers.Quote.SpeakerId), quote.SpeakerId.Value);
        writer.WritePropertyName(Name(JsonMembers.Quote.Words));
        WriteSpan(writer, quote.Words);
        EndRecord(writer, JsonMembers.Quote.Evidence, quote);
    }
}

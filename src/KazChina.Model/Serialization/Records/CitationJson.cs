using System.Text.Json;
using static KazChina.Model.JsonMembers;

namespace KazChina.Model;

// The JSON of a Citation, in one place: its members (in the contract's order), how the reader reads them and how the
// writer writes them. A member added to the record is added here, once for each direction.

/// <content>The members of a <see cref="Model.Citation"/>.</content>
internal static partial class JsonMembers
{
    public enum Citation { Id, CitationKind, OutletId, OutletAsWritten, DateAsWritten, Date, Title, Evidence }
}

/// <content>Reads a <see cref="Model.Citation"/>.</content>
internal sealed partial class EditionJsonReader
{
    private Citation ReadCitation(ref Utf8JsonReader reader)
    {
        var citation = new ObjectReader<JsonMembers.Citation>(this, ref reader);
        return citation.End(ref reader, new Citation(
            Id(ref citation.At(ref reader, JsonMembers.Citation.Id)),
            Enum<CitationKind>(ref citation.At(ref reader, JsonMembers.Citation.CitationKind)),
            Id(ref citation.At(ref reader, JsonMembers.Citation.OutletId)),
            String(ref citation.At(ref reader, JsonMembers.Citation.OutletAsWritten)),
            StringOrNull(ref citation.At(ref reader, JsonMembers.Citation.DateAsWritten)),
            PartialDateOrNull(ref citation.At(ref reader, JsonMembers.Citation.Date)),
            StringOrNull(ref citation.At(ref reader, JsonMembers.Citation.Title)),
            ReadEvidence(ref citation.At(ref reader, JsonMembers.Citation.Evidence))));
    }
}

/// <content>Writes a <see cref="Model.Citation"/>.</content>
internal static partial class EditionJsonWriter
{
    private static void WriteCitation(Utf8JsonWriter writer, Citation citation)
    {
        StartRecord(writer, JsonMembers.Citation.Id, citation);
        writer.WriteString(Name(JsonMembers.Citation.CitationKind), CamelCaseEnumJsonConverter<CitationKind>.EncodedNameOf(citation.CitationKind));
        writer.WriteString(Name(JsonMembers.Citation.OutletId), citation.OutletId.Value);
        writer.WriteString(Name(JsonMembers.Citation.OutletAsWritten), citation.OutletAsWritten);
        writer.WriteString(Name(JsonMembers.Citation.DateAsWritten), citation.DateAsWritten);
        writer.WriteString(Name(JsonMembers.Citation.Date), citation.Date is { } date ? PartialDateJsonConverter.Format(date) : null);
        writer.WriteString(Name(JsonMembers.Citation.Title), citation.Title);
        EndRecord(writer, JsonMembers.Citation.Evidence, citation);
    }
}

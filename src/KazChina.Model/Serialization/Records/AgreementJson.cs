using System.Text.Json;
using static KazChina.Model.JsonMembers;

namespace KazChina.Model;

// The JSON of an Agreement, in one place: its members (in the contract's order), how the reader reads them and how the
// writer writes them. A member added to the record is added here, once for each direction.

/// <content>The members of an <see cref="Model.Agreement"/>.</content>
internal static partial class JsonMembers
{
    public enum Agreement { Id, Title, NamesAsWritten, AgreementKind, PartyIds, When, Status, RelatedIds, Evidence }
}

/// <content>Reads an <see cref="Model.Agreement"/>.</content>
internal sealed partial class EditionJsonReader
{
    private Agreement ReadAgreement(ref Utf8JsonReader reader)
    {
        var agreement = new ObjectReader<JsonMembers.Agreement>(this, ref reader);
        return agreement.End(ref reader, new Agreement(
            Id(ref agreement.At(ref reader, JsonMembers.Agreement.Id)),
            String(ref agreement.At(ref reader, JsonMembers.Agreement.Title)),
            List(ref agreement.At(ref reader, JsonMembers.Agreement.NamesAsWritten), Elements.String),
            Enum<AgreementKind>(ref agreement.At(ref reader, JsonMembers.Agreement.AgreementKind)),
            List(ref agreement.At(ref reader, JsonMembers.Agreement.PartyIds), Elements.Id),
            OrNull(ref agreement.At(ref reader, JsonMembers.Agreement.When), Elements.TimeReference),
            Enum<AgreementStatus>(ref agreement.At(ref reader, JsonMembers.Agreement.Status)),
            List(ref agreement.At(ref reader, JsonMembers.Agreement.RelatedIds), Elements.Id),
            ReadEvidence(ref agreement.At(ref reader, JsonMembers.Agreement.Evidence))));
    }
}

/// <content>Writes an <see cref="Model.Agreement"/>.</content>
internal static partial class EditionJsonWriter
{
    private static void WriteAgreement(Utf8JsonWriter writer, Agreement agreement)
    {
        StartRecord(writer, JsonMembers.Agreement.Id, agreement);
        writer.WriteString(Name(JsonMembers.Agreement.Title), agreement.Title);
        WriteTexts(writer, Name(JsonMembers.Agreement.NamesAsWritten), agreement.NamesAsWritten);
        writer.WriteString(Name(JsonMembers.Agreement.AgreementKind), CamelCaseEnumJsonConverter<AgreementKind>.EncodedNameOf(agreement.AgreementKind));
        WriteIds(writer, Name(JsonMembers.Agreement.PartyIds), agreement.PartyIds);
        WriteTime(writer, Name(JsonMembers.Agreement.When), agreement.When);
        writer.WriteString(Name(JsonMembers.Agreement.Status), CamelCaseEnumJsonConverter<AgreementStatus>.EncodedNameOf(agreement.Status));
        WriteIds(writer, Name(JsonMembers.Agreement.RelatedIds), agreement.RelatedIds);
        EndRecord(writer, JsonMembers.Agreement.Evidence, agreement);
    }
}

using System.Text.Json;
using static KazChina.Model.JsonMembers;

namespace KazChina.Model;

// The JSON of a Provision, in one place: its members (in the contract's order), how the reader reads them and how the
// writer writes them. A member added to the record is added here, once for each direction.

/// <content>The members of a <see cref="Model.Provision"/>.</content>
internal static partial class JsonMembers
{
    public enum Provision { Id, AgreementId, ProvisionKind, ProposedById, ActorIds, Statement, SubjectIds, Evidence }
}

/// <content>Reads a <see cref="Model.Provision"/>.</content>
internal sealed partial class EditionJsonReader
{
    private Provision ReadProvision(ref Utf8JsonReader reader)
    {
        var provision = new ObjectReader<JsonMembers.Provision>(this, ref reader);
        return provision.End(ref reader, new Provision(
            Id(ref provision.At(ref reader, JsonMembers.Provision.Id)),
            Id(ref provision.At(ref reader, JsonMembers.Provision.AgreementId)),
            Enum<ProvisionKind>(ref provision.At(ref reader, JsonMembers.Provision.ProvisionKind)),
            IdOrNull(ref provision.At(ref reader, JsonMembers.Provision.ProposedById)),
            List(ref provision.At(ref reader, JsonMembers.Provision.ActorIds), Elements.Id),
            String(ref provision.At(ref reader, JsonMembers.Provision.Statement)),
            List(ref provision.At(ref reader, JsonMembers.Provision.SubjectIds), Elements.Id),
            ReadEvidence(ref provision.At(ref reader, JsonMembers.Provision.Evidence))));
    }
}

/// <content>Writes a <see cref="Model.Provision"/>.</content>
internal static partial class EditionJsonWriter
{
    private static void WriteProvision(Utf8JsonWriter writer, Provision provision)
    {
        StartRecord(writer, JsonMembers.Provision.Id, provision);
        writer.WriteString(Name(JsonMembers.Provision.AgreementId), provision.AgreementId.Value);
        writer.WriteString(Name(JsonMembers.Provision.ProvisionKind), CamelCaseEnumJsonConverter<ProvisionKind>.EncodedNameOf(provision.ProvisionKind));
        WriteOptionalId(writer, Name(JsonMembers.Provision.ProposedById), provision.ProposedById);
        WriteIds(writer, Name(JsonMembers.Provision.ActorIds), provision.ActorIds);
        writer.WriteString(Name(JsonMembers.Provision.Statement), provision.Statement);
        WriteIds(writer, Name(JsonMembers.Provision.SubjectIds), provision.SubjectIds);
        EndRecord(writer, JsonMembers.Provision.Evidence, provision);
    }
}

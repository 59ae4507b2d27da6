using System.Text.Json;
using static KazChina.Model.JsonMembers;

namespace KazChina.Model;

// The JSON of an Organization, in one place: its members (in the contract's order), how the reader reads them and how the
// writer writes them. A member added to the record is added here, once for each direction.

/// <content>The members of an <see cref="Model.Organization"/>.</content>
internal static partial class JsonMembers
{
    public enum Organization { Id, Name, NameAsWritten, OtherFormsAsWritten, OrganizationKind, CountryId, Description, Website, Evidence }
}

/// <content>Reads an <see cref="Model.Organization"/>.</content>
internal sealed partial class EditionJsonReader
{
    private Organization ReadOrganization(ref Utf8JsonReader reader)
    {
        var organization = new ObjectReader<JsonMembers.Organization>(this, ref reader);
        return organization.End(ref reader, new Organization(
            Id(ref organization.At(ref reader, JsonMembers.Organization.Id)),
            String(ref organization.At(ref reader, JsonMembers.Organization.Name)),
            String(ref organization.At(ref reader, JsonMembers.Organization.NameAsWritten)),
            List(ref organization.At(ref reader, JsonMembers.Organization.OtherFormsAsWritten), Elements.NameForm),
            Enum<OrganizationKind>(ref organization.At(ref reader, JsonMembers.Organization.OrganizationKind)),
            IdOrNull(ref organization.At(ref reader, JsonMembers.Organization.CountryId)),
            StringOrNull(ref organization.At(ref reader, JsonMembers.Organization.Description)),
            StringOrNull(ref organization.At(ref reader, JsonMembers.Organization.Website)),
            ReadEvidence(ref organization.At(ref reader, JsonMembers.Organization.Evidence))));
    }
}

/// <content>Writes an <see cref="Model.Organization"/>.</content>
internal static partial class EditionJsonWriter
{
    private static void WriteOrganization(Utf8JsonWriter writer, Organization organization)
    {
        StartRecord(writer, JsonMembers.Organization.Id, organization);
        writer.WriteString(Name(JsonMembers.Organization.Name), organization.Name);
        writer.WriteString(Name(JsonMembers.Organization.NameAsWritten), organization.NameAsWritten);
        WriteNameForms(writer, Name(JsonMembers.Organization.OtherFormsAsWritten), organization.OtherFormsAsWritten);
        writer.WriteString(Name(JsonMembers.Organization.OrganizationKind), CamelCaseEnumJsonConverter<OrganizationKind>.EncodedNameOf(organization.OrganizationKind));
        WriteOptionalId(writer, Name(JsonMembers.Organization.CountryId), organization.CountryId);
        writer.WriteString(Name(JsonMembers.Organization.Description), organization.Description);
        writer.WriteString(Name(JsonMembers.Organization.Website), organization.Website);
        EndRecord(writer, JsonMembers.Organization.Evidence, organization);
    }
}

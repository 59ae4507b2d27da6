using System.Text.Json;
using static KazChina.Model.JsonMembers;

namespace KazChina.Model;

// The JSON of an InfrastructureProject, in one place: its members (in the contract's order), how the reader reads them and how the
// writer writes them. A member added to the record is added here, once for each direction.

/// <content>The members of an <see cref="Model.InfrastructureProject"/>.</content>
internal static partial class JsonMembers
{
    public enum InfrastructureProject { Id, Name, NameAsWritten, ProjectKind, CountryIds, PlaceIds, Phase, Status, Areas, Cost, FinancingIds, When, RelatedIds, Evidence }

    public enum ProjectArea { CountryId, Area }
}

/// <content>Reads an <see cref="Model.InfrastructureProject"/>.</content>
internal sealed partial class EditionJsonReader
{
    private InfrastructureProject ReadProject(ref Utf8JsonReader reader)
    {
        var project = new ObjectReader<JsonMembers.InfrastructureProject>(this, ref reader);
        return project.End(ref reader, new InfrastructureProject(
            Id(ref project.At(ref reader, JsonMembers.InfrastructureProject.Id)),
            String(ref project.At(ref reader, JsonMembers.InfrastructureProject.Name)),
            String(ref project.At(ref reader, JsonMembers.InfrastructureProject.NameAsWritten)),
            Enum<ProjectKind>(ref project.At(ref reader, JsonMembers.InfrastructureProject.ProjectKind)),
            List(ref project.At(ref reader, JsonMembers.InfrastructureProject.CountryIds), Elements.Id),
            List(ref project.At(ref reader, JsonMembers.InfrastructureProject.PlaceIds), Elements.Id),
            StringOrNull(ref project.At(ref reader, JsonMembers.InfrastructureProject.Phase)),
            Enum<ProjectStatus>(ref project.At(ref reader, JsonMembers.InfrastructureProject.Status)),
            List(ref project.At(ref reader, JsonMembers.InfrastructureProject.Areas), Elements.ProjectArea),
            OrNull(ref project.At(ref reader, JsonMembers.InfrastructureProject.Cost), Elements.StatedAmount),
            List(ref project.At(ref reader, JsonMembers.InfrastructureProject.FinancingIds), Elements.Id),
            OrNull(ref project.At(ref reader, JsonMembers.InfrastructureProject.When), Elements.TimeReference),
            List(ref project.At(ref reader, JsonMembers.InfrastructureProject.RelatedIds), Elements.Id),
            ReadEvidence(ref project.At(ref reader, JsonMembers.InfrastructureProject.Evidence))));
    }

    private ProjectArea ReadProjectArea(ref Utf8JsonReader reader)
    {
        var area = new ObjectReader<JsonMembers.ProjectArea>(this, ref reader);
        return area.End(ref reader, new ProjectArea(
            Id(ref area.At(ref reader, JsonMembers.ProjectArea.CountryId)),
            ReadQuantity(ref area.At(ref reader, JsonMembers.ProjectArea.Area))));
    }
}

/// <content>Writes an <see cref="Model.InfrastructureProject"/>.</content>
internal static partial class EditionJsonWriter
{
    private static void WriteProject(Utf8JsonWriter writer, InfrastructureProject project)
    {
        StartRecord(writer, JsonMembers.InfrastructureProject.Id, project);
        writer.WriteString(Name(JsonMembers.InfrastructureProject.Name), project.Name);
        writer.WriteString(Name(JsonMembers.InfrastructureProject.NameAsWritten), project.NameAsWritten);
        writer.WriteString(Name(JsonMembers.InfrastructureProject.ProjectKind), CamelCaseEnumJsonConverter<ProjectKind>.EncodedNameOf(project.ProjectKind));
        WriteIds(writer, Name(JsonMembers.InfrastructureProject.CountryIds), project.CountryIds);
        WriteIds(writer, Name(JsonMembers.InfrastructureProject.PlaceIds), project.PlaceIds);
        writer.WriteString(Name(JsonMembers.InfrastructureProject.Phase), project.Phase);
        writer.WriteString(Name(JsonMembers.InfrastructureProject.Status), CamelCaseEnumJsonConverter<ProjectStatus>.EncodedNameOf(project.Status));
        writer.WritePropertyName(Name(JsonMembers.InfrastructureProject.Areas));
        writer.WriteStartArray();
        foreach (ProjectArea area in project.Areas)
        {
            WriteProjectArea(writer, area);
        }

        writer.WriteEndArray();
        WriteStatedAmount(writer, Name(JsonMembers.InfrastructureProject.Cost), project.Cost);
        WriteIds(writer, Name(JsonMembers.InfrastructureProject.FinancingIds), project.FinancingIds);
        WriteTime(writer, Name(JsonMembers.InfrastructureProject.When), project.When);
        WriteIds(writer, Name(JsonMembers.InfrastructureProject.RelatedIds), project.RelatedIds);
        EndRecord(writer, JsonMembers.InfrastructureProject.Evidence, project);
    }

    private static void WriteProjectArea(Utf8JsonWriter writer, ProjectArea area)
    {
        writer.WriteStartObject();
        writer.WriteString(Name(JsonMembers.ProjectArea.CountryId), area.CountryId.Value);
        writer.WritePropertyName(Name(JsonMembers.ProjectArea.Area));
        WriteQuantity(writer, area.Area);
        writer.WriteEndObject();
    }
}

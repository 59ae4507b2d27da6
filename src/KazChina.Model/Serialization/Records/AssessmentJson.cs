using System.Text.Json;
using static KazChina.Model.JsonMembers;

namespace KazChina.Model;

// The JSON of an Assessment, in one place: its members (in the contract's order), how the reader reads them and how the
// writer writes them. A member added to the record is added here, once for each direction.

/// <content>The members of an <see cref="Model.Assessment"/>.</content>
internal static partial class JsonMembers
{
    public enum Assessment { Id, Source, HolderId, AssessmentKind, Statement, SubjectIds, Evidence }
}

/// <content>Reads an <see cref="Model.Assessment"/>.</content>
internal sealed partial class EditionJsonReader
{
    private Assessment ReadAssessment(ref Utf8JsonReader reader)
    {
        var assessment = new ObjectReader<JsonMembers.Assessment>(this, ref reader);
        return assessment.End(ref reader, new Assessment(
            Id(ref assessment.At(ref reader, JsonMembers.Assessment.Id)),
            Enum<AssessmentSource>(ref assessment.At(ref reader, JsonMembers.Assessment.Source)),
            IdOrNull(ref assessment.At(ref reader, JsonMembers.Assessment.HolderId)),
            Enum<AssessmentKind>(ref assessment.At(ref reader, JsonMembers.Assessment.AssessmentKind)),
            String(ref assessment.At(ref reader, JsonMembers.Assessment.Statement)),
            List(ref assessment.At(ref reader, JsonMembers.Assessment.SubjectIds), Elements.Id),
            ReadEvidence(ref assessment.At(ref reader, JsonMembers.Assessment.Evidence))));
    }
}

/// <content>Writes an <see cref="Model.Assessment"/>.</content>
internal static partial class EditionJsonWriter
{
    private static void WriteAssessment(Utf8JsonWriter writer, Assessment assessment)
    {
        StartRecord(writer, JsonMembers.Assessment.Id, assessment);
        writer.WriteString(Name(JsonMembers.Assessment.Source), CamelCaseEnumJsonConverter<AssessmentSource>.EncodedNameOf(assessment.Source));
        WriteOptionalId(writer, Name(JsonMembers.Assessment.HolderId), assessment.HolderId);
        writer.WriteString(Name(JsonMembers.Assessment.AssessmentKind), CamelCaseEnumJsonConverter<AssessmentKind>.EncodedNameOf(assessment.AssessmentKind));
        writer.WriteString(Name(JsonMembers.Assessment.Statement), assessment.Statement);
        WriteIds(writer, Name(JsonMembers.Assessment.SubjectIds), assessment.SubjectIds);
        EndRecord(writer, JsonMembers.Assessment.Evidence, assessment);
    }
}

using System.Text.Json;
using static KazChina.Model.JsonMembers;

namespace KazChina.Model;

// The JSON of a Person, in one place: its members (in the contract's order), how the reader reads them and how the
// writer writes them. A member added to the record is added here, once for each direction.

/// <content>The members of a <see cref="Model.Person"/>.</content>
internal static partial class JsonMembers
{
    public enum Person { Id, Name, NameAsWritten, OtherFormsAsWritten, Role, CountryId, Evidence }
}

/// <content>Reads a <see cref="Model.Person"/>.</content>
internal sealed partial class EditionJsonReader
{
    private Person ReadPerson(ref Utf8JsonReader reader)
    {
        var person = new ObjectReader<JsonMembers.Person>(this, ref reader);
        return person.End(ref reader, new Person(
            Id(ref person.At(ref reader, JsonMembers.Person.Id)),
            String(ref person.At(ref reader, JsonMembers.Person.Name)),
            String(ref person.At(ref reader, JsonMembers.Person.NameAsWritten)),
            List(ref person.At(ref reader, JsonMembers.Person.OtherFormsAsWritten), Elements.NameForm),
            String(ref person.At(ref reader, JsonMembers.Person.Role)),
            Id(ref person.At(ref reader, JsonMembers.Person.CountryId)),
            ReadEvidence(ref person.At(ref reader, JsonMembers.Person.Evidence))));
    }
}

/// <content>Writes a <see cref="Model.Person"/>.</content>
internal static partial class EditionJsonWriter
{
    private static void WritePerson(Utf8JsonWriter writer, Person person)
    {
        StartRecord(writer, JsonMembers.Person.Id, person);
        writer.WriteString(Name(JsonMembers.Person.Name), person.Name);
        writer.WriteString(Name(JsonMembers.Person.NameAsWritten), person.NameAsWritten);
        WriteNameForms(writer, Name(JsonMembers.Person.OtherFormsAsWritten), person.OtherFormsAsWritten);
        writer.WriteString(Name(JsonMembers.Person.Role), person.Role);
        writer.WriteString(Name(JsonMembers.Person.CountryId), person.CountryId.Value);
        EndRecord(writer, JsonMembers.Person.Evidence, person);
    }
}

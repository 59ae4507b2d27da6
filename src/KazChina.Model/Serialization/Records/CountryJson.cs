using System.Text.Json;
using static KazChina.Model.JsonMembers;

namespace KazChina.Model;

// The JSON of a Country, in one place: its members (in the contract's order), how the reader reads them and how the
// writer writes them. A member added to the record is added here, once for each direction.

/// <content>The members of a <see cref="Model.Country"/>.</content>
internal static partial class JsonMembers
{
    public enum Country { Id, Name, Alpha2, Alpha3, FormsAsWritten, Evidence }
}

/// <content>Reads a <see cref="Model.Country"/>.</content>
internal sealed partial class EditionJsonReader
{
    private Country ReadCountry(ref Utf8JsonReader reader)
    {
        var country = new ObjectReader<JsonMembers.Country>(this, ref reader);
        return country.End(ref reader, new Country(
            Id(ref country.At(ref reader, JsonMembers.Country.Id)),
            String(ref country.At(ref reader, JsonMembers.Country.Name)),
            String(ref country.At(ref reader, JsonMembers.Country.Alpha2)),
            String(ref country.At(ref reader, JsonMembers.Country.Alpha3)),
            List(ref country.At(ref reader, JsonMembers.Country.FormsAsWritten), Elements.NameForm),
            ReadEvidence(ref country.At(ref reader, JsonMembers.Country.Evidence))));
    }
}

/// <content>Writes a <see cref="Model.Country"/>.</content>
internal static partial class EditionJsonWriter
{
    private static void WriteCountry(Utf8JsonWriter writer, Country country)
    {
        StartRecord(writer, JsonMembers.Country.Id, country);
        writer.WriteString(Name(JsonMembers.Country.Name), country.Name);
        writer.WriteString(Name(JsonMembers.Country.Alpha2), country.Alpha2);
        writer.WriteString(Name(JsonMembers.Country.Alpha3), country.Alpha3);
        WriteNameForms(writer, Name(JsonMembers.Country.FormsAsWritten), country.FormsAsWritten);
        EndRecord(writer, JsonMembers.Country.Evidence, country);
    }
}

using System.Text.Json;
using static KazChina.Model.JsonMembers;

namespace KazChina.Model;

// The JSON of a Loan, in one place: its members (in the contract's order), how the reader reads them and how the
// writer writes them. A member added to the record is added here, once for each direction.

/// <content>The members of a <see cref="Model.Loan"/>.</content>
internal static partial class JsonMembers
{
    public enum Loan { Id, LenderId, BorrowerId, Amount, Purpose, ProjectId, When, Evidence }
}

/// <content>Reads a <see cref="Model.Loan"/>.</content>
internal sealed partial class EditionJsonReader
{
    private Loan ReadLoan(ref Utf8JsonReader reader)
    {
        var loan = new ObjectReader<JsonMembers.Loan>(this, ref reader);
        return loan.End(ref reader, new Loan(
            Id(ref loan.At(ref reader, JsonMembers.Loan.Id)),
            Id(ref loan.At(ref reader, JsonMembers.Loan.LenderId)),
            Id(ref loan.At(ref reader, JsonMembers.Loan.BorrowerId)),
            ReadStatedAmount(ref loan.At(ref reader, JsonMembers.Loan.Amount)),
            String(ref loan.At(ref reader, JsonMembers.Loan.Purpose)),
            IdOrNull(ref loan.At(ref reader, JsonMembers.Loan.ProjectId)),
            OrNull(ref loan.At(ref reader, JsonMembers.Loan.When), Elements.TimeReference),
            ReadEvidence(ref loan.At(ref reader, JsonMembers.Loan.Evidence))));
    }
}

/// <content>Writes a <see cref="Model.Loan"/>.</content>
internal static partial class EditionJsonWriter
{
    private static void WriteLoan(Utf8JsonWriter writer, Loan loan)
    {
        StartRecord(writer, JsonMembers.Loan.Id, loan);
        writer.WriteString(Name(JsonMembers.Loan.LenderId), loan.LenderId.Value);
        writer.WriteString(Name(JsonMembers.Loan.BorrowerId), loan.BorrowerId.Value);
        WriteStatedAmount(writer, Name(JsonMembers.Loan.Amount), loan.Amount);
        writer.WriteString(Name(JsonMembers.Loan.Purpose), loan.Purpose);
        WriteOptionalId(writer, Name(JsonMembers.Loan.ProjectId), loan.ProjectId);
        WriteTime(writer, Name(JsonMembers.Loan.When), loan.When);
        EndRecord(writer, JsonMembers.Loan.Evidence, loan);
    }
}

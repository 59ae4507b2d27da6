using System.Text.Json;
using static KazChina.Model.JsonMembers;

namespace KazChina.Model;

// The JSON of a CurrencySwap, in one place: its members (in the contract's order), how the reader reads them and how the
// writer writes them. A member added to the record is added here, once for each direction.

/// <content>The members of a <see cref="Model.CurrencySwap"/>.</content>
internal static partial class JsonMembers
{
    public enum CurrencySwap { Id, PartyIds, Amount, AgreementId, When, Evidence }
}

/// <content>Reads a <see cref="Model.CurrencySwap"/>.</content>
internal sealed partial class EditionJsonReader
{
    private CurrencySwap ReadCurrencySwap(ref Utf8JsonReader reader)
    {
        var swap = new ObjectReader<JsonMembers.CurrencySwap>(this, ref reader);
        return swap.End(ref reader, new CurrencySwap(
            Id(ref swap.At(ref reader, JsonMembers.CurrencySwap.Id)),
            List(ref swap.At(ref reader, JsonMembers.CurrencySwap.PartyIds), Elements.Id),
            ReadStatedAmount(ref swap.At(ref reader, JsonMembers.CurrencySwap.Amount)),
            IdOrNull(ref swap.At(ref reader, JsonMembers.CurrencySwap.AgreementId)),
            OrNull(ref swap.At(ref reader, JsonMembers.CurrencySwap.When), Elements.TimeReference),
            ReadEvidence(ref swap.At(ref reader, JsonMembers.CurrencySwap.Evidence))));
    }
}

/// <content>Writes a <see cref="Model.CurrencySwap"/>.</content>
internal static partial class EditionJsonWriter
{
    private static void WriteCurrencySwap(Utf8JsonWriter writer, CurrencySwap swap)
    {
        StartRecord(writer, JsonMembers.CurrencySwap.Id, swap);
        WriteIds(writer, Name(JsonMembers.CurrencySwap.PartyIds), swap.PartyIds);
        WriteStatedAmount(writer, Name(JsonMembers.CurrencySwap.Amount), swap.Amount);
        WriteOptionalId(writer, Name(JsonMembers.CurrencySwap.AgreementId), swap.AgreementId);
        WriteTime(writer, Name(JsonMembers.CurrencySwap.When), swap.When);
        EndRecord(writer, JsonMembers.CurrencySwap.Evidence, swap);
    }
}

using System.Text.Json;
using static KazChina.Model.JsonMembers;

namespace KazChina.Model;

// The JSON of a TradeFigure, in one place: its members (in the contract's order), how the reader reads them and how the
// writer writes them. A member added to the record is added here, once for each direction.

/// <content>The members of a <see cref="Model.TradeFigure"/>.</content>
internal static partial class JsonMembers
{
    public enum TradeFigure { Id, StatedById, CountryId, PartnerId, Period, Measure, Basis, Amount, Quantity, Commodity, Evidence }
}

/// <content>Reads a <see cref="Model.TradeFigure"/>.</content>
internal sealed partial class EditionJsonReader
{
    private TradeFigure ReadTradeFigure(ref Utf8JsonReader reader)
    {
        var figure = new ObjectReader<JsonMembers.TradeFigure>(this, ref reader);
        return figure.End(ref reader, new TradeFigure(
            Id(ref figure.At(ref reader, JsonMembers.TradeFigure.Id)),
            IdOrNull(ref figure.At(ref reader, JsonMembers.TradeFigure.StatedById)),
            Id(ref figure.At(ref reader, JsonMembers.TradeFigure.CountryId)),
            Id(ref figure.At(ref reader, JsonMembers.TradeFigure.PartnerId)),
            OrNull(ref figure.At(ref reader, JsonMembers.TradeFigure.Period), Elements.TimeReference),
            Enum<TradeMeasure>(ref figure.At(ref reader, JsonMembers.TradeFigure.Measure)),
            Enum<FigureBasis>(ref figure.At(ref reader, JsonMembers.TradeFigure.Basis)),
            OrNull(ref figure.At(ref reader, JsonMembers.TradeFigure.Amount), Elements.StatedAmount),
            OrNull(ref figure.At(ref reader, JsonMembers.TradeFigure.Quantity), Elements.Quantity),
            StringOrNull(ref figure.At(ref reader, JsonMembers.TradeFigure.Commodity)),
            ReadEvidence(ref figure.At(ref reader, JsonMembers.TradeFigure.Evidence))));
    }
}

/// <content>Writes a <see cref="Model.TradeFigure"/>.</content>
internal static partial class EditionJsonWriter
{
    private static void WriteTradeFigure(Utf8JsonWriter writer, TradeFigure figure)
    {
        StartRecord(writer, JsonMembers.TradeFigure.Id, figure);
        WriteOptionalId(writer, Name(JsonMembers.TradeFigure.StatedById), figure.StatedById);
        writer.WriteString(Name(JsonMembers.TradeFigure.CountryId), figure.CountryId.Value);
        writer.WriteString(Name(JsonMembers.TradeFigure.PartnerId), figure.PartnerId.Value);
        WriteTime(writer, Name(JsonMembers.TradeFigure.Period), figure.Period);
        writer.WriteString(Name(JsonMembers.TradeFigure.Measure), CamelCaseEnumJsonConverter<TradeMeasure>.EncodedNameOf(figure.Measure));
        writer.WriteString(Name(JsonMembers.TradeFigure.Basis), CamelCaseEnumJsonConverter<FigureBasis>.EncodedNameOf(figure.Basis));
        WriteStatedAmount(writer, Name(JsonMembers.TradeFigure.Amount), figure.Amount);
        if (figure.Quantity is { } quantity)
        {
            writer.WritePropertyName(Name(JsonMembers.TradeFigure.Quantity));
            WriteQuantity(writer, quantity);
        }
        else
        {
            writer.WriteNull(Name(JsonMembers.TradeFigure.Quantity));
        }

        writer.WriteString(Name(JsonMembers.TradeFigure.Commodity), figure.Commodity);
        EndRecord(writer, JsonMembers.TradeFigure.Evidence, figure);
    }
}

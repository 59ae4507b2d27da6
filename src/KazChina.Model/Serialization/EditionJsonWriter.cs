using System;
using System.Text.Json;
using static KazChina.Model.JsonMembers;

namespace KazChina.Model;

/// <summary>
/// Writes a whole <see cref="KazChinaEdition"/> member by member, byte for byte what its source-generated contract
/// writes, in under half the time: System.Text.Json's generated code for the contract hands every list, id, enum
/// and date to a converter through the serializer's machinery, where this writes straight to the
/// <see cref="Utf8JsonWriter"/> (benchmarks/README.md has the numbers). Member names come from
/// <see cref="JsonMembers"/>, which the reader shares (a record kind's write method, member enum and read method
/// share one file under <c>Serialization/Records/</c>); the formatting of values is the converters' own
/// (<see cref="CamelCaseEnumJsonConverter{TEnum}.EncodedNameOf"/>, <see cref="PartialDateJsonConverter.Format"/>,
/// <see cref="LocalDateJsonConverter.Format"/>, <see cref="RecordId.Value"/>). The tests compare the bytes with the
/// contract's for compact and indented writers, so any member added to the model and not here fails them.
/// </summary>
internal static partial class EditionJsonWriter
{
    /// <summary>
    /// Writes <paramref name="edition"/> as one JSON object and flushes <paramref name="writer"/>, as
    /// <see cref="JsonSerializer.Serialize{TValue}(Utf8JsonWriter, TValue, System.Text.Json.Serialization.Metadata.JsonTypeInfo{TValue})"/> does.
    /// </summary>
    /// <param name="writer">The writer; its options decide indentation, new lines and escaping.</param>
    /// <param name="edition">The edition.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="edition"/> is null.</exception>
    public static void Write(Utf8JsonWriter writer, KazChinaEdition edition)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(edition);
        writer.WriteStartObject();
        writer.WriteNumber(Name(JsonMembers.KazChinaEdition.SchemaVersion), KazChinaJson.SchemaVersion);
        writer.WriteString(Name(JsonMembers.KazChinaEdition.DataVersion), edition.DataVersion);
        writer.WritePropertyName(Name(JsonMembers.KazChinaEdition.Article));
        WriteArticle(writer, edition.Article);
        WriteList(writer, Name(JsonMembers.KazChinaEdition.Countries), edition.Countries, WriteCountry);
        WriteList(writer, Name(JsonMembers.KazChinaEdition.People), edition.People, WritePerson);
        WriteList(writer, Name(JsonMembers.KazChinaEdition.Organizations), edition.Organizations, WriteOrganization);
        WriteList(writer, Name(JsonMembers.KazChinaEdition.Places), edition.Places, WritePlace);
        WriteList(writer, Name(JsonMembers.KazChinaEdition.Citations), edition.Citations, WriteCitation);
        WriteList(writer, Name(JsonMembers.KazChinaEdition.Quotes), edition.Quotes, WriteQuote);
        WriteList(writer, Name(JsonMembers.KazChinaEdition.EditorialNotes), edition.EditorialNotes, WriteEditorialNote);
        WriteList(writer, Name(JsonMembers.KazChinaEdition.Agreements), edition.Agreements, WriteAgreement);
        WriteList(writer, Name(JsonMembers.KazChinaEdition.Provisions), edition.Provisions, WriteProvision);
        WriteList(writer, Name(JsonMembers.KazChinaEdition.Events), edition.Events, WriteEvent);
        WriteList(writer, Name(JsonMembers.KazChinaEdition.TradeFigures), edition.TradeFigures, WriteTradeFigure);
        WriteList(writer, Name(JsonMembers.KazChinaEdition.Loans), edition.Loans, WriteLoan);
        WriteList(writer, Name(JsonMembers.KazChinaEdition.CurrencySwaps), edition.CurrencySwaps, WriteCurrencySwap);
        WriteList(writer, Name(JsonMembers.KazChinaEdition.Projects), edition.Projects, WriteProject);
        WriteList(writer, Name(JsonMembers.KazChinaEdition.Assessments), edition.Assessments, WriteAssessment);
        writer.WriteEndObject();
        writer.Flush();
    }

    /// <summary>Opens a record's object with its id, which the contract orders before the kind's own members.</summary>
    private static void StartRecord<TMember>(Utf8JsonWriter writer, TMember id, EditionRecord record)
        where TMember : struct, Enum
    {
        writer.WriteStartObject();
        writer.WriteString(Name(id), record.Id.Value);
    }

    /// <summary>Closes a record's object with its evidence, which the contract orders after the kind's own members.</summary>
    private static void EndRecord<TMember>(Utf8JsonWriter writer, TMember evidenceMember, EditionRecord record)
        where TMember : struct, Enum
    {
        Evidence evidence = record.Evidence;
        writer.WritePropertyName(Name(evidenceMember));
        writer.WriteStartObject();
        writer.WritePropertyName(Name(JsonMembers.Evidence.Spans));
        writer.WriteStartArray();
        foreach (TextSpan span in evidence.Spans)
        {
            WriteSpan(writer, span);
        }

        writer.WriteEndArray();
        WriteIds(writer, Name(JsonMembers.Evidence.CitationIds), evidence.CitationIds);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteList<T>(Utf8JsonWriter writer, JsonEncodedText name, ValueList<T> records, Action<Utf8JsonWriter, T> writeRecord)
    {
        writer.WritePropertyName(name);
        writer.WriteStartArray();
        foreach (T record in records)
        {
            writeRecord(writer, record);
        }

        writer.WriteEndArray();
    }

    private static void WriteIds(Utf8JsonWriter writer, JsonEncodedText name, ValueList<RecordId> ids)
    {
        writer.WritePropertyName(name);
        writer.WriteStartArray();
        foreach (RecordId id in ids)
        {
            writer.WriteStringValue(id.Value);
        }

        writer.WriteEndArray();
    }

    private static void WriteTexts(Utf8JsonWriter writer, JsonEncodedText name, ValueList<string> texts)
    {
        writer.WritePropertyName(name);
        writer.WriteStartArray();
        foreach (string text in texts)
        {
            writer.WriteStringValue(text);
        }

        writer.WriteEndArray();
    }

    private static void WriteNameForms(Utf8JsonWriter writer, JsonEncodedText name, ValueList<NameForm> forms)
    {
        writer.WritePropertyName(name);
        writer.WriteStartArray();
        foreach (NameForm form in forms)
        {
            writer.WriteStartObject();
            writer.WriteString(Name(JsonMembers.NameForm.Form), form.Form);
            writer.WriteString(Name(JsonMembers.NameForm.FormKind), CamelCaseEnumJsonConverter<NameFormKind>.EncodedNameOf(form.FormKind));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteOptionalId(Utf8JsonWriter writer, JsonEncodedText name, RecordId? id)
    {
        if (id is { } value)
        {
            writer.WriteString(name, value.Value);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteTime(Utf8JsonWriter writer, JsonEncodedText name, TimeReference? time)
    {
        if (time is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WritePropertyName(name);
        writer.WriteStartObject();
        writer.WriteString(Name(JsonMembers.TimeReference.Relation), CamelCaseEnumJsonConverter<TimeRelation>.EncodedNameOf(time.Relation));
        writer.WriteString(Name(JsonMembers.TimeReference.Date), PartialDateJsonConverter.Format(time.Date));
        writer.WriteEndObject();
    }

    private static void WriteStatedAmount(Utf8JsonWriter writer, JsonEncodedText name, StatedAmount? amount)
    {
        if (amount is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WritePropertyName(name);
        writer.WriteStartObject();
        WriteMoney(writer, Name(JsonMembers.StatedAmount.Value), amount.Value);
        writer.WriteString(Name(JsonMembers.StatedAmount.Bound), CamelCaseEnumJsonConverter<Bound>.EncodedNameOf(amount.Bound));
        writer.WriteString(Name(JsonMembers.StatedAmount.AsWritten), amount.AsWritten);
        WriteMoney(writer, Name(JsonMembers.StatedAmount.AlsoStatedAs), amount.AlsoStatedAs);
        writer.WriteEndObject();
    }

    private static void WriteMoney(Utf8JsonWriter writer, JsonEncodedText name, Money? money)
    {
        if (money is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WritePropertyName(name);
        writer.WriteStartObject();
        writer.WriteNumber(Name(JsonMembers.Money.Amount), money.Amount);
        writer.WriteString(Name(JsonMembers.Money.Currency), money.Currency);
        writer.WriteEndObject();
    }

    private static void WriteQuantity(Utf8JsonWriter writer, Quantity quantity)
    {
        writer.WriteStartObject();
        writer.WriteNumber(Name(JsonMembers.Quantity.Value), quantity.Value);
        writer.WriteString(Name(JsonMembers.Quantity.Unit), CamelCaseEnumJsonConverter<QuantityUnit>.EncodedNameOf(quantity.Unit));
        writer.WriteString(Name(JsonMembers.Quantity.Bound), CamelCaseEnumJsonConverter<Bound>.EncodedNameOf(quantity.Bound));
        writer.WriteString(Name(JsonMembers.Quantity.AsWritten), quantity.AsWritten);
        writer.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter writer, TextSpan span)
    {
        writer.WriteStartObject();
        writer.WriteNumber(Name(JsonMembers.TextSpan.Start), span.Start);
        writer.WriteNumber(Name(JsonMembers.TextSpan.Length), span.Length);
        writer.WriteString(Name(JsonMembers.TextSpan.Text), span.Text);
        writer.WriteEndObject();
    }
}

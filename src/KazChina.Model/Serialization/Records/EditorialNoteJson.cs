using System;
using System.Text.Json;
using static KazChina.Model.JsonMembers;

namespace KazChina.Model;

// The JSON of an EditorialNote, in one place: its members (in the contract's order), how the reader reads them and how the
// writer writes them. A member added to the record is added here, once for each direction.

/// <content>The members of an <see cref="Model.EditorialNote"/>.</content>
internal static partial class JsonMembers
{
    public enum EditorialNote { Id, NoteKind, AsWritten, Reading, Readings, Reference, Confidence, Evidence }

    public enum AmountReading { TargetId, Member, Value }

    public enum AreaReading { TargetId, Member, Value }

    public enum TimeReading { TargetId, Member, Value }

    public enum DateReading { TargetId, Member, Value }

    public enum NameReading { TargetId, Member, Value }

    public enum NameFormReading { TargetId, Member, Value }

    public enum ShareReading { TargetId, Member, PartyId }

    public enum UnconfirmedReading { TargetId, Member }
}

/// <content>Reads an <see cref="Model.EditorialNote"/>.</content>
internal sealed partial class EditionJsonReader
{
    private EditorialNote ReadEditorialNote(ref Utf8JsonReader reader)
    {
        var note = new ObjectReader<JsonMembers.EditorialNote>(this, ref reader);
        return note.End(ref reader, new EditorialNote(
            Id(ref note.At(ref reader, JsonMembers.EditorialNote.Id)),
            Enum<EditorialNoteKind>(ref note.At(ref reader, JsonMembers.EditorialNote.NoteKind)),
            String(ref note.At(ref reader, JsonMembers.EditorialNote.AsWritten)),
            String(ref note.At(ref reader, JsonMembers.EditorialNote.Reading)),
            List(ref note.At(ref reader, JsonMembers.EditorialNote.Readings), Elements.Reading),
            StringOrNull(ref note.At(ref reader, JsonMembers.EditorialNote.Reference)),
            Enum<Confidence>(ref note.At(ref reader, JsonMembers.EditorialNote.Confidence)),
            ReadEvidence(ref note.At(ref reader, JsonMembers.EditorialNote.Evidence))));
    }

    /// <summary>
    /// Reads a reading whose <c>$type</c> comes first, as every writer puts it; one placed later makes the reader give
    /// up, and the contracts, which take it anywhere, read the document instead.
    /// </summary>
    private Reading ReadReading(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        _typedStart = _offset + checked((int)reader.BytesConsumed);
        _typedStartState = reader.CurrentState;
        Next(ref reader);
        if (reader.TokenType != JsonTokenType.PropertyName || !reader.ValueTextEquals(JsonMembers.ReadingType.EncodedUtf8Bytes))
        {
            throw GiveUp();
        }

        Next(ref reader);
        Expect(ref reader, JsonTokenType.String);
        foreach ((byte[] type, ElementReader<Reading> read) in Elements.ReadingTypes)
        {
            if (reader.ValueTextEquals(type))
            {
                return read(this, ref reader);
            }
        }

        throw GiveUp();
    }

    // Each reads the members of one type of reading after its $type, which ReadReading has read.
    private AmountReading ReadAmountReading(ref Utf8JsonReader reader)
    {
        var amount = ObjectReader<JsonMembers.AmountReading>.AfterType(this, ref reader);
        return amount.End(ref reader, new AmountReading(
            Id(ref amount.At(ref reader, JsonMembers.AmountReading.TargetId)),
            Enum<ReadMember>(ref amount.At(ref reader, JsonMembers.AmountReading.Member)),
            ReadStatedAmount(ref amount.At(ref reader, JsonMembers.AmountReading.Value))));
    }

    private AreaReading ReadAreaReading(ref Utf8JsonReader reader)
    {
        var area = ObjectReader<JsonMembers.AreaReading>.AfterType(this, ref reader);
        return area.End(ref reader, new AreaReading(
            Id(ref area.At(ref reader, JsonMembers.AreaReading.TargetId)),
            Enum<ReadMember>(ref area.At(ref reader, JsonMembers.AreaReading.Member)),
            ReadProjectArea(ref area.At(ref reader, JsonMembers.AreaReading.Value))));
    }

    private TimeReading ReadTimeReading(ref Utf8JsonReader reader)
    {
        var time = ObjectReader<JsonMembers.TimeReading>.AfterType(this, ref reader);
        return time.End(ref reader, new TimeReading(
            Id(ref time.At(ref reader, JsonMembers.TimeReading.TargetId)),
            Enum<ReadMember>(ref time.At(ref reader, JsonMembers.TimeReading.Member)),
            ReadTimeReference(ref time.At(ref reader, JsonMembers.TimeReading.Value))));
    }

    private DateReading ReadDateReading(ref Utf8JsonReader reader)
    {
        var date = ObjectReader<JsonMembers.DateReading>.AfterType(this, ref reader);
        return date.End(ref reader, new DateReading(
            Id(ref date.At(ref reader, JsonMembers.DateReading.TargetId)),
            Enum<ReadMember>(ref date.At(ref reader, JsonMembers.DateReading.Member)),
            PartialDate(ref date.At(ref reader, JsonMembers.DateReading.Value))));
    }

    private NameReading ReadNameReading(ref Utf8JsonReader reader)
    {
        var name = ObjectReader<JsonMembers.NameReading>.AfterType(this, ref reader);
        return name.End(ref reader, new NameReading(
            Id(ref name.At(ref reader, JsonMembers.NameReading.TargetId)),
            Enum<ReadMember>(ref name.At(ref reader, JsonMembers.NameReading.Member)),
            String(ref name.At(ref reader, JsonMembers.NameReading.Value))));
    }

    private NameFormReading ReadNameFormReading(ref Utf8JsonReader reader)
    {
        var form = ObjectReader<JsonMembers.NameFormReading>.AfterType(this, ref reader);
        return form.End(ref reader, new NameFormReading(
            Id(ref form.At(ref reader, JsonMembers.NameFormReading.TargetId)),
            Enum<ReadMember>(ref form.At(ref reader, JsonMembers.NameFormReading.Member)),
            ReadNameForm(ref form.At(ref reader, JsonMembers.NameFormReading.Value))));
    }

    private ShareReading ReadShareReading(ref Utf8JsonReader reader)
    {
        var share = ObjectReader<JsonMembers.ShareReading>.AfterType(this, ref reader);
        return share.End(ref reader, new ShareReading(
            Id(ref share.At(ref reader, JsonMembers.ShareReading.TargetId)),
            Enum<ReadMember>(ref share.At(ref reader, JsonMembers.ShareReading.Member)),
            Id(ref share.At(ref reader, JsonMembers.ShareReading.PartyId))));
    }

    private UnconfirmedReading ReadUnconfirmedReading(ref Utf8JsonReader reader)
    {
        var unconfirmed = ObjectReader<JsonMembers.UnconfirmedReading>.AfterType(this, ref reader);
        return unconfirmed.End(ref reader, new UnconfirmedReading(
            Id(ref unconfirmed.At(ref reader, JsonMembers.UnconfirmedReading.TargetId)),
            Enum<ReadMember>(ref unconfirmed.At(ref reader, JsonMembers.UnconfirmedReading.Member))));
    }
}

/// <content>Writes an <see cref="Model.EditorialNote"/>.</content>
internal static partial class EditionJsonWriter
{
    private static void WriteEditorialNote(Utf8JsonWriter writer, EditorialNote note)
    {
        StartRecord(writer, JsonMembers.EditorialNote.Id, note);
        writer.WriteString(Name(JsonMembers.EditorialNote.NoteKind), CamelCaseEnumJsonConverter<EditorialNoteKind>.EncodedNameOf(note.NoteKind));
        writer.WriteString(Name(JsonMembers.EditorialNote.AsWritten), note.AsWritten);
        writer.WriteString(Name(JsonMembers.EditorialNote.Reading), note.Reading);
        WriteList(writer, Name(JsonMembers.EditorialNote.Readings), note.Readings, WriteReading);
        writer.WriteString(Name(JsonMembers.EditorialNote.Reference), note.Reference);
        writer.WriteString(Name(JsonMembers.EditorialNote.Confidence), CamelCaseEnumJsonConverter<Confidence>.EncodedNameOf(note.Confidence));
        EndRecord(writer, JsonMembers.EditorialNote.Evidence, note);
    }

    /// <summary>Writes a reading with its <c>$type</c> first, then the members every reading has, then its value.</summary>
    private static void WriteReading(Utf8JsonWriter writer, Reading reading)
    {
        switch (reading)
        {
            case AmountReading amount:
                StartReading(writer, amount, JsonMembers.AmountReading.TargetId, JsonMembers.AmountReading.Member);
                WriteStatedAmount(writer, Name(JsonMembers.AmountReading.Value), amount.Value);
                break;
            case AreaReading area:
                StartReading(writer, area, JsonMembers.AreaReading.TargetId, JsonMembers.AreaReading.Member);
                writer.WritePropertyName(Name(JsonMembers.AreaReading.Value));
                WriteProjectArea(writer, area.Value);
                break;
            case TimeReading time:
                StartReading(writer, time, JsonMembers.TimeReading.TargetId, JsonMembers.TimeReading.Member);
                WriteTime(writer, Name(JsonMembers.TimeReading.Value), time.Value);
                break;
            case DateReading date:
                StartReading(writer, date, JsonMembers.DateReading.TargetId, JsonMembers.DateReading.Member);
                writer.WriteString(Name(JsonMembers.DateReading.Value), PartialDateJsonConverter.Format(date.Value));
                break;
            case NameReading name:
                StartReading(writer, name, JsonMembers.NameReading.TargetId, JsonMembers.NameReading.Member);
                writer.WriteString(Name(JsonMembers.NameReading.Value), name.Value);
                break;
            case NameFormReading form:
                StartReading(writer, form, JsonMembers.NameFormReading.TargetId, JsonMembers.NameFormReading.Member);
                writer.WritePropertyName(Name(JsonMembers.NameFormReading.Value));
                writer.WriteStartObject();
                writer.WriteString(Name(JsonMembers.NameForm.Form), form.Value.Form);
                writer.WriteString(Name(JsonMembers.NameForm.FormKind), CamelCaseEnumJsonConverter<NameFormKind>.EncodedNameOf(form.Value.FormKind));
                writer.WriteEndObject();
                break;
            case ShareReading share:
                StartReading(writer, share, JsonMembers.ShareReading.TargetId, JsonMembers.ShareReading.Member);
                writer.WriteString(Name(JsonMembers.ShareReading.PartyId), share.PartyId.Value);
                break;
            case UnconfirmedReading unconfirmed:
                StartReading(writer, unconfirmed, JsonMembers.UnconfirmedReading.TargetId, JsonMembers.UnconfirmedReading.Member);
                break;
            default:
                throw new JsonException($"{reading.GetType().Name} is not a type of reading the edition's format has.");
        }

        writer.WriteEndObject();
    }

    /// <summary>Opens a reading's object: its <c>$type</c>, its target and the member it reads.</summary>
    private static void StartReading<TReading, TMember>(Utf8JsonWriter writer, TReading reading, TMember targetId, TMember member)
        where TReading : Reading
        where TMember : struct, Enum
    {
        writer.WriteStartObject();
        writer.WriteString(JsonMembers.ReadingType, JsonMembers.ReadingTypeName<TReading>.Encoded);
        writer.WriteString(Name(targetId), reading.TargetId.Value);
        writer.WriteString(Name(member), CamelCaseEnumJsonConverter<ReadMember>.EncodedNameOf(reading.Member));
    }
}

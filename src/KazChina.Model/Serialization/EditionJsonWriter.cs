using System;
using System.Text.Json;
using static KazChina.Model.JsonMembers;

namespace KazChina.Model;

/// <summary>
/// Writes a whole <see cref="KazChinaEdition"/> member by member, byte for byte what its source-generated contract
/// writes, in under half the time: System.Text.Json's generated code for the contract hands every list, id, enum
/// and date to a converter through the serializer's machinery, where this writes straight to the
/// <see cref="Utf8JsonWriter"/> (benchmarks/README.md has the numbers). Member names come from
/// <see cref="JsonMembers"/>, which the reader shares; the formatting of values is the converters' own
/// (<see cref="CamelCaseEnumJsonConverter{TEnum}.EncodedNameOf"/>, <see cref="PartialDateJsonConverter.Format"/>,
/// <see cref="LocalDateJsonConverter.Format"/>, <see cref="RecordId.Value"/>). The tests compare the bytes with the
/// contract's for compact and indented writers, so any member added to the model and not here fails them.
/// </summary>
internal static class EditionJsonWriter
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

    private static void WriteArticle(Utf8JsonWriter writer, Article article)
    {
        StartRecord(writer, JsonMembers.Article.Id, article);
        writer.WriteString(Name(JsonMembers.Article.Title), article.Title);
        writer.WriteString(Name(JsonMembers.Article.Publication), article.Publication);
        writer.WriteNumber(Name(JsonMembers.Article.Volume), article.Volume);
        writer.WriteNumber(Name(JsonMembers.Article.Issue), article.Issue);
        if (article.PublicationDate is { } estimate)
        {
            writer.WritePropertyName(Name(JsonMembers.Article.PublicationDate));
            writer.WriteStartObject();
            writer.WriteString(Name(JsonMembers.DateEstimate.Earliest), LocalDateJsonConverter.Format(estimate.Earliest));
            writer.WriteString(Name(JsonMembers.DateEstimate.Latest), LocalDateJsonConverter.Format(estimate.Latest));
            writer.WriteString(Name(JsonMembers.DateEstimate.Basis), estimate.Basis);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull(Name(JsonMembers.Article.PublicationDate));
        }

        writer.WriteString(Name(JsonMembers.Article.Text), article.Text);
        EndRecord(writer, JsonMembers.Article.Evidence, article);
    }

    private static void WriteCountry(Utf8JsonWriter writer, Country country)
    {
        StartRecord(writer, JsonMembers.Country.Id, country);
        writer.WriteString(Name(JsonMembers.Country.Name), country.Name);
        writer.WriteString(Name(JsonMembers.Country.Alpha2), country.Alpha2);
        writer.WriteString(Name(JsonMembers.Country.Alpha3), country.Alpha3);
        WriteNameForms(writer, Name(JsonMembers.Country.FormsAsWritten), country.FormsAsWritten);
        EndRecord(writer, JsonMembers.Country.Evidence, country);
    }

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

    private static void WritePlace(Utf8JsonWriter writer, Place place)
    {
        StartRecord(writer, JsonMembers.Place.Id, place);
        writer.WriteString(Name(JsonMembers.Place.Name), place.Name);
        writer.WriteString(Name(JsonMembers.Place.NameAsWritten), place.NameAsWritten);
        writer.WriteString(Name(JsonMembers.Place.PlaceKind), CamelCaseEnumJsonConverter<PlaceKind>.EncodedNameOf(place.PlaceKind));
        WriteIds(writer, Name(JsonMembers.Place.CountryIds), place.CountryIds);
        WriteTexts(writer, Name(JsonMembers.Place.SubdivisionCodes), place.SubdivisionCodes);
        if (place.Location is { } location)
        {
            writer.WritePropertyName(Name(JsonMembers.Place.Location));
            writer.WriteStartObject();
            writer.WriteNumber(Name(JsonMembers.GeoPoint.Latitude), location.Latitude);
            writer.WriteNumber(Name(JsonMembers.GeoPoint.Longitude), location.Longitude);
            writer.WriteString(Name(JsonMembers.GeoPoint.Precision), CamelCaseEnumJsonConverter<CoordinatePrecision>.EncodedNameOf(location.Precision));
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull(Name(JsonMembers.Place.Location));
        }

        EndRecord(writer, JsonMembers.Place.Evidence, place);
    }

    private static void WriteCitation(Utf8JsonWriter writer, Citation citation)
    {
        StartRecord(writer, JsonMembers.Citation.Id, citation);
        writer.WriteString(Name(JsonMembers.Citation.CitationKind), CamelCaseEnumJsonConverter<CitationKind>.EncodedNameOf(citation.CitationKind));
        writer.WriteString(Name(JsonMembers.Citation.OutletId), citation.OutletId.Value);
        writer.WriteString(Name(JsonMembers.Citation.OutletAsWritten), citation.OutletAsWritten);
        writer.WriteString(Name(JsonMembers.Citation.DateAsWritten), citation.DateAsWritten);
        writer.WriteString(Name(JsonMembers.Citation.Date), citation.Date is { } date ? PartialDateJsonConverter.Format(date) : null);
        writer.WriteString(Name(JsonMembers.Citation.Title), citation.Title);
        EndRecord(writer, JsonMembers.Citation.Evidence, citation);
    }

    private static void WriteQuote(Utf8JsonWriter writer, Quote quote)
    {
        StartRecord(writer, JsonMembers.Quote.Id, quote);
        writer.WriteString(Name(JsonMembers.Quote.QuoteKind), CamelCaseEnumJsonConverter<QuoteKind>.EncodedNameOf(quote.QuoteKind));
        writer.WriteString(Name(JsonMembers.Quote.SpeakerId), quote.SpeakerId.Value);
        writer.WritePropertyName(Name(JsonMembers.Quote.Words));
        WriteSpan(writer, quote.Words);
        EndRecord(writer, JsonMembers.Quote.Evidence, quote);
    }

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

    private static void WriteAgreement(Utf8JsonWriter writer, Agreement agreement)
    {
        StartRecord(writer, JsonMembers.Agreement.Id, agreement);
        writer.WriteString(Name(JsonMembers.Agreement.Title), agreement.Title);
        WriteTexts(writer, Name(JsonMembers.Agreement.NamesAsWritten), agreement.NamesAsWritten);
        writer.WriteString(Name(JsonMembers.Agreement.AgreementKind), CamelCaseEnumJsonConverter<AgreementKind>.EncodedNameOf(agreement.AgreementKind));
        WriteIds(writer, Name(JsonMembers.Agreement.PartyIds), agreement.PartyIds);
        WriteTime(writer, Name(JsonMembers.Agreement.When), agreement.When);
        writer.WriteString(Name(JsonMembers.Agreement.Status), CamelCaseEnumJsonConverter<AgreementStatus>.EncodedNameOf(agreement.Status));
        WriteIds(writer, Name(JsonMembers.Agreement.RelatedIds), agreement.RelatedIds);
        EndRecord(writer, JsonMembers.Agreement.Evidence, agreement);
    }

    private static void WriteProvision(Utf8JsonWriter writer, Provision provision)
    {
        StartRecord(writer, JsonMembers.Provision.Id, provision);
        writer.WriteString(Name(JsonMembers.Provision.AgreementId), provision.AgreementId.Value);
        writer.WriteString(Name(JsonMembers.Provision.ProvisionKind), CamelCaseEnumJsonConverter<ProvisionKind>.EncodedNameOf(provision.ProvisionKind));
        WriteOptionalId(writer, Name(JsonMembers.Provision.ProposedById), provision.ProposedById);
        WriteIds(writer, Name(JsonMembers.Provision.ActorIds), provision.ActorIds);
        writer.WriteString(Name(JsonMembers.Provision.Statement), provision.Statement);
        WriteIds(writer, Name(JsonMembers.Provision.SubjectIds), provision.SubjectIds);
        EndRecord(writer, JsonMembers.Provision.Evidence, provision);
    }

    private static void WriteEvent(Utf8JsonWriter writer, Event @event)
    {
        StartRecord(writer, JsonMembers.Event.Id, @event);
        writer.WriteString(Name(JsonMembers.Event.EventKind), CamelCaseEnumJsonConverter<EventKind>.EncodedNameOf(@event.EventKind));
        writer.WriteString(Name(JsonMembers.Event.Title), @event.Title);
        WriteTime(writer, Name(JsonMembers.Event.When), @event.When);
        WriteIds(writer, Name(JsonMembers.Event.ParticipantIds), @event.ParticipantIds);
        WriteOptionalId(writer, Name(JsonMembers.Event.PlaceId), @event.PlaceId);
        WriteIds(writer, Name(JsonMembers.Event.RelatedIds), @event.RelatedIds);
        EndRecord(writer, JsonMembers.Event.Evidence, @event);
    }

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

    private static void WriteCurrencySwap(Utf8JsonWriter writer, CurrencySwap swap)
    {
        StartRecord(writer, JsonMembers.CurrencySwap.Id, swap);
        WriteIds(writer, Name(JsonMembers.CurrencySwap.PartyIds), swap.PartyIds);
        WriteStatedAmount(writer, Name(JsonMembers.CurrencySwap.Amount), swap.Amount);
        WriteOptionalId(writer, Name(JsonMembers.CurrencySwap.AgreementId), swap.AgreementId);
        WriteTime(writer, Name(JsonMembers.CurrencySwap.When), swap.When);
        EndRecord(writer, JsonMembers.CurrencySwap.Evidence, swap);
    }

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

    private static void WriteProjectArea(Utf8JsonWriter writer, ProjectArea area)
    {
        writer.WriteStartObject();
        writer.WriteString(Name(JsonMembers.ProjectArea.CountryId), area.CountryId.Value);
        writer.WritePropertyName(Name(JsonMembers.ProjectArea.Area));
        WriteQuantity(writer, area.Area);
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

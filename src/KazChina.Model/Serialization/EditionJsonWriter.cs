using System;
using System.Text.Json;

namespace KazChina.Model;

/// <summary>
/// Writes a whole <see cref="KazChinaEdition"/> member by member, byte for byte what its source-generated contract
/// writes. The contract cannot use System.Text.Json's generated fast path, because the list, id, enum and date
/// converters it needs are not part of that path, so every member goes through the converter machinery; writing
/// straight to the <see cref="Utf8JsonWriter"/> here costs a fraction of that. The formatting of values is the
/// converters' own (<see cref="CamelCaseEnumJsonConverter{TEnum}.EncodedNameOf"/>,
/// <see cref="PartialDateJsonConverter.Format"/>, <see cref="LocalDateJsonConverter.Format"/>, <see cref="RecordId.Value"/>),
/// and the tests compare the bytes with the contract's for compact and indented writers, so any member added to the
/// model and not here fails them.
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
        writer.WriteNumber(Names.SchemaVersion, KazChinaJson.SchemaVersion);
        writer.WriteString(Names.DataVersion, edition.DataVersion);
        writer.WritePropertyName(Names.Article);
        WriteArticle(writer, edition.Article);
        WriteList(writer, Names.Countries, edition.Countries, WriteCountry);
        WriteList(writer, Names.People, edition.People, WritePerson);
        WriteList(writer, Names.Organizations, edition.Organizations, WriteOrganization);
        WriteList(writer, Names.Places, edition.Places, WritePlace);
        WriteList(writer, Names.Citations, edition.Citations, WriteCitation);
        WriteList(writer, Names.Quotes, edition.Quotes, WriteQuote);
        WriteList(writer, Names.EditorialNotes, edition.EditorialNotes, WriteEditorialNote);
        WriteList(writer, Names.Agreements, edition.Agreements, WriteAgreement);
        WriteList(writer, Names.Provisions, edition.Provisions, WriteProvision);
        WriteList(writer, Names.Events, edition.Events, WriteEvent);
        WriteList(writer, Names.TradeFigures, edition.TradeFigures, WriteTradeFigure);
        WriteList(writer, Names.Loans, edition.Loans, WriteLoan);
        WriteList(writer, Names.CurrencySwaps, edition.CurrencySwaps, WriteCurrencySwap);
        WriteList(writer, Names.Projects, edition.Projects, WriteProject);
        WriteList(writer, Names.Assessments, edition.Assessments, WriteAssessment);
        writer.WriteEndObject();
        writer.Flush();
    }

    private static void WriteArticle(Utf8JsonWriter writer, Article article)
    {
        writer.WriteStartObject();
        writer.WriteString(Names.Title, article.Title);
        writer.WriteString(Names.Publication, article.Publication);
        writer.WriteNumber(Names.Volume, article.Volume);
        writer.WriteNumber(Names.Issue, article.Issue);
        if (article.PublicationDate is { } estimate)
        {
            writer.WritePropertyName(Names.PublicationDate);
            writer.WriteStartObject();
            writer.WriteString(Names.Earliest, LocalDateJsonConverter.Format(estimate.Earliest));
            writer.WriteString(Names.Latest, LocalDateJsonConverter.Format(estimate.Latest));
            writer.WriteString(Names.Basis, estimate.Basis);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull(Names.PublicationDate);
        }

        writer.WriteString(Names.Text, article.Text);
        writer.WriteEndObject();
    }

    private static void WriteCountry(Utf8JsonWriter writer, Country country)
    {
        StartRecord(writer, country);
        writer.WriteString(Names.Name, country.Name);
        writer.WriteString(Names.Alpha2, country.Alpha2);
        writer.WriteString(Names.Alpha3, country.Alpha3);
        WriteTexts(writer, Names.FormsAsWritten, country.FormsAsWritten);
        EndRecord(writer, country);
    }

    private static void WritePerson(Utf8JsonWriter writer, Person person)
    {
        StartRecord(writer, person);
        writer.WriteString(Names.Name, person.Name);
        writer.WriteString(Names.NameAsWritten, person.NameAsWritten);
        WriteTexts(writer, Names.OtherFormsAsWritten, person.OtherFormsAsWritten);
        writer.WriteString(Names.Role, person.Role);
        writer.WriteString(Names.CountryId, person.CountryId.Value);
        EndRecord(writer, person);
    }

    private static void WriteOrganization(Utf8JsonWriter writer, Organization organization)
    {
        StartRecord(writer, organization);
        writer.WriteString(Names.Name, organization.Name);
        writer.WriteString(Names.NameAsWritten, organization.NameAsWritten);
        writer.WriteString(Names.OrganizationKind, CamelCaseEnumJsonConverter<OrganizationKind>.EncodedNameOf(organization.OrganizationKind));
        WriteOptionalId(writer, Names.CountryId, organization.CountryId);
        writer.WriteString(Names.Description, organization.Description);
        writer.WriteString(Names.Website, organization.Website);
        EndRecord(writer, organization);
    }

    private static void WritePlace(Utf8JsonWriter writer, Place place)
    {
        StartRecord(writer, place);
        writer.WriteString(Names.Name, place.Name);
        writer.WriteString(Names.NameAsWritten, place.NameAsWritten);
        writer.WriteString(Names.PlaceKind, CamelCaseEnumJsonConverter<PlaceKind>.EncodedNameOf(place.PlaceKind));
        WriteIds(writer, Names.CountryIds, place.CountryIds);
        WriteTexts(writer, Names.SubdivisionCodes, place.SubdivisionCodes);
        if (place.Location is { } location)
        {
            writer.WritePropertyName(Names.Location);
            writer.WriteStartObject();
            writer.WriteNumber(Names.Latitude, location.Latitude);
            writer.WriteNumber(Names.Longitude, location.Longitude);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull(Names.Location);
        }

        EndRecord(writer, place);
    }

    private static void WriteCitation(Utf8JsonWriter writer, Citation citation)
    {
        StartRecord(writer, citation);
        writer.WriteString(Names.CitationKind, CamelCaseEnumJsonConverter<CitationKind>.EncodedNameOf(citation.CitationKind));
        writer.WriteString(Names.OutletId, citation.OutletId.Value);
        writer.WriteString(Names.OutletAsWritten, citation.OutletAsWritten);
        writer.WriteString(Names.DateAsWritten, citation.DateAsWritten);
        writer.WriteString(Names.Date, citation.Date is { } date ? PartialDateJsonConverter.Format(date) : null);
        writer.WriteString(Names.Title, citation.Title);
        EndRecord(writer, citation);
    }

    private static void WriteQuote(Utf8JsonWriter writer, Quote quote)
    {
        StartRecord(writer, quote);
        writer.WriteString(Names.QuoteKind, CamelCaseEnumJsonConverter<QuoteKind>.EncodedNameOf(quote.QuoteKind));
        writer.WriteString(Names.SpeakerId, quote.SpeakerId.Value);
        writer.WritePropertyName(Names.Words);
        WriteSpan(writer, quote.Words);
        EndRecord(writer, quote);
    }

    private static void WriteEditorialNote(Utf8JsonWriter writer, EditorialNote note)
    {
        StartRecord(writer, note);
        writer.WriteString(Names.NoteKind, CamelCaseEnumJsonConverter<EditorialNoteKind>.EncodedNameOf(note.NoteKind));
        WriteIds(writer, Names.TargetIds, note.TargetIds);
        writer.WriteString(Names.AsWritten, note.AsWritten);
        writer.WriteString(Names.Reading, note.Reading);
        writer.WriteString(Names.Reference, note.Reference);
        writer.WriteString(Names.Confidence, CamelCaseEnumJsonConverter<Confidence>.EncodedNameOf(note.Confidence));
        EndRecord(writer, note);
    }

    private static void WriteAgreement(Utf8JsonWriter writer, Agreement agreement)
    {
        StartRecord(writer, agreement);
        writer.WriteString(Names.Title, agreement.Title);
        writer.WriteString(Names.AgreementKind, CamelCaseEnumJsonConverter<AgreementKind>.EncodedNameOf(agreement.AgreementKind));
        WriteIds(writer, Names.PartyIds, agreement.PartyIds);
        WriteTime(writer, Names.When, agreement.When);
        writer.WriteString(Names.Status, CamelCaseEnumJsonConverter<AgreementStatus>.EncodedNameOf(agreement.Status));
        WriteIds(writer, Names.RelatedIds, agreement.RelatedIds);
        EndRecord(writer, agreement);
    }

    private static void WriteProvision(Utf8JsonWriter writer, Provision provision)
    {
        StartRecord(writer, provision);
        writer.WriteString(Names.AgreementId, provision.AgreementId.Value);
        writer.WriteString(Names.ProvisionKind, CamelCaseEnumJsonConverter<ProvisionKind>.EncodedNameOf(provision.ProvisionKind));
        WriteIds(writer, Names.ActorIds, provision.ActorIds);
        writer.WriteString(Names.Statement, provision.Statement);
        WriteIds(writer, Names.SubjectIds, provision.SubjectIds);
        EndRecord(writer, provision);
    }

    private static void WriteEvent(Utf8JsonWriter writer, Event @event)
    {
        StartRecord(writer, @event);
        writer.WriteString(Names.EventKind, CamelCaseEnumJsonConverter<EventKind>.EncodedNameOf(@event.EventKind));
        writer.WriteString(Names.Title, @event.Title);
        WriteTime(writer, Names.When, @event.When);
        WriteIds(writer, Names.ParticipantIds, @event.ParticipantIds);
        WriteOptionalId(writer, Names.PlaceId, @event.PlaceId);
        WriteIds(writer, Names.RelatedIds, @event.RelatedIds);
        EndRecord(writer, @event);
    }

    private static void WriteTradeFigure(Utf8JsonWriter writer, TradeFigure figure)
    {
        StartRecord(writer, figure);
        WriteOptionalId(writer, Names.StatedById, figure.StatedById);
        writer.WriteString(Names.CountryId, figure.CountryId.Value);
        writer.WriteString(Names.PartnerId, figure.PartnerId.Value);
        WriteTime(writer, Names.Period, figure.Period);
        writer.WriteString(Names.Measure, CamelCaseEnumJsonConverter<TradeMeasure>.EncodedNameOf(figure.Measure));
        writer.WriteString(Names.Basis, CamelCaseEnumJsonConverter<FigureBasis>.EncodedNameOf(figure.Basis));
        WriteStatedAmount(writer, Names.Amount, figure.Amount);
        if (figure.Quantity is { } quantity)
        {
            writer.WritePropertyName(Names.Quantity);
            WriteQuantity(writer, quantity);
        }
        else
        {
            writer.WriteNull(Names.Quantity);
        }

        writer.WriteString(Names.Commodity, figure.Commodity);
        EndRecord(writer, figure);
    }

    private static void WriteLoan(Utf8JsonWriter writer, Loan loan)
    {
        StartRecord(writer, loan);
        writer.WriteString(Names.LenderId, loan.LenderId.Value);
        writer.WriteString(Names.BorrowerId, loan.BorrowerId.Value);
        WriteStatedAmount(writer, Names.Amount, loan.Amount);
        writer.WriteString(Names.Purpose, loan.Purpose);
        WriteOptionalId(writer, Names.ProjectId, loan.ProjectId);
        WriteTime(writer, Names.When, loan.When);
        EndRecord(writer, loan);
    }

    private static void WriteCurrencySwap(Utf8JsonWriter writer, CurrencySwap swap)
    {
        StartRecord(writer, swap);
        WriteIds(writer, Names.PartyIds, swap.PartyIds);
        WriteStatedAmount(writer, Names.Amount, swap.Amount);
        WriteOptionalId(writer, Names.AgreementId, swap.AgreementId);
        WriteTime(writer, Names.When, swap.When);
        EndRecord(writer, swap);
    }

    private static void WriteProject(Utf8JsonWriter writer, InfrastructureProject project)
    {
        StartRecord(writer, project);
        writer.WriteString(Names.Name, project.Name);
        writer.WriteString(Names.NameAsWritten, project.NameAsWritten);
        writer.WriteString(Names.ProjectKind, CamelCaseEnumJsonConverter<ProjectKind>.EncodedNameOf(project.ProjectKind));
        WriteIds(writer, Names.CountryIds, project.CountryIds);
        WriteIds(writer, Names.PlaceIds, project.PlaceIds);
        writer.WriteString(Names.Phase, project.Phase);
        writer.WriteString(Names.Status, CamelCaseEnumJsonConverter<ProjectStatus>.EncodedNameOf(project.Status));
        writer.WritePropertyName(Names.Areas);
        writer.WriteStartArray();
        foreach (ProjectArea area in project.Areas)
        {
            writer.WriteStartObject();
            writer.WriteString(Names.CountryId, area.CountryId.Value);
            writer.WritePropertyName(Names.Area);
            WriteQuantity(writer, area.Area);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteStatedAmount(writer, Names.Cost, project.Cost);
        WriteIds(writer, Names.FinancingIds, project.FinancingIds);
        WriteTime(writer, Names.When, project.When);
        WriteIds(writer, Names.RelatedIds, project.RelatedIds);
        EndRecord(writer, project);
    }

    private static void WriteAssessment(Utf8JsonWriter writer, Assessment assessment)
    {
        StartRecord(writer, assessment);
        writer.WriteString(Names.Source, CamelCaseEnumJsonConverter<AssessmentSource>.EncodedNameOf(assessment.Source));
        WriteOptionalId(writer, Names.HolderId, assessment.HolderId);
        writer.WriteString(Names.AssessmentKind, CamelCaseEnumJsonConverter<AssessmentKind>.EncodedNameOf(assessment.AssessmentKind));
        writer.WriteString(Names.Statement, assessment.Statement);
        WriteIds(writer, Names.SubjectIds, assessment.SubjectIds);
        EndRecord(writer, assessment);
    }

    /// <summary>Opens a record's object with its id, which the contract orders before the kind's own members.</summary>
    private static void StartRecord(Utf8JsonWriter writer, EditionRecord record)
    {
        writer.WriteStartObject();
        writer.WriteString(Names.Id, record.Id.Value);
    }

    /// <summary>Closes a record's object with its evidence, which the contract orders after the kind's own members.</summary>
    private static void EndRecord(Utf8JsonWriter writer, EditionRecord record)
    {
        Evidence evidence = record.Evidence;
        writer.WritePropertyName(Names.Evidence);
        writer.WriteStartObject();
        writer.WritePropertyName(Names.Spans);
        writer.WriteStartArray();
        foreach (TextSpan span in evidence.Spans)
        {
            WriteSpan(writer, span);
        }

        writer.WriteEndArray();
        WriteIds(writer, Names.CitationIds, evidence.CitationIds);
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
        writer.WriteString(Names.Relation, CamelCaseEnumJsonConverter<TimeRelation>.EncodedNameOf(time.Relation));
        writer.WriteString(Names.Date, PartialDateJsonConverter.Format(time.Date));
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
        WriteMoney(writer, Names.Value, amount.Value);
        writer.WriteString(Names.Bound, CamelCaseEnumJsonConverter<Bound>.EncodedNameOf(amount.Bound));
        writer.WriteString(Names.AsWritten, amount.AsWritten);
        WriteMoney(writer, Names.AlsoStatedAs, amount.AlsoStatedAs);
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
        writer.WriteNumber(Names.Amount, money.Amount);
        writer.WriteString(Names.Currency, money.Currency);
        writer.WriteEndObject();
    }

    private static void WriteQuantity(Utf8JsonWriter writer, Quantity quantity)
    {
        writer.WriteStartObject();
        writer.WriteNumber(Names.Value, quantity.Value);
        writer.WriteString(Names.Unit, CamelCaseEnumJsonConverter<QuantityUnit>.EncodedNameOf(quantity.Unit));
        writer.WriteString(Names.Bound, CamelCaseEnumJsonConverter<Bound>.EncodedNameOf(quantity.Bound));
        writer.WriteString(Names.AsWritten, quantity.AsWritten);
        writer.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter writer, TextSpan span)
    {
        writer.WriteStartObject();
        writer.WriteNumber(Names.Start, span.Start);
        writer.WriteNumber(Names.Length, span.Length);
        writer.WriteString(Names.Text, span.Text);
        writer.WriteEndObject();
    }

    /// <summary>
    /// The member names, encoded once: camelCase forms of the model's property names, as the contract's naming
    /// policy makes them. Names shared by several types (<c>id</c>, <c>when</c>, <c>amount</c>) appear once.
    /// </summary>
    private static class Names
    {
        public static readonly JsonEncodedText SchemaVersion = JsonEncodedText.Encode("schemaVersion");
        public static readonly JsonEncodedText DataVersion = JsonEncodedText.Encode("dataVersion");
        public static readonly JsonEncodedText Article = JsonEncodedText.Encode("article");
        public static readonly JsonEncodedText Countries = JsonEncodedText.Encode("countries");
        public static readonly JsonEncodedText People = JsonEncodedText.Encode("people");
        public static readonly JsonEncodedText Organizations = JsonEncodedText.Encode("organizations");
        public static readonly JsonEncodedText Places = JsonEncodedText.Encode("places");
        public static readonly JsonEncodedText Citations = JsonEncodedText.Encode("citations");
        public static readonly JsonEncodedText Quotes = JsonEncodedText.Encode("quotes");
        public static readonly JsonEncodedText EditorialNotes = JsonEncodedText.Encode("editorialNotes");
        public static readonly JsonEncodedText Agreements = JsonEncodedText.Encode("agreements");
        public static readonly JsonEncodedText Provisions = JsonEncodedText.Encode("provisions");
        public static readonly JsonEncodedText Events = JsonEncodedText.Encode("events");
        public static readonly JsonEncodedText TradeFigures = JsonEncodedText.Encode("tradeFigures");
        public static readonly JsonEncodedText Loans = JsonEncodedText.Encode("loans");
        public static readonly JsonEncodedText CurrencySwaps = JsonEncodedText.Encode("currencySwaps");
        public static readonly JsonEncodedText Projects = JsonEncodedText.Encode("projects");
        public static readonly JsonEncodedText Assessments = JsonEncodedText.Encode("assessments");

        public static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
        public static readonly JsonEncodedText Publication = JsonEncodedText.Encode("publication");
        public static readonly JsonEncodedText Volume = JsonEncodedText.Encode("volume");
        public static readonly JsonEncodedText Issue = JsonEncodedText.Encode("issue");
        public static readonly JsonEncodedText PublicationDate = JsonEncodedText.Encode("publicationDate");
        public static readonly JsonEncodedText Earliest = JsonEncodedText.Encode("earliest");
        public static readonly JsonEncodedText Latest = JsonEncodedText.Encode("latest");
        public static readonly JsonEncodedText Basis = JsonEncodedText.Encode("basis");
        public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");

        public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
        public static readonly JsonEncodedText Evidence = JsonEncodedText.Encode("evidence");
        public static readonly JsonEncodedText Spans = JsonEncodedText.Encode("spans");
        public static readonly JsonEncodedText CitationIds = JsonEncodedText.Encode("citationIds");
        public static readonly JsonEncodedText Start = JsonEncodedText.Encode("start");
        public static readonly JsonEncodedText Length = JsonEncodedText.Encode("length");

        public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
        public static readonly JsonEncodedText NameAsWritten = JsonEncodedText.Encode("nameAsWritten");
        public static readonly JsonEncodedText Alpha2 = JsonEncodedText.Encode("alpha2");
        public static readonly JsonEncodedText Alpha3 = JsonEncodedText.Encode("alpha3");
        public static readonly JsonEncodedText FormsAsWritten = JsonEncodedText.Encode("formsAsWritten");
        public static readonly JsonEncodedText OtherFormsAsWritten = JsonEncodedText.Encode("otherFormsAsWritten");
        public static readonly JsonEncodedText Role = JsonEncodedText.Encode("role");
        public static readonly JsonEncodedText CountryId = JsonEncodedText.Encode("countryId");
        public static readonly JsonEncodedText OrganizationKind = JsonEncodedText.Encode("organizationKind");
        public static readonly JsonEncodedText Description = JsonEncodedText.Encode("description");
        public static readonly JsonEncodedText Website = JsonEncodedText.Encode("website");
        public static readonly JsonEncodedText PlaceKind = JsonEncodedText.Encode("placeKind");
        public static readonly JsonEncodedText CountryIds = JsonEncodedText.Encode("countryIds");
        public static readonly JsonEncodedText SubdivisionCodes = JsonEncodedText.Encode("subdivisionCodes");
        public static readonly JsonEncodedText Location = JsonEncodedText.Encode("location");
        public static readonly JsonEncodedText Latitude = JsonEncodedText.Encode("latitude");
        public static readonly JsonEncodedText Longitude = JsonEncodedText.Encode("longitude");

        public static readonly JsonEncodedText CitationKind = JsonEncodedText.Encode("citationKind");
        public static readonly JsonEncodedText OutletId = JsonEncodedText.Encode("outletId");
        public static readonly JsonEncodedText OutletAsWritten = JsonEncodedText.Encode("outletAsWritten");
        public static readonly JsonEncodedText DateAsWritten = JsonEncodedText.Encode("dateAsWritten");
        public static readonly JsonEncodedText Date = JsonEncodedText.Encode("date");
        public static readonly JsonEncodedText QuoteKind = JsonEncodedText.Encode("quoteKind");
        public static readonly JsonEncodedText SpeakerId = JsonEncodedText.Encode("speakerId");
        public static readonly JsonEncodedText Words = JsonEncodedText.Encode("words");
        public static readonly JsonEncodedText NoteKind = JsonEncodedText.Encode("noteKind");
        public static readonly JsonEncodedText TargetIds = JsonEncodedText.Encode("targetIds");
        public static readonly JsonEncodedText AsWritten = JsonEncodedText.Encode("asWritten");
        public static readonly JsonEncodedText Reading = JsonEncodedText.Encode("reading");
        public static readonly JsonEncodedText Reference = JsonEncodedText.Encode("reference");
        public static readonly JsonEncodedText Confidence = JsonEncodedText.Encode("confidence");

        public static readonly JsonEncodedText AgreementKind = JsonEncodedText.Encode("agreementKind");
        public static readonly JsonEncodedText PartyIds = JsonEncodedText.Encode("partyIds");
        public static readonly JsonEncodedText When = JsonEncodedText.Encode("when");
        public static readonly JsonEncodedText Status = JsonEncodedText.Encode("status");
        public static readonly JsonEncodedText RelatedIds = JsonEncodedText.Encode("relatedIds");
        public static readonly JsonEncodedText AgreementId = JsonEncodedText.Encode("agreementId");
        public static readonly JsonEncodedText ProvisionKind = JsonEncodedText.Encode("provisionKind");
        public static readonly JsonEncodedText ActorIds = JsonEncodedText.Encode("actorIds");
        public static readonly JsonEncodedText Statement = JsonEncodedText.Encode("statement");
        public static readonly JsonEncodedText SubjectIds = JsonEncodedText.Encode("subjectIds");
        public static readonly JsonEncodedText EventKind = JsonEncodedText.Encode("eventKind");
        public static readonly JsonEncodedText ParticipantIds = JsonEncodedText.Encode("participantIds");
        public static readonly JsonEncodedText PlaceId = JsonEncodedText.Encode("placeId");
        public static readonly JsonEncodedText Relation = JsonEncodedText.Encode("relation");

        public static readonly JsonEncodedText StatedById = JsonEncodedText.Encode("statedById");
        public static readonly JsonEncodedText PartnerId = JsonEncodedText.Encode("partnerId");
        public static readonly JsonEncodedText Period = JsonEncodedText.Encode("period");
        public static readonly JsonEncodedText Measure = JsonEncodedText.Encode("measure");
        public static readonly JsonEncodedText Amount = JsonEncodedText.Encode("amount");
        public static readonly JsonEncodedText Quantity = JsonEncodedText.Encode("quantity");
        public static readonly JsonEncodedText Commodity = JsonEncodedText.Encode("commodity");
        public static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
        public static readonly JsonEncodedText Bound = JsonEncodedText.Encode("bound");
        public static readonly JsonEncodedText AlsoStatedAs = JsonEncodedText.Encode("alsoStatedAs");
        public static readonly JsonEncodedText Currency = JsonEncodedText.Encode("currency");
        public static readonly JsonEncodedText Unit = JsonEncodedText.Encode("unit");
        public static readonly JsonEncodedText LenderId = JsonEncodedText.Encode("lenderId");
        public static readonly JsonEncodedText BorrowerId = JsonEncodedText.Encode("borrowerId");
        public static readonly JsonEncodedText Purpose = JsonEncodedText.Encode("purpose");
        public static readonly JsonEncodedText ProjectId = JsonEncodedText.Encode("projectId");

        public static readonly JsonEncodedText ProjectKind = JsonEncodedText.Encode("projectKind");
        public static readonly JsonEncodedText PlaceIds = JsonEncodedText.Encode("placeIds");
        public static readonly JsonEncodedText Phase = JsonEncodedText.Encode("phase");
        public static readonly JsonEncodedText Areas = JsonEncodedText.Encode("areas");
        public static readonly JsonEncodedText Area = JsonEncodedText.Encode("area");
        public static readonly JsonEncodedText Cost = JsonEncodedText.Encode("cost");
        public static readonly JsonEncodedText FinancingIds = JsonEncodedText.Encode("financingIds");

        public static readonly JsonEncodedText Source = JsonEncodedText.Encode("source");
        public static readonly JsonEncodedText HolderId = JsonEncodedText.Encode("holderId");
        public static readonly JsonEncodedText AssessmentKind = JsonEncodedText.Encode("assessmentKind");
    }
}

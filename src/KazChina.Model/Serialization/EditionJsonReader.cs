using System;
using System.Collections.Generic;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using NodaTime;

namespace KazChina.Model;

/// <summary>
/// Reads a well-formed edition document straight from a <see cref="Utf8JsonReader"/>, member by member, into the
/// model's constructors: the fast path of <see cref="KazChinaJson"/> for whole editions.
/// </summary>
/// <remarks>
/// <para>
/// It accepts a subset of what the source-generated contracts accept and nothing more: the same members (in any
/// order, each exactly once, all required but a stated amount's <c>alsoStatedAs</c>), the same value kinds, the
/// same enum names, date forms and number rules, and the same constructors. On anything else (malformed JSON,
/// an unknown, repeated or missing member, a wrong token, a value a constructor rejects) it gives up and returns
/// null without saying why; the caller then reads the document again through the contracts, which name the JSON
/// path of the problem. Errors are rare and reported by one code path; valid documents skip the contracts'
/// per-object argument state, the syntax pre-pass and a string per repeated id.
/// </para>
/// <para>Tests prove that whatever it accepts the contracts accept too, with an equal result.</para>
/// </remarks>
internal sealed class EditionJsonReader
{
    private static readonly byte[][] EditionMembers = Names("schemaVersion", "dataVersion", "article", "countries", "people", "organizations", "places", "citations", "quotes", "editorialNotes", "agreements", "provisions", "events", "tradeFigures", "loans", "currencySwaps", "projects", "assessments");
    private static readonly byte[][] ArticleMembers = Names("title", "publication", "volume", "issue", "publicationDate", "text");
    private static readonly byte[][] DateEstimateMembers = Names("earliest", "latest", "basis");
    private static readonly byte[][] CountryMembers = Names("id", "name", "alpha2", "alpha3", "formsAsWritten", "evidence");
    private static readonly byte[][] PersonMembers = Names("id", "name", "nameAsWritten", "otherFormsAsWritten", "role", "countryId", "evidence");
    private static readonly byte[][] OrganizationMembers = Names("id", "name", "nameAsWritten", "organizationKind", "countryId", "description", "website", "evidence");
    private static readonly byte[][] PlaceMembers = Names("id", "name", "nameAsWritten", "placeKind", "countryIds", "subdivisionCodes", "location", "evidence");
    private static readonly byte[][] GeoPointMembers = Names("latitude", "longitude");
    private static readonly byte[][] CitationMembers = Names("id", "citationKind", "outletId", "outletAsWritten", "dateAsWritten", "date", "title", "evidence");
    private static readonly byte[][] QuoteMembers = Names("id", "quoteKind", "speakerId", "words", "evidence");
    private static readonly byte[][] EditorialNoteMembers = Names("id", "noteKind", "targetIds", "asWritten", "reading", "reference", "confidence", "evidence");
    private static readonly byte[][] AgreementMembers = Names("id", "title", "agreementKind", "partyIds", "when", "status", "relatedIds", "evidence");
    private static readonly byte[][] ProvisionMembers = Names("id", "agreementId", "provisionKind", "actorIds", "statement", "subjectIds", "evidence");
    private static readonly byte[][] EventMembers = Names("id", "eventKind", "title", "when", "participantIds", "placeId", "relatedIds", "evidence");
    private static readonly byte[][] TradeFigureMembers = Names("id", "statedById", "countryId", "partnerId", "period", "measure", "basis", "amount", "quantity", "commodity", "evidence");
    private static readonly byte[][] LoanMembers = Names("id", "lenderId", "borrowerId", "amount", "purpose", "projectId", "when", "evidence");
    private static readonly byte[][] CurrencySwapMembers = Names("id", "partyIds", "amount", "agreementId", "when", "evidence");
    private static readonly byte[][] ProjectMembers = Names("id", "name", "nameAsWritten", "projectKind", "countryIds", "placeIds", "phase", "status", "areas", "cost", "financingIds", "when", "relatedIds", "evidence");
    private static readonly byte[][] ProjectAreaMembers = Names("countryId", "area");
    private static readonly byte[][] AssessmentMembers = Names("id", "source", "holderId", "assessmentKind", "statement", "subjectIds", "evidence");
    private static readonly byte[][] EvidenceMembers = Names("spans", "citationIds");
    private static readonly byte[][] TextSpanMembers = Names("start", "length", "text");
    private static readonly byte[][] MoneyMembers = Names("amount", "currency");
    private static readonly byte[][] StatedAmountMembers = Names("value", "bound", "asWritten", "alsoStatedAs");
    private static readonly byte[][] QuantityMembers = Names("value", "unit", "bound", "asWritten");
    private static readonly byte[][] TimeReferenceMembers = Names("relation", "date");

    /// <summary>The members of a stated amount that must be present: all but <c>alsoStatedAs</c>, which defaults to null.</summary>
    private const ulong StatedAmountRequired = 0b0111;

    /// <summary>Every id read so far, by its text: references repeat ids, and each distinct one is checked and allocated once.</summary>
    private readonly Dictionary<string, RecordId> _ids = new(256, StringComparer.Ordinal);

    /// <summary>Room for an id's characters while it is looked up; a field rather than a stackalloc, which is zeroed on every call.</summary>
    private readonly char[] _idChars = new char[RecordId.MaxLength];

    private EditionJsonReader()
    {
    }

    /// <summary>Reads one edition document, or gives up.</summary>
    /// <param name="utf8Json">The document, without a byte order mark.</param>
    /// <returns>The edition, not yet validated as a whole; null when the document is not one this reader accepts.</returns>
    public static KazChinaEdition? TryRead(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, JsonSyntax.ReaderOptions);
        try
        {
            Next(ref reader);
            KazChinaEdition edition = new EditionJsonReader().ReadEdition(ref reader);
            return reader.Read() ? null : edition;
        }
        catch (JsonException)
        {
            return null;
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static byte[][] Names(params string[] names) => Array.ConvertAll(names, Encoding.UTF8.GetBytes);

    private static JsonException GiveUp() => new();

    /// <summary>Moves to the next token, which must exist.</summary>
    private static void Next(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw GiveUp();
        }
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType token)
    {
        if (reader.TokenType != token)
        {
            throw GiveUp();
        }
    }

    /// <summary>
    /// Moves to the next member of the object being read and then onto its value; false at the end of the object.
    /// Gives up on an unknown member and on one seen before.
    /// </summary>
    /// <param name="reader">The reader, on the object's start or on the end of the previous member's value.</param>
    /// <param name="names">The object's members, in their written order.</param>
    /// <param name="seen">The members seen so far, one bit each.</param>
    /// <param name="member">The member's index in <paramref name="names"/>.</param>
    private static bool NextMember(ref Utf8JsonReader reader, byte[][] names, ref ulong seen, out int member)
    {
        Next(ref reader);
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            member = -1;
            return false;
        }

        Expect(ref reader, JsonTokenType.PropertyName);

        // Documents nearly always list members in the written order: try the one after the last seen first.
        int expected = BitOperations.PopCount(seen);
        member = expected < names.Length && reader.ValueTextEquals(names[expected]) ? expected : IndexOf(ref reader, names);
        ulong bit = 1UL << member;
        if ((seen & bit) != 0)
        {
            throw GiveUp();
        }

        seen |= bit;
        Next(ref reader);
        return true;
    }

    private static int IndexOf(ref Utf8JsonReader reader, byte[][] names)
    {
        for (int i = 0; i < names.Length; i++)
        {
            if (reader.ValueTextEquals(names[i]))
            {
                return i;
            }
        }

        throw GiveUp();
    }

    /// <summary>Gives up unless every member of <paramref name="required"/> was seen.</summary>
    private static void RequireAll(ulong seen, ulong required)
    {
        if ((seen & required) != required)
        {
            throw GiveUp();
        }
    }

    private static ulong All(byte[][] names) => (1UL << names.Length) - 1;

    private static void StartObject(ref Utf8JsonReader reader) => Expect(ref reader, JsonTokenType.StartObject);

    private static string String(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.String);
        return reader.GetString()!;
    }

    private static string? StringOrNull(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : String(ref reader);

    private static int Int32(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.Number);
        return reader.TryGetInt32(out int value) ? value : throw GiveUp();
    }

    private static decimal Decimal(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.Number);
        return DecimalJsonConverter.TryGetExact(ref reader, out decimal value) ? value : throw GiveUp();
    }

    private static TEnum Enum<TEnum>(ref Utf8JsonReader reader)
        where TEnum : struct, Enum
    {
        Expect(ref reader, JsonTokenType.String);
        return CamelCaseEnumJsonConverter<TEnum>.TryMatch(ref reader, out TEnum value) ? value : throw GiveUp();
    }

    private static LocalDate Date(ref Utf8JsonReader reader) =>
        LocalDateJsonConverter.TryParse(String(ref reader), out LocalDate date) ? date : throw GiveUp();

    private static PartialDate PartialDate(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.String);
        return !reader.ValueIsEscaped && PartialDateJsonConverter.TryParseUtf8(reader.ValueSpan, out PartialDate? date)
            ? date
            : PartialDateJsonConverter.Parse(reader.GetString()!);
    }

    private static PartialDate? PartialDateOrNull(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : PartialDate(ref reader);

    /// <summary>
    /// Reads an id. An unescaped one of plain ASCII is looked up by its bytes, so a repeated id costs neither a
    /// string nor a second check; anything else goes through <see cref="RecordId(string)"/>, which rejects it or
    /// makes it.
    /// </summary>
    private RecordId Id(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.String);
        ReadOnlySpan<byte> raw = reader.ValueIsEscaped ? default : reader.ValueSpan;
        if (raw.Length is 0 or > RecordId.MaxLength || !Ascii.IsValid(raw))
        {
            return new RecordId(reader.GetString()!);
        }

        _ = Ascii.ToUtf16(raw, _idChars, out int written);
        ReadOnlySpan<char> chars = _idChars.AsSpan(0, written);
        Dictionary<string, RecordId>.AlternateLookup<ReadOnlySpan<char>> byText = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!byText.TryGetValue(chars, out RecordId id))
        {
            id = new RecordId(new string(chars));
            _ids.Add(id.Value, id);
        }

        return id;
    }

    private RecordId? IdOrNull(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? default(RecordId?) : Id(ref reader);

    /// <summary>
    /// Reads an array whose elements <paramref name="element"/> reads; none may be null. Most lists of an edition
    /// hold one item, which goes straight into its array; longer ones are gathered in a pooled buffer.
    /// </summary>
    private ValueList<T> List<T>(ref Utf8JsonReader reader, ElementReader<T> element)
    {
        Expect(ref reader, JsonTokenType.StartArray);
        Next(ref reader);
        if (reader.TokenType == JsonTokenType.EndArray)
        {
            return ValueList.Empty<T>();
        }

        T first = Element(ref reader, element);
        Next(ref reader);
        if (reader.TokenType == JsonTokenType.EndArray)
        {
            return new ValueList<T>(ImmutableCollectionsMarshal.AsImmutableArray(new[] { first }));
        }

        T[] buffer = BoundedArrayPool<T>.Rent(8);
        buffer[0] = first;
        int count = 1;
        try
        {
            do
            {
                if (count == buffer.Length)
                {
                    T[] larger = BoundedArrayPool<T>.Rent(count * 2);
                    buffer.AsSpan().CopyTo(larger);
                    BoundedArrayPool<T>.Return(buffer, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
                    buffer = larger;
                }

                buffer[count++] = Element(ref reader, element);
                Next(ref reader);
            }
            while (reader.TokenType != JsonTokenType.EndArray);

            return new ValueList<T>(ImmutableCollectionsMarshal.AsImmutableArray(buffer.AsSpan(0, count).ToArray()));
        }
        finally
        {
            BoundedArrayPool<T>.Return(buffer, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        }
    }

    private T Element<T>(ref Utf8JsonReader reader, ElementReader<T> element) =>
        reader.TokenType == JsonTokenType.Null ? throw GiveUp() : element(this, ref reader);

    private KazChinaEdition ReadEdition(ref Utf8JsonReader reader)
    {
        StartObject(ref reader);
        string? dataVersion = null;
        Article? article = null;
        ValueList<Country>? countries = null;
        ValueList<Person>? people = null;
        ValueList<Organization>? organizations = null;
        ValueList<Place>? places = null;
        ValueList<Citation>? citations = null;
        ValueList<Quote>? quotes = null;
        ValueList<EditorialNote>? editorialNotes = null;
        ValueList<Agreement>? agreements = null;
        ValueList<Provision>? provisions = null;
        ValueList<Event>? events = null;
        ValueList<TradeFigure>? tradeFigures = null;
        ValueList<Loan>? loans = null;
        ValueList<CurrencySwap>? currencySwaps = null;
        ValueList<InfrastructureProject>? projects = null;
        ValueList<Assessment>? assessments = null;
        ulong seen = 0;
        while (NextMember(ref reader, EditionMembers, ref seen, out int member))
        {
            switch (member)
            {
                case 0:
                    if (Int32(ref reader) != KazChinaJson.SchemaVersion)
                    {
                        throw GiveUp();
                    }

                    break;
                case 1: dataVersion = String(ref reader); break;
                case 2: article = ReadArticle(ref reader); break;
                case 3: countries = List(ref reader, Elements.Country); break;
                case 4: people = List(ref reader, Elements.Person); break;
                case 5: organizations = List(ref reader, Elements.Organization); break;
                case 6: places = List(ref reader, Elements.Place); break;
                case 7: citations = List(ref reader, Elements.Citation); break;
                case 8: quotes = List(ref reader, Elements.Quote); break;
                case 9: editorialNotes = List(ref reader, Elements.EditorialNote); break;
                case 10: agreements = List(ref reader, Elements.Agreement); break;
                case 11: provisions = List(ref reader, Elements.Provision); break;
                case 12: events = List(ref reader, Elements.Event); break;
                case 13: tradeFigures = List(ref reader, Elements.TradeFigure); break;
                case 14: loans = List(ref reader, Elements.Loan); break;
                case 15: currencySwaps = List(ref reader, Elements.CurrencySwap); break;
                case 16: projects = List(ref reader, Elements.Project); break;
                default: assessments = List(ref reader, Elements.Assessment); break;
            }
        }

        RequireAll(seen, All(EditionMembers));
        return new KazChinaEdition(dataVersion!, article!, countries!, people!, organizations!, places!, citations!, quotes!, editorialNotes!, agreements!, provisions!, events!, tradeFigures!, loans!, currencySwaps!, projects!, assessments!);
    }

    private static Article ReadArticle(ref Utf8JsonReader reader)
    {
        StartObject(ref reader);
        string? title = null, publication = null, text = null;
        int volume = 0, issue = 0;
        DateEstimate? publicationDate = null;
        ulong seen = 0;
        while (NextMember(ref reader, ArticleMembers, ref seen, out int member))
        {
            switch (member)
            {
                case 0: title = String(ref reader); break;
                case 1: publication = String(ref reader); break;
                case 2: volume = Int32(ref reader); break;
                case 3: issue = Int32(ref reader); break;
                case 4: publicationDate = reader.TokenType == JsonTokenType.Null ? null : ReadDateEstimate(ref reader); break;
                default: text = String(ref reader); break;
            }
        }

        RequireAll(seen, All(ArticleMembers));
        return new Article(title!, publication!, volume, issue, publicationDate, text!);
    }

    private static DateEstimate ReadDateEstimate(ref Utf8JsonReader reader)
    {
        StartObject(ref reader);
        LocalDate earliest = default, latest = default;
        string? basis = null;
        ulong seen = 0;
        while (NextMember(ref reader, DateEstimateMembers, ref seen, out int member))
        {
            switch (member)
            {
                case 0: earliest = Date(ref reader); break;
                case 1: latest = Date(ref reader); break;
                default: basis = String(ref reader); break;
            }
        }

        RequireAll(seen, All(DateEstimateMembers));
        return new DateEstimate(earliest, latest, basis!);
    }

    private Country ReadCountry(ref Utf8JsonReader reader)
    {
        StartObject(ref reader);
        RecordId id = default;
        string? name = null, alpha2 = null, alpha3 = null;
        ValueList<string>? forms = null;
        Evidence? evidence = null;
        ulong seen = 0;
        while (NextMember(ref reader, CountryMembers, ref seen, out int member))
        {
            switch (member)
            {
                case 0: id = Id(ref reader); break;
                case 1: name = String(ref reader); break;
                case 2: alpha2 = String(ref reader); break;
                case 3: alpha3 = String(ref reader); break;
                case 4: forms = List(ref reader, Elements.String); break;
                default: evidence = ReadEvidence(ref reader); break;
            }
        }

        RequireAll(seen, All(CountryMembers));
        return new Country(id, name!, alpha2!, alpha3!, forms!, evidence!);
    }

    private Person ReadPerson(ref Utf8JsonReader reader)
    {
        StartObject(ref reader);
        RecordId id = default, countryId = default;
        string? name = null, nameAsWritten = null, role = null;
        ValueList<string>? otherForms = null;
        Evidence? evidence = null;
        ulong seen = 0;
        while (NextMember(ref reader, PersonMembers, ref seen, out int member))
        {
            switch (member)
            {
                case 0: id = Id(ref reader); break;
                case 1: name = String(ref reader); break;
                case 2: nameAsWritten = String(ref reader); break;
                case 3: otherForms = List(ref reader, Elements.String); break;
                case 4: role = String(ref reader); break;
                case 5: countryId = Id(ref reader); break;
                default: evidence = ReadEvidence(ref reader); break;
            }
        }

        RequireAll(seen, All(PersonMembers));
        return new Person(id, name!, nameAsWritten!, otherForms!, role!, countryId, evidence!);
    }

    private Organization ReadOrganization(ref Utf8JsonReader reader)
    {
        StartObject(ref reader);
        RecordId id = default;
        RecordId? countryId = null;
        string? name = null, nameAsWritten = null, description = null, website = null;
        OrganizationKind kind = default;
        Evidence? evidence = null;
        ulong seen = 0;
        while (NextMember(ref reader, OrganizationMembers, ref seen, out int member))
        {
            switch (member)
            {
                case 0: id = Id(ref reader); break;
                case 1: name = String(ref reader); break;
                case 2: nameAsWritten = String(ref reader); break;
                case 3: kind = Enum<OrganizationKind>(ref reader); break;
                case 4: countryId = IdOrNull(ref reader); break;
                case 5: description = StringOrNull(ref reader); break;
                case 6: website = StringOrNull(ref reader); break;
                default: evidence = ReadEvidence(ref reader); break;
            }
        }

        RequireAll(seen, All(OrganizationMembers));
        return new Organization(id, name!, nameAsWritten!, kind, countryId, description, website, evidence!);
    }

    private Place ReadPlace(ref Utf8JsonReader reader)
    {
        StartObject(ref reader);
        RecordId id = default;
        string? name = null, nameAsWritten = null;
        PlaceKind kind = default;
        ValueList<RecordId>? countryIds = null;
        ValueList<string>? subdivisionCodes = null;
        GeoPoint? location = null;
        Evidence? evidence = null;
        ulong seen = 0;
        while (NextMember(ref reader, PlaceMembers, ref seen, out int member))
        {
            switch (member)
            {
                case 0: id = Id(ref reader); break;
                case 1: name = String(ref reader); break;
                case 2: nameAsWritten = String(ref reader); break;
                case 3: kind = Enum<PlaceKind>(ref reader); break;
                case 4: countryIds = List(ref reader, Elements.Id); break;
                case 5: subdivisionCodes = List(ref reader, Elements.String); break;
                case 6: location = reader.TokenType == JsonTokenType.Null ? null : ReadGeoPoint(ref reader); break;
                default: evidence = ReadEvidence(ref reader); break;
            }
        }

        RequireAll(seen, All(PlaceMembers));
        return new Place(id, name!, nameAsWritten!, kind, countryIds!, subdivisionCodes!, location, evidence!);
    }

    private static GeoPoint ReadGeoPoint(ref Utf8JsonReader reader)
    {
        StartObject(ref reader);
        decimal latitude = 0, longitude = 0;
        ulong seen = 0;
        while (NextMember(ref reader, GeoPointMembers, ref seen, out int member))
        {
            if (member == 0)
            {
                latitude = Decimal(ref reader);
            }
            else
            {
                longitude = Decimal(ref reader);
            }
        }

        RequireAll(seen, All(GeoPointMembers));
        return new GeoPoint(latitude, longitude);
    }

    private Citation ReadCitation(ref Utf8JsonReader reader)
    {
        StartObject(ref reader);
        RecordId id = default, outletId = default;
        CitationKind kind = default;
        string? outletAsWritten = null, dateAsWritten = null, title = null;
        PartialDate? date = null;
        Evidence? evidence = null;
        ulong seen = 0;
        while (NextMember(ref reader, CitationMembers, ref seen, out int member))
        {
            switch (member)
            {
                case 0: id = Id(ref reader); break;
                case 1: kind = Enum<CitationKind>(ref reader); break;
                case 2: outletId = Id(ref reader); break;
                case 3: outletAsWritten = String(ref reader); break;
                case 4: dateAsWritten = StringOrNull(ref reader); break;
                case 5: date = PartialDateOrNull(ref reader); break;
                case 6: title = StringOrNull(ref reader); break;
                default: evidence = ReadEvidence(ref reader); break;
            }
        }

        RequireAll(seen, All(CitationMembers));
        return new Citation(id, kind, outletId, outletAsWritten!, dateAsWritten, date, title, evidence!);
    }

    private Quote ReadQuote(ref Utf8JsonReader reader)
    {
        StartObject(ref reader);
        RecordId id = default, speakerId = default;
        QuoteKind kind = default;
        TextSpan? words = null;
        Evidence? evidence = null;
        ulong seen = 0;
        while (NextMember(ref reader, QuoteMembers, ref seen, out int member))
        {
            switch (member)
            {
                case 0: id = Id(ref reader); break;
                case 1: kind = Enum<QuoteKind>(ref reader); break;
                case 2: speakerId = Id(ref reader); break;
                case 3: words = ReadTextSpan(ref reader); break;
                default: evidence = ReadEvidence(ref reader); break;
            }
        }

        RequireAll(seen, All(QuoteMembers));
        return new Quote(id, kind, speakerId, words!, evidence!);
    }

    private EditorialNote ReadEditorialNote(ref Utf8JsonReader reader)
    {
        StartObject(ref reader);
        RecordId id = default;
        EditorialNoteKind kind = default;
        ValueList<RecordId>? targetIds = null;
        string? asWritten = null, reading = null, reference = null;
        Confidence confidence = default;
        Evidence? evidence = null;
        ulong seen = 0;
        while (NextMember(ref reader, EditorialNoteMembers, ref seen, out int member))
        {
            switch (member)
            {
                case 0: id = Id(ref reader); break;
                case 1: kind = Enum<EditorialNoteKind>(ref reader); break;
                case 2: targetIds = List(ref reader, Elements.Id); break;
                case 3: asWritten = String(ref reader); break;
                case 4: reading = String(ref reader); break;
                case 5: reference = StringOrNull(ref reader); break;
                case 6: confidence = Enum<Confidence>(ref reader); break;
                default: evidence = ReadEvidence(ref reader); break;
            }
        }

        RequireAll(seen, All(EditorialNoteMembers));
        return new EditorialNote(id, kind, targetIds!, asWritten!, reading!, reference, confidence, evidence!);
    }

    private Agreement ReadAgreement(ref Utf8JsonReader reader)
    {
        StartObject(ref reader);
        RecordId id = default;
        string? title = null;
        AgreementKind kind = default;
        ValueList<RecordId>? partyIds = null, relatedIds = null;
        TimeReference? when = null;
        AgreementStatus status = default;
        Evidence? evidence = null;
        ulong seen = 0;
        while (NextMember(ref reader, AgreementMembers, ref seen, out int member))
        {
            switch (member)
            {
                case 0: id = Id(ref reader); break;
                case 1: title = String(ref reader); break;
                case 2: kind = Enum<AgreementKind>(ref reader); break;
                case 3: partyIds = List(ref reader, Elements.Id); break;
                case 4: when = TimeReferenceOrNull(ref reader); break;
                case 5: status = Enum<AgreementStatus>(ref reader); break;
                case 6: relatedIds = List(ref reader, Elements.Id); break;
                default: evidence = ReadEvidence(ref reader); break;
            }
        }

        RequireAll(seen, All(AgreementMembers));
        return new Agreement(id, title!, kind, partyIds!, when, status, relatedIds!, evidence!);
    }

    private Provision ReadProvision(ref Utf8JsonReader reader)
    {
        StartObject(ref reader);
        RecordId id = default, agreementId = default;
        ProvisionKind kind = default;
        ValueList<RecordId>? actorIds = null, subjectIds = null;
        string? statement = null;
        Evidence? evidence = null;
        ulong seen = 0;
        while (NextMember(ref reader, ProvisionMembers, ref seen, out int member))
        {
            switch (member)
            {
                case 0: id = Id(ref reader); break;
                case 1: agreementId = Id(ref reader); break;
                case 2: kind = Enum<ProvisionKind>(ref reader); break;
                case 3: actorIds = List(ref reader, Elements.Id); break;
                case 4: statement = String(ref reader); break;
                case 5: subjectIds = List(ref reader, Elements.Id); break;
                default: evidence = ReadEvidence(ref reader); break;
            }
        }

        RequireAll(seen, All(ProvisionMembers));
        return new Provision(id, agreementId, kind, actorIds!, statement!, subjectIds!, evidence!);
    }

    private Event ReadEvent(ref Utf8JsonReader reader)
    {
        StartObject(ref reader);
        RecordId id = default;
        RecordId? placeId = null;
        EventKind kind = default;
        string? title = null;
        TimeReference? when = null;
        ValueList<RecordId>? participantIds = null, relatedIds = null;
        Evidence? evidence = null;
        ulong seen = 0;
        while (NextMember(ref reader, EventMembers, ref seen, out int member))
        {
            switch (member)
            {
                case 0: id = Id(ref reader); break;
                case 1: kind = Enum<EventKind>(ref reader); break;
                case 2: title = String(ref reader); break;
                case 3: when = TimeReferenceOrNull(ref reader); break;
                case 4: participantIds = List(ref reader, Elements.Id); break;
                case 5: placeId = IdOrNull(ref reader); break;
                case 6: relatedIds = List(ref reader, Elements.Id); break;
                default: evidence = ReadEvidence(ref reader); break;
            }
        }

        RequireAll(seen, All(EventMembers));
        return new Event(id, kind, title!, when, participantIds!, placeId, relatedIds!, evidence!);
    }

    private TradeFigure ReadTradeFigure(ref Utf8JsonReader reader)
    {
        StartObject(ref reader);
        RecordId id = default, countryId = default, partnerId = default;
        RecordId? statedById = null;
        TimeReference? period = null;
        TradeMeasure measure = default;
        FigureBasis basis = default;
        StatedAmount? amount = null;
        Quantity? quantity = null;
        string? commodity = null;
        Evidence? evidence = null;
        ulong seen = 0;
        while (NextMember(ref reader, TradeFigureMembers, ref seen, out int member))
        {
            switch (member)
            {
                case 0: id = Id(ref reader); break;
                case 1: statedById = IdOrNull(ref reader); break;
                case 2: countryId = Id(ref reader); break;
                case 3: partnerId = Id(ref reader); break;
                case 4: period = TimeReferenceOrNull(ref reader); break;
                case 5: measure = Enum<TradeMeasure>(ref reader); break;
                case 6: basis = Enum<FigureBasis>(ref reader); break;
                case 7: amount = reader.TokenType == JsonTokenType.Null ? null : ReadStatedAmount(ref reader); break;
                case 8: quantity = reader.TokenType == JsonTokenType.Null ? null : ReadQuantity(ref reader); break;
                case 9: commodity = StringOrNull(ref reader); break;
                default: evidence = ReadEvidence(ref reader); break;
            }
        }

        RequireAll(seen, All(TradeFigureMembers));
        return new TradeFigure(id, statedById, countryId, partnerId, period, measure, basis, amount, quantity, commodity, evidence!);
    }

    private Loan ReadLoan(ref Utf8JsonReader reader)
    {
        StartObject(ref reader);
        RecordId id = default, lenderId = default, borrowerId = default;
        RecordId? projectId = null;
        StatedAmount? amount = null;
        string? purpose = null;
        TimeReference? when = null;
        Evidence? evidence = null;
        ulong seen = 0;
        while (NextMember(ref reader, LoanMembers, ref seen, out int member))
        {
            switch (member)
            {
                case 0: id = Id(ref reader); break;
                case 1: lenderId = Id(ref reader); break;
                case 2: borrowerId = Id(ref reader); break;
                case 3: amount = ReadStatedAmount(ref reader); break;
                case 4: purpose = String(ref reader); break;
                case 5: projectId = IdOrNull(ref reader); break;
                case 6: when = TimeReferenceOrNull(ref reader); break;
                default: evidence = ReadEvidence(ref reader); break;
            }
        }

        RequireAll(seen, All(LoanMembers));
        return new Loan(id, lenderId, borrowerId, amount!, purpose!, projectId, when, evidence!);
    }

    private CurrencySwap ReadCurrencySwap(ref Utf8JsonReader reader)
    {
        StartObject(ref reader);
        RecordId id = default;
        RecordId? agreementId = null;
        ValueList<RecordId>? partyIds = null;
        StatedAmount? amount = null;
        TimeReference? when = null;
        Evidence? evidence = null;
        ulong seen = 0;
        while (NextMember(ref reader, CurrencySwapMembers, ref seen, out int member))
        {
            switch (member)
            {
                case 0: id = Id(ref reader); break;
                case 1: partyIds = List(ref reader, Elements.Id); break;
                case 2: amount = ReadStatedAmount(ref reader); break;
                case 3: agreementId = IdOrNull(ref reader); break;
                case 4: when = TimeReferenceOrNull(ref reader); break;
                default: evidence = ReadEvidence(ref reader); break;
            }
        }

        RequireAll(seen, All(CurrencySwapMembers));
        return new CurrencySwap(id, partyIds!, amount!, agreementId, when, evidence!);
    }

    private InfrastructureProject ReadProject(ref Utf8JsonReader reader)
    {
        StartObject(ref reader);
        RecordId id = default;
        string? name = null, nameAsWritten = null, phase = null;
        ProjectKind kind = default;
        ProjectStatus status = default;
        ValueList<RecordId>? countryIds = null, placeIds = null, financingIds = null, relatedIds = null;
        ValueList<ProjectArea>? areas = null;
        StatedAmount? cost = null;
        TimeReference? when = null;
        Evidence? evidence = null;
        ulong seen = 0;
        while (NextMember(ref reader, ProjectMembers, ref seen, out int member))
        {
            switch (member)
            {
                case 0: id = Id(ref reader); break;
                case 1: name = String(ref reader); break;
                case 2: nameAsWritten = String(ref reader); break;
                case 3: kind = Enum<ProjectKind>(ref reader); break;
                case 4: countryIds = List(ref reader, Elements.Id); break;
                case 5: placeIds = List(ref reader, Elements.Id); break;
                case 6: phase = StringOrNull(ref reader); break;
                case 7: status = Enum<ProjectStatus>(ref reader); break;
                case 8: areas = List(ref reader, Elements.ProjectArea); break;
                case 9: cost = reader.TokenType == JsonTokenType.Null ? null : ReadStatedAmount(ref reader); break;
                case 10: financingIds = List(ref reader, Elements.Id); break;
                case 11: when = TimeReferenceOrNull(ref reader); break;
                case 12: relatedIds = List(ref reader, Elements.Id); break;
                default: evidence = ReadEvidence(ref reader); break;
            }
        }

        RequireAll(seen, All(ProjectMembers));
        return new InfrastructureProject(id, name!, nameAsWritten!, kind, countryIds!, placeIds!, phase, status, areas!, cost, financingIds!, when, relatedIds!, evidence!);
    }

    private ProjectArea ReadProjectArea(ref Utf8JsonReader reader)
    {
        StartObject(ref reader);
        RecordId countryId = default;
        Quantity? area = null;
        ulong seen = 0;
        while (NextMember(ref reader, ProjectAreaMembers, ref seen, out int member))
        {
            if (member == 0)
            {
                countryId = Id(ref reader);
            }
            else
            {
                area = ReadQuantity(ref reader);
            }
        }

        RequireAll(seen, All(ProjectAreaMembers));
        return new ProjectArea(countryId, area!);
    }

    private Assessment ReadAssessment(ref Utf8JsonReader reader)
    {
        StartObject(ref reader);
        RecordId id = default;
        RecordId? holderId = null;
        AssessmentSource source = default;
        AssessmentKind kind = default;
        string? statement = null;
        ValueList<RecordId>? subjectIds = null;
        Evidence? evidence = null;
        ulong seen = 0;
        while (NextMember(ref reader, AssessmentMembers, ref seen, out int member))
        {
            switch (member)
            {
                case 0: id = Id(ref reader); break;
                case 1: source = Enum<AssessmentSource>(ref reader); break;
                case 2: holderId = IdOrNull(ref reader); break;
                case 3: kind = Enum<AssessmentKind>(ref reader); break;
                case 4: statement = String(ref reader); break;
                case 5: subjectIds = List(ref reader, Elements.Id); break;
                default: evidence = ReadEvidence(ref reader); break;
            }
        }

        RequireAll(seen, All(AssessmentMembers));
        return new Assessment(id, source, holderId, kind, statement!, subjectIds!, evidence!);
    }

    private Evidence ReadEvidence(ref Utf8JsonReader reader)
    {
        StartObject(ref reader);
        ValueList<TextSpan>? spans = null;
        ValueList<RecordId>? citationIds = null;
        ulong seen = 0;
        while (NextMember(ref reader, EvidenceMembers, ref seen, out int member))
        {
            if (member == 0)
            {
                spans = List(ref reader, Elements.TextSpan);
            }
            else
            {
                citationIds = List(ref reader, Elements.Id);
            }
        }

        RequireAll(seen, All(EvidenceMembers));
        return new Evidence(spans!, citationIds!);
    }

    private static TextSpan ReadTextSpan(ref Utf8JsonReader reader)
    {
        StartObject(ref reader);
        int start = 0, length = 0;
        string? text = null;
        ulong seen = 0;
        while (NextMember(ref reader, TextSpanMembers, ref seen, out int member))
        {
            switch (member)
            {
                case 0: start = Int32(ref reader); break;
                case 1: length = Int32(ref reader); break;
                default: text = String(ref reader); break;
            }
        }

        RequireAll(seen, All(TextSpanMembers));
        return new TextSpan(start, length, text!);
    }

    private static Money ReadMoney(ref Utf8JsonReader reader)
    {
        StartObject(ref reader);
        decimal amount = 0;
        string? currency = null;
        ulong seen = 0;
        while (NextMember(ref reader, MoneyMembers, ref seen, out int member))
        {
            if (member == 0)
            {
                amount = Decimal(ref reader);
            }
            else
            {
                currency = String(ref reader);
            }
        }

        RequireAll(seen, All(MoneyMembers));
        return new Money(amount, currency!);
    }

    private static StatedAmount ReadStatedAmount(ref Utf8JsonReader reader)
    {
        StartObject(ref reader);
        Money? value = null, alsoStatedAs = null;
        Bound bound = default;
        string? asWritten = null;
        ulong seen = 0;
        while (NextMember(ref reader, StatedAmountMembers, ref seen, out int member))
        {
            switch (member)
            {
                case 0: value = ReadMoney(ref reader); break;
                case 1: bound = Enum<Bound>(ref reader); break;
                case 2: asWritten = String(ref reader); break;
                default: alsoStatedAs = reader.TokenType == JsonTokenType.Null ? null : ReadMoney(ref reader); break;
            }
        }

        RequireAll(seen, StatedAmountRequired);
        return new StatedAmount(value!, bound, asWritten!, alsoStatedAs);
    }

    private static Quantity ReadQuantity(ref Utf8JsonReader reader)
    {
        StartObject(ref reader);
        decimal value = 0;
        QuantityUnit unit = default;
        Bound bound = default;
        string? asWritten = null;
        ulong seen = 0;
        while (NextMember(ref reader, QuantityMembers, ref seen, out int member))
        {
            switch (member)
            {
                case 0: value = Decimal(ref reader); break;
                case 1: unit = Enum<QuantityUnit>(ref reader); break;
                case 2: bound = Enum<Bound>(ref reader); break;
                default: asWritten = String(ref reader); break;
            }
        }

        RequireAll(seen, All(QuantityMembers));
        return new Quantity(value, unit, bound, asWritten!);
    }

    private static TimeReference? TimeReferenceOrNull(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        StartObject(ref reader);
        TimeRelation relation = default;
        PartialDate? date = null;
        ulong seen = 0;
        while (NextMember(ref reader, TimeReferenceMembers, ref seen, out int member))
        {
            if (member == 0)
            {
                relation = Enum<TimeRelation>(ref reader);
            }
            else
            {
                date = PartialDate(ref reader);
            }
        }

        RequireAll(seen, All(TimeReferenceMembers));
        return new TimeReference(relation, date!);
    }

    /// <summary>Reads one list element; the reader is on its first token and is left on its last.</summary>
    private delegate T ElementReader<T>(EditionJsonReader self, ref Utf8JsonReader reader);

    /// <summary>The element readers, made once.</summary>
    private static class Elements
    {
        public static readonly ElementReader<string> String = static (_, ref reader) => EditionJsonReader.String(ref reader);
        public static readonly ElementReader<RecordId> Id = static (self, ref reader) => self.Id(ref reader);
        public static readonly ElementReader<TextSpan> TextSpan = static (_, ref reader) => ReadTextSpan(ref reader);
        public static readonly ElementReader<ProjectArea> ProjectArea = static (self, ref reader) => self.ReadProjectArea(ref reader);
        public static readonly ElementReader<Country> Country = static (self, ref reader) => self.ReadCountry(ref reader);
        public static readonly ElementReader<Person> Person = static (self, ref reader) => self.ReadPerson(ref reader);
        public static readonly ElementReader<Organization> Organization = static (self, ref reader) => self.ReadOrganization(ref reader);
        public static readonly ElementReader<Place> Place = static (self, ref reader) => self.ReadPlace(ref reader);
        public static readonly ElementReader<Citation> Citation = static (self, ref reader) => self.ReadCitation(ref reader);
        public static readonly ElementReader<Quote> Quote = static (self, ref reader) => self.ReadQuote(ref reader);
        public static readonly ElementReader<EditorialNote> EditorialNote = static (self, ref reader) => self.ReadEditorialNote(ref reader);
        public static readonly ElementReader<Agreement> Agreement = static (self, ref reader) => self.ReadAgreement(ref reader);
        public static readonly ElementReader<Provision> Provision = static (self, ref reader) => self.ReadProvision(ref reader);
        public static readonly ElementReader<Event> Event = static (self, ref reader) => self.ReadEvent(ref reader);
        public static readonly ElementReader<TradeFigure> TradeFigure = static (self, ref reader) => self.ReadTradeFigure(ref reader);
        public static readonly ElementReader<Loan> Loan = static (self, ref reader) => self.ReadLoan(ref reader);
        public static readonly ElementReader<CurrencySwap> CurrencySwap = static (self, ref reader) => self.ReadCurrencySwap(ref reader);
        public static readonly ElementReader<InfrastructureProject> Project = static (self, ref reader) => self.ReadProject(ref reader);
        public static readonly ElementReader<Assessment> Assessment = static (self, ref reader) => self.ReadAssessment(ref reader);
    }
}

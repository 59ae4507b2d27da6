using System;
using System.Collections.Generic;
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
/// <para>
/// Each type is read by one method: a call of the type's constructor with one argument per member, in the
/// contract's order (a record kind's method sits in its file under <c>Serialization/Records/</c>, beside its member
/// enum and its write method), each naming its member from <see cref="JsonMembers"/> and reading its value where
/// <see cref="ObjectReader{TMember}"/> finds it. A first pass expects every member in that order, as the contracts
/// (and so the writer) write it; a document with members in another order is read again, more slowly, by a second
/// pass that finds each member by name.
/// </para>
/// <para>Tests prove that whatever it accepts the contracts accept too, with an equal result.</para>
/// </remarks>
internal sealed partial class EditionJsonReader
{
    /// <summary>Every id read so far, by its text: references repeat ids, and each distinct one is checked and allocated once.</summary>
    private readonly Dictionary<string, RecordId> _ids = new(256, StringComparer.Ordinal);

    /// <summary>Room for an id's characters while it is looked up; a field rather than a stackalloc, which is zeroed on every call.</summary>
    private readonly char[] _idChars = new char[RecordId.MaxLength];

    /// <summary>In the second pass, the document, to which objects rewind to find their members; empty in the first.</summary>
    private readonly ReadOnlyMemory<byte> _document;

    /// <summary>Where in <see cref="_document"/> the span under the reader starts, which rewinding to an object moves.</summary>
    private int _offset;

    /// <summary>Whether the first pass gave up on a member out of its place, which the second pass may still accept.</summary>
    private bool _outOfPlace;

    /// <summary>Where the polymorphic object being read starts, and the reader's state there, noted before its <c>$type</c> is read.</summary>
    private int _typedStart;

    private JsonReaderState _typedStartState;

    private EditionJsonReader(ReadOnlyMemory<byte> document)
    {
        _document = document;
    }

    /// <summary>
    /// Reads one edition document, or gives up. A first pass expects every member where the contracts write it;
    /// a document with a member elsewhere (or an optional one left out) is read again by a second pass over a copy
    /// of it, which finds members wherever they are.
    /// </summary>
    /// <param name="utf8Json">The document, without a byte order mark.</param>
    /// <returns>The edition, not yet validated as a whole; null when the document is not one this reader accepts.</returns>
    public static KazChinaEdition? TryRead(ReadOnlySpan<byte> utf8Json)
    {
        var inPlace = new EditionJsonReader(ReadOnlyMemory<byte>.Empty);
        KazChinaEdition? edition = inPlace.Read(utf8Json);
        if (edition is not null || !inPlace._outOfPlace)
        {
            return edition;
        }

        byte[] copy = BoundedArrayPool<byte>.Rent(utf8Json.Length);
        try
        {
            utf8Json.CopyTo(copy);
            ReadOnlyMemory<byte> document = copy.AsMemory(0, utf8Json.Length);
            return new EditionJsonReader(document).Read(document.Span);
        }
        finally
        {
            BoundedArrayPool<byte>.Return(copy);
        }
    }

    private KazChinaEdition? Read(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, JsonSyntax.ReaderOptions);
        try
        {
            Next(ref reader);
            KazChinaEdition edition = ReadEdition(ref reader);
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

    /// <summary>Reads a value that may be null with <paramref name="element"/>.</summary>
    private T? OrNull<T>(ref Utf8JsonReader reader, ElementReader<T> element)
        where T : class => reader.TokenType == JsonTokenType.Null ? null : element(this, ref reader);

    private KazChinaEdition ReadEdition(ref Utf8JsonReader reader)
    {
        var edition = new ObjectReader<JsonMembers.KazChinaEdition>(this, ref reader);
        if (Int32(ref edition.At(ref reader, JsonMembers.KazChinaEdition.SchemaVersion)) != KazChinaJson.SchemaVersion)
        {
            throw GiveUp();
        }

        return edition.End(ref reader, new KazChinaEdition(
            String(ref edition.At(ref reader, JsonMembers.KazChinaEdition.DataVersion)),
            ReadArticle(ref edition.At(ref reader, JsonMembers.KazChinaEdition.Article)),
            List(ref edition.At(ref reader, JsonMembers.KazChinaEdition.Countries), Elements.Country),
            List(ref edition.At(ref reader, JsonMembers.KazChinaEdition.People), Elements.Person),
            List(ref edition.At(ref reader, JsonMembers.KazChinaEdition.Organizations), Elements.Organization),
            List(ref edition.At(ref reader, JsonMembers.KazChinaEdition.Places), Elements.Place),
            List(ref edition.At(ref reader, JsonMembers.KazChinaEdition.Citations), Elements.Citation),
            List(ref edition.At(ref reader, JsonMembers.KazChinaEdition.Quotes), Elements.Quote),
            List(ref edition.At(ref reader, JsonMembers.KazChinaEdition.EditorialNotes), Elements.EditorialNote),
            List(ref edition.At(ref reader, JsonMembers.KazChinaEdition.Agreements), Elements.Agreement),
            List(ref edition.At(ref reader, JsonMembers.KazChinaEdition.Provisions), Elements.Provision),
            List(ref edition.At(ref reader, JsonMembers.KazChinaEdition.Events), Elements.Event),
            List(ref edition.At(ref reader, JsonMembers.KazChinaEdition.TradeFigures), Elements.TradeFigure),
            List(ref edition.At(ref reader, JsonMembers.KazChinaEdition.Loans), Elements.Loan),
            List(ref edition.At(ref reader, JsonMembers.KazChinaEdition.CurrencySwaps), Elements.CurrencySwap),
            List(ref edition.At(ref reader, JsonMembers.KazChinaEdition.Projects), Elements.Project),
            List(ref edition.At(ref reader, JsonMembers.KazChinaEdition.Assessments), Elements.Assessment)));
    }

    private NameForm ReadNameForm(ref Utf8JsonReader reader)
    {
        var form = new ObjectReader<JsonMembers.NameForm>(this, ref reader);
        return form.End(ref reader, new NameForm(
            String(ref form.At(ref reader, JsonMembers.NameForm.Form)),
            Enum<NameFormKind>(ref form.At(ref reader, JsonMembers.NameForm.FormKind))));
    }

    private Evidence ReadEvidence(ref Utf8JsonReader reader)
    {
        var evidence = new ObjectReader<JsonMembers.Evidence>(this, ref reader);
        return evidence.End(ref reader, new Evidence(
            List(ref evidence.At(ref reader, JsonMembers.Evidence.Spans), Elements.TextSpan),
            List(ref evidence.At(ref reader, JsonMembers.Evidence.CitationIds), Elements.Id)));
    }

    private TextSpan ReadTextSpan(ref Utf8JsonReader reader)
    {
        var span = new ObjectReader<JsonMembers.TextSpan>(this, ref reader);
        return span.End(ref reader, new TextSpan(
            Int32(ref span.At(ref reader, JsonMembers.TextSpan.Start)),
            Int32(ref span.At(ref reader, JsonMembers.TextSpan.Length)),
            String(ref span.At(ref reader, JsonMembers.TextSpan.Text))));
    }

    private Money ReadMoney(ref Utf8JsonReader reader)
    {
        var money = new ObjectReader<JsonMembers.Money>(this, ref reader);
        return money.End(ref reader, new Money(
            Decimal(ref money.At(ref reader, JsonMembers.Money.Amount)),
            String(ref money.At(ref reader, JsonMembers.Money.Currency))));
    }

    private StatedAmount ReadStatedAmount(ref Utf8JsonReader reader)
    {
        var amount = new ObjectReader<JsonMembers.StatedAmount>(this, ref reader);
        return amount.End(ref reader, new StatedAmount(
            ReadMoney(ref amount.At(ref reader, JsonMembers.StatedAmount.Value)),
            Enum<Bound>(ref amount.At(ref reader, JsonMembers.StatedAmount.Bound)),
            String(ref amount.At(ref reader, JsonMembers.StatedAmount.AsWritten)),
            OrNull(ref amount.OptionalAt(ref reader, JsonMembers.StatedAmount.AlsoStatedAs), Elements.Money)));
    }

    private Quantity ReadQuantity(ref Utf8JsonReader reader)
    {
        var quantity = new ObjectReader<JsonMembers.Quantity>(this, ref reader);
        return quantity.End(ref reader, new Quantity(
            Decimal(ref quantity.At(ref reader, JsonMembers.Quantity.Value)),
            Enum<QuantityUnit>(ref quantity.At(ref reader, JsonMembers.Quantity.Unit)),
            Enum<Bound>(ref quantity.At(ref reader, JsonMembers.Quantity.Bound)),
            String(ref quantity.At(ref reader, JsonMembers.Quantity.AsWritten))));
    }

    private TimeReference ReadTimeReference(ref Utf8JsonReader reader)
    {
        var time = new ObjectReader<JsonMembers.TimeReference>(this, ref reader);
        return time.End(ref reader, new TimeReference(
            Enum<TimeRelation>(ref time.At(ref reader, JsonMembers.TimeReference.Relation)),
            PartialDate(ref time.At(ref reader, JsonMembers.TimeReference.Date))));
    }

    /// <summary>Reads one list element; the reader is on its first token and is left on its last.</summary>
    private delegate T ElementReader<T>(EditionJsonReader self, ref Utf8JsonReader reader);

    /// <summary>
    /// The members of one object, found by name as the object's constructor call asks for them, one argument after
    /// another in the contract's order. In the first pass the member asked for must be the next one, as it is in
    /// nearly every document; if it is not, the pass gives up and marks the document for the second. The second pass
    /// rewinds to the start of the object for each member and looks for it there, then at the end checks that no
    /// member is unknown or repeated, so that any order is accepted and nothing else.
    /// </summary>
    /// <typeparam name="TMember">The object's members, one of the enums of <see cref="JsonMembers"/>.</typeparam>
    private readonly ref struct ObjectReader<TMember>
        where TMember : struct, Enum
    {
        private static readonly byte[][] Names = JsonMembers.Names<TMember>.Utf8;

        private readonly EditionJsonReader _owner;

        /// <summary>In the second pass, where the object's members start in the document, and the reader's state there.</summary>
        private readonly int _start;

        private readonly JsonReaderState _startState;

        /// <summary>Whether the object starts with a <c>$type</c>, which the second pass's check of its members passes over.</summary>
        private readonly bool _typed;

        /// <summary>Starts reading an object.</summary>
        /// <param name="owner">The pass reading the document.</param>
        /// <param name="reader">The reader, on the object's start.</param>
        public ObjectReader(EditionJsonReader owner, scoped ref Utf8JsonReader reader)
        {
            Expect(ref reader, JsonTokenType.StartObject);
            _owner = owner;
            if (!owner._document.IsEmpty)
            {
                _start = owner._offset + checked((int)reader.BytesConsumed);
                _startState = reader.CurrentState;
            }
        }

        private bool InPlace => _owner._document.IsEmpty;

        private ObjectReader(EditionJsonReader owner, int start, JsonReaderState startState)
        {
            _owner = owner;
            _start = start;
            _startState = startState;
            _typed = true;
        }

        /// <summary>
        /// Starts reading the members of a polymorphic object after its <c>$type</c>, which the caller has read, first,
        /// having noted where the object starts (<see cref="_typedStart"/>) for the second pass to rewind to.
        /// </summary>
        /// <param name="owner">The pass reading the document.</param>
        /// <param name="reader">The reader, on the value of <c>$type</c>.</param>
        /// <returns>The object reader; it reads on from the member after <c>$type</c>.</returns>
        public static ObjectReader<TMember> AfterType(EditionJsonReader owner, scoped ref Utf8JsonReader reader)
        {
            Expect(ref reader, JsonTokenType.String);
            return new ObjectReader<TMember>(owner, owner._typedStart, owner._typedStartState);
        }

        /// <summary>Finds <paramref name="member"/>, which must be there.</summary>
        /// <param name="reader">The object's reader, as the previous member's value left it.</param>
        /// <param name="member">The member.</param>
        /// <returns><paramref name="reader"/>, on the member's value.</returns>
        public ref Utf8JsonReader At(ref Utf8JsonReader reader, TMember member) => ref Find(ref reader, JsonMembers.Index(member), optional: false);

        /// <summary>Finds <paramref name="member"/>, which may be missing, as a contract's parameter with a default may: then it reads as null.</summary>
        /// <param name="reader">The object's reader, as the previous member's value left it.</param>
        /// <param name="member">The member.</param>
        /// <returns><paramref name="reader"/>, on the member's value or on a null.</returns>
        public ref Utf8JsonReader OptionalAt(ref Utf8JsonReader reader, TMember member) => ref Find(ref reader, JsonMembers.Index(member), optional: true);

        /// <summary>Moves to the object's end once every member has been read; gives up on any other member.</summary>
        /// <typeparam name="T">The type built from the members.</typeparam>
        /// <param name="reader">The object's reader.</param>
        /// <param name="value">What was built from the members.</param>
        /// <returns><paramref name="value"/>.</returns>
        public T End<T>(ref Utf8JsonReader reader, T value)
        {
            if (InPlace)
            {
                Next(ref reader);
                Expect(ref reader, JsonTokenType.EndObject);
                return value;
            }

            Rewind(ref reader);
            ulong seen = 0;
            Next(ref reader);
            if (_typed)
            {
                Next(ref reader);
                Next(ref reader);
            }

            for (; reader.TokenType != JsonTokenType.EndObject; Next(ref reader))
            {
                ulong member = 1UL << IndexOf(ref reader);
                if ((seen & member) != 0)
                {
                    throw GiveUp();
                }

                seen |= member;
                Next(ref reader);
                reader.Skip();
            }

            return value;
        }

        private ref Utf8JsonReader Find(ref Utf8JsonReader reader, int wanted, bool optional)
        {
            if (InPlace)
            {
                Next(ref reader);
                if (reader.TokenType != JsonTokenType.PropertyName || !reader.ValueTextEquals(Names[wanted]))
                {
                    _owner._outOfPlace = true;
                    throw GiveUp();
                }

                Next(ref reader);
                return ref reader;
            }

            Rewind(ref reader);
            for (Next(ref reader); reader.TokenType != JsonTokenType.EndObject; Next(ref reader))
            {
                bool found = reader.ValueTextEquals(Names[wanted]);
                Next(ref reader);
                if (found)
                {
                    return ref reader;
                }

                reader.Skip();
            }

            if (!optional)
            {
                throw GiveUp();
            }

            reader = new Utf8JsonReader("null"u8);
            Next(ref reader);
            return ref reader;
        }

        /// <summary>Puts the reader back at the start of the object's members (second pass only).</summary>
        private void Rewind(ref Utf8JsonReader reader)
        {
            reader = new Utf8JsonReader(_owner._document.Span[_start..], isFinalBlock: true, _startState);
            _owner._offset = _start;
        }

        /// <summary>Returns the index of the member whose name the reader is on; gives up on an unknown one.</summary>
        private static int IndexOf(ref Utf8JsonReader reader)
        {
            for (int i = 0; i < Names.Length; i++)
            {
                if (reader.ValueTextEquals(Names[i]))
                {
                    return i;
                }
            }

            throw GiveUp();
        }
    }

    /// <summary>The element readers, made once.</summary>
    private static class Elements
    {
        public static readonly ElementReader<string> String = static (_, ref reader) => EditionJsonReader.String(ref reader);
        public static readonly ElementReader<RecordId> Id = static (self, ref reader) => self.Id(ref reader);
        public static readonly ElementReader<DateEstimate> DateEstimate = static (self, ref reader) => self.ReadDateEstimate(ref reader);
        public static readonly ElementReader<NameForm> NameForm = static (self, ref reader) => self.ReadNameForm(ref reader);
        public static readonly ElementReader<GeoPoint> GeoPoint = static (self, ref reader) => self.ReadGeoPoint(ref reader);
        public static readonly ElementReader<TextSpan> TextSpan = static (self, ref reader) => self.ReadTextSpan(ref reader);
        public static readonly ElementReader<Money> Money = static (self, ref reader) => self.ReadMoney(ref reader);
        public static readonly ElementReader<StatedAmount> StatedAmount = static (self, ref reader) => self.ReadStatedAmount(ref reader);
        public static readonly ElementReader<Quantity> Quantity = static (self, ref reader) => self.ReadQuantity(ref reader);
        public static readonly ElementReader<TimeReference> TimeReference = static (self, ref reader) => self.ReadTimeReference(ref reader);
        public static readonly ElementReader<ProjectArea> ProjectArea = static (self, ref reader) => self.ReadProjectArea(ref reader);
        public static readonly ElementReader<Reading> Reading = static (self, ref reader) => self.ReadReading(ref reader);

        /// <summary>Each type of reading by its <c>$type</c> in UTF-8, with what reads the members after it.</summary>
        public static readonly (byte[] Type, ElementReader<Reading> Read)[] ReadingTypes =
        [
            (JsonMembers.ReadingTypeName<AmountReading>.Utf8, static (self, ref reader) => self.ReadAmountReading(ref reader)),
            (JsonMembers.ReadingTypeName<AreaReading>.Utf8, static (self, ref reader) => self.ReadAreaReading(ref reader)),
            (JsonMembers.ReadingTypeName<TimeReading>.Utf8, static (self, ref reader) => self.ReadTimeReading(ref reader)),
            (JsonMembers.ReadingTypeName<DateReading>.Utf8, static (self, ref reader) => self.ReadDateReading(ref reader)),
            (JsonMembers.ReadingTypeName<NameReading>.Utf8, static (self, ref reader) => self.ReadNameReading(ref reader)),
            (JsonMembers.ReadingTypeName<NameFormReading>.Utf8, static (self, ref reader) => self.ReadNameFormReading(ref reader)),
            (JsonMembers.ReadingTypeName<ShareReading>.Utf8, static (self, ref reader) => self.ReadShareReading(ref reader)),
            (JsonMembers.ReadingTypeName<UnconfirmedReading>.Utf8, static (self, ref reader) => self.ReadUnconfirmedReading(ref reader)),
        ];
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

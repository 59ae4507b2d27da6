using System;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace KazChina.Model;

/// <summary>
/// The members of every object in an edition document, one enum per model type, in the order its source-generated
/// contract writes them: the one list <see cref="EditionJsonReader"/> and <see cref="EditionJsonWriter"/> share.
/// A record kind's enum lives in its file under <c>Serialization/Records/</c>, with its read and write methods; the
/// enums of the values records share are here.
/// </summary>
/// <remarks>
/// No wire name is spelled out: each enum member is named after the property it stands for, and
/// <see cref="Names{TMember}"/> turns those names into wire names once, with the contracts' own naming policy.
/// A test holds every enum to its type's contract, member by member and in order, so a property added to the
/// model and not here fails it, by name.
/// </remarks>
internal static partial class JsonMembers
{
    public enum KazChinaEdition { SchemaVersion, DataVersion, Article, Countries, People, Organizations, Places, Citations, Quotes, EditorialNotes, Agreements, Provisions, Events, TradeFigures, Loans, CurrencySwaps, Projects, Assessments }

    public enum NameForm { Form, FormKind }

    public enum Evidence { Spans, CitationIds }

    public enum TextSpan { Start, Length, Text }

    public enum Money { Amount, Currency }

    public enum StatedAmount { Value, Bound, AsWritten, AlsoStatedAs }

    public enum Quantity { Value, Unit, Bound, AsWritten }

    public enum TimeReference { Relation, Date }

    /// <summary>The name of the member that carries a reading's type, first in each reading's object.</summary>
    public static readonly JsonEncodedText ReadingType = JsonEncodedText.Encode(KazChinaJsonContext.Default.Reading.PolymorphismOptions!.TypeDiscriminatorPropertyName);

    /// <summary>Returns the position of <paramref name="member"/> in its type's list, from 0.</summary>
    /// <typeparam name="TMember">One of the enums here.</typeparam>
    /// <param name="member">The member.</param>
    /// <returns>The position.</returns>
    public static int Index<TMember>(TMember member)
        where TMember : struct, Enum => Unsafe.BitCast<TMember, int>(member);

    /// <summary>Returns the wire name of <paramref name="member"/>, encoded for a <see cref="Utf8JsonWriter"/>.</summary>
    /// <typeparam name="TMember">One of the enums here.</typeparam>
    /// <param name="member">The member.</param>
    /// <returns>The encoded name.</returns>
    public static JsonEncodedText Name<TMember>(TMember member)
        where TMember : struct, Enum => Names<TMember>.Encoded[Index(member)];

    /// <summary>The <c>$type</c> of a type of reading, as its contract writes it.</summary>
    /// <typeparam name="TReading">A type of reading.</typeparam>
    public static class ReadingTypeName<TReading>
        where TReading : Model.Reading
    {
        /// <summary>The name.</summary>
        public static readonly string Text = Discriminator(typeof(TReading));

        /// <summary>The name encoded for a <see cref="Utf8JsonWriter"/>.</summary>
        public static readonly JsonEncodedText Encoded = JsonEncodedText.Encode(Text);

        /// <summary>The name in UTF-8, for <see cref="Utf8JsonReader.ValueTextEquals(ReadOnlySpan{byte})"/>.</summary>
        public static readonly byte[] Utf8 = Encoding.UTF8.GetBytes(Text);

        private static string Discriminator(Type type)
        {
            foreach (JsonDerivedType derived in KazChinaJsonContext.Default.Reading.PolymorphismOptions!.DerivedTypes)
            {
                if (derived.DerivedType == type)
                {
                    return (string)derived.TypeDiscriminator!;
                }
            }

            throw new InvalidOperationException($"{type.Name} is not a type of reading the contracts know.");
        }
    }

    /// <summary>The wire names of one type's members, made once, in the enum's order.</summary>
    /// <typeparam name="TMember">One of the enums here.</typeparam>
    public static class Names<TMember>
        where TMember : struct, Enum
    {
        /// <summary>The names: the enum's member names through the contracts' naming policy (camelCase).</summary>
        public static readonly string[] Text = Array.ConvertAll(Enum.GetNames<TMember>(), KazChinaJsonContext.Default.Options.PropertyNamingPolicy!.ConvertName);

        /// <summary>The names in UTF-8, for <see cref="Utf8JsonReader.ValueTextEquals(ReadOnlySpan{byte})"/>.</summary>
        public static readonly byte[][] Utf8 = Array.ConvertAll(Text, Encoding.UTF8.GetBytes);

        /// <summary>The names encoded for a <see cref="Utf8JsonWriter"/>.</summary>
        public static readonly JsonEncodedText[] Encoded = Array.ConvertAll(Text, name => JsonEncodedText.Encode(name));
    }
}

using System;
using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace KazChina.Model.Tests.Serialization;

/// <summary>
/// The hand-written edition writer against the source-generated contract it replaces when writing: the same bytes,
/// compact and indented, for the embedded edition, synthetic editions and generated ones. The contract is the
/// specification here, so a member the writer omits, reorders or formats differently fails every test.
/// </summary>
public class EditionJsonWriterTests
{
    /// <summary>Synthetic editions of several seeds and sizes, each compact and indented.</summary>
    public static TheoryData<int, int, bool> SyntheticCases() => new()
    {
        { 1, 1, false },
        { 1, 1, true },
        { 2011, 2, false },
        { 2011, 2, true },
        { 7, 5, false },
        { 7, 5, true },
        { 8128, 40, false },
        { 8128, 40, true },
    };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Write_EmbeddedEdition_WritesTheContractsBytes(bool indented) =>
        AssertWritesTheContractsBytes(KazChinaEdition.Current, indented);

    [Theory]
    [MemberData(nameof(SyntheticCases))]
    public void Write_SyntheticEdition_WritesTheContractsBytes(int seed, int perKind, bool indented) =>
        AssertWritesTheContractsBytes(SyntheticEdition.Create(seed, perKind), indented);

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 100)]
    public void Write_GeneratedValidEdition_WritesTheContractsBytes(KazChinaEdition edition)
    {
        AssertWritesTheContractsBytes(edition, indented: false);
        AssertWritesTheContractsBytes(edition, indented: true);
    }

    [Property(MaxTest = 300)]
    public Property Write_EditionOfGeneratedRecords_WritesTheContractsBytes() =>
        Prop.ForAll(Generators.EditionOfRecordsGen.ToArbitrary(), edition =>
        {
            AssertWritesTheContractsBytes(edition, indented: false);
            AssertWritesTheContractsBytes(edition, indented: true);
        });

    /// <summary>The façade runs the writer without the Utf8JsonWriter's structural validation, which the other tests keep on.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void SerializeToUtf8Bytes_Edition_WritesTheContractsBytes(bool indented)
    {
        foreach (KazChinaEdition edition in (KazChinaEdition[])[KazChinaEdition.Current, SyntheticEdition.Create(seed: 3, perKind: 3)])
        {
            byte[] written = KazChinaJson.SerializeToUtf8Bytes(edition, indented);

            AssertSameBytes(ContractBytes(edition, indented), written);
        }
    }

    [Fact]
    public void Write_NullArguments_Throw()
    {
        using var writer = new Utf8JsonWriter(new ArrayBufferWriter<byte>());

        Assert.Throws<ArgumentNullException>("writer", () => EditionJsonWriter.Write(null!, KazChinaEdition.Current));
        Assert.Throws<ArgumentNullException>("edition", () => EditionJsonWriter.Write(writer, null!));
    }

    /// <summary>The contract the façade wrote the edition with before the hand-written writer: the reference.</summary>
    private static JsonTypeInfo<KazChinaEdition> Contract =>
        (JsonTypeInfo<KazChinaEdition>)KazChinaJsonContext.Default.Options.GetTypeInfo(typeof(KazChinaEdition));

    private static void AssertWritesTheContractsBytes(KazChinaEdition edition, bool indented) =>
        AssertSameBytes(ContractBytes(edition, indented), HandWrittenBytes(edition, indented));

    private static byte[] ContractBytes(KazChinaEdition edition, bool indented) =>
        WriteWith(writer => JsonSerializer.Serialize(writer, edition, Contract), indented);

    private static byte[] HandWrittenBytes(KazChinaEdition edition, bool indented) =>
        WriteWith(writer => EditionJsonWriter.Write(writer, edition), indented);

    /// <summary>Runs <paramref name="write"/> on a writer with the façade's options and returns what it wrote, without disposing the writer first: both writers must flush by themselves.</summary>
    private static byte[] WriteWith(Action<Utf8JsonWriter> write, bool indented)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using var writer = new Utf8JsonWriter(buffer, KazChinaJson.WriterOptions(indented));
        write(writer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Compares bytes and, when they differ, shows both texts around the first difference.</summary>
    private static void AssertSameBytes(byte[] expected, byte[] actual)
    {
        int common = expected.AsSpan().CommonPrefixLength(actual);
        if (common == expected.Length && common == actual.Length)
        {
            return;
        }

        int from = Math.Max(0, common - 120);
        Assert.Fail(
            $"The bytes differ from byte {common} on (expected {expected.Length} bytes, written {actual.Length}).\n"
            + $"Contract:     …{Around(expected, from)}…\n"
            + $"Hand-written: …{Around(actual, from)}…");
    }

    private static string Around(byte[] utf8, int from) =>
        Encoding.UTF8.GetString(utf8, Math.Min(from, utf8.Length), Math.Min(240, Math.Max(0, utf8.Length - from)));
}

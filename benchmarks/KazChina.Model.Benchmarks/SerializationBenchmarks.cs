using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace KazChina.Model.Benchmarks;

/// <summary>
/// Writing and reading the whole embedded edition as UTF-8 JSON bytes, side by side:
/// <list type="bullet">
/// <item><c>Façade</c>: <see cref="KazChinaJson"/>, what users call. For a whole edition it writes and reads by hand
/// (<see cref="EditionJsonWriter"/>, <see cref="EditionJsonReader"/>, falling back to the source-generated contracts,
/// which name the path of an error, on anything the reader does not accept) and validates what it read with
/// <see cref="KazChinaEdition.Validate"/>. The baseline of every category.</item>
/// <item><c>Reader</c> (reading only): the façade's hand-written reader alone, without validation, to show what
/// validation costs.</item>
/// <item><c>Contracts</c>: the source-generated contract through <see cref="JsonSerializer"/>, the façade's path
/// before it read and wrote editions by hand and still its path for every other type. Writing, it runs System.Text.Json's
/// generated fast path into the façade's kind of buffer and writer (same escaping, no structural checks), so it differs
/// from the façade only by the hand-written writer.</item>
/// <item><c>ReflectionStj</c>: System.Text.Json with the façade's options but a <see cref="DefaultJsonTypeInfoResolver"/>
/// (reflection), the same converters and escaping.</item>
/// <item><c>Newtonsoft</c>: Json.NET with the least configuration that reads and writes the same format (see <see cref="NewtonsoftFormat"/>).</item>
/// <item><c>TokenScan</c>: a <see cref="Utf8JsonReader"/> reading every token of the same bytes and building nothing, the floor.</item>
/// </list>
/// Setup checks that every reader turns the bytes back into an edition equal to the original.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class SerializationBenchmarks
{
    private const string Write = "Serialize";
    private const string Read = "Deserialize";
    private const string RoundTrip = "Round trip";

    private KazChinaEdition _edition = null!;
    private byte[] _utf8 = null!;
    private JsonTypeInfo<KazChinaEdition> _contract = null!;
    private JsonTypeInfo<KazChinaEdition> _writeContract = null!;
    private JsonWriterOptions _writerOptions;
    private JsonSerializerOptions _reflection = null!;
    private Newtonsoft.Json.JsonSerializer _newtonsoft = null!;

    /// <summary>Writes the edition once and checks that every reader reads it back equal.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _edition = KazChinaEdition.Current;
        _utf8 = KazChinaJson.SerializeToUtf8Bytes(_edition);
        _contract = KazChinaJson.GetTypeInfo<KazChinaEdition>();
        _writeContract = (JsonTypeInfo<KazChinaEdition>)KazChinaJsonContext.Default.Options.GetTypeInfo(typeof(KazChinaEdition));
        _writerOptions = KazChinaJson.WriterOptions(indented: false);
        _writerOptions.SkipValidation = true;
        _reflection = ReflectionStjFormat.CreateOptions();
        _newtonsoft = Newtonsoft.Json.JsonSerializer.Create(NewtonsoftFormat.Settings);

        Check(FacadeDeserialize(), nameof(FacadeDeserialize));
        Check(ReaderDeserialize(), nameof(ReaderDeserialize));
        Check(ContractsDeserialize(), nameof(ContractsDeserialize));
        Check(ReflectionStjDeserialize(), nameof(ReflectionStjDeserialize));
        Check(NewtonsoftDeserialize(), nameof(NewtonsoftDeserialize));
        Check(NewtonsoftFormat.Deserialize(_newtonsoft, NewtonsoftSerialize()), "Newtonsoft's own output");
        Check(JsonSerializer.Deserialize<KazChinaEdition>(ReflectionStjSerialize(), _reflection)!, "reflection's own output");
        if (!ReflectionStjSerialize().AsSpan().SequenceEqual(_utf8))
        {
            throw new InvalidDataException("Reflection does not write the façade's bytes.");
        }

        if (!ContractsSerialize().AsSpan().SequenceEqual(_utf8))
        {
            throw new InvalidDataException("The contract does not write the façade's bytes.");
        }
    }

    /// <summary>Writes the edition with the façade.</summary>
    /// <returns>The UTF-8 bytes.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(Write)]
    public byte[] FacadeSerialize() => KazChinaJson.SerializeToUtf8Bytes(_edition);

    /// <summary>Writes the edition with its source-generated contract, as the façade writes every other type.</summary>
    /// <returns>The UTF-8 bytes.</returns>
    [Benchmark]
    [BenchmarkCategory(Write)]
    public byte[] ContractsSerialize()
    {
        using var buffer = new PooledBufferWriter();
        using (var writer = new Utf8JsonWriter(buffer, _writerOptions))
        {
            JsonSerializer.Serialize(writer, _edition, _writeContract);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes the edition with reflection-based System.Text.Json.</summary>
    /// <returns>The UTF-8 bytes.</returns>
    [Benchmark]
    [BenchmarkCategory(Write)]
    public byte[] ReflectionStjSerialize() => JsonSerializer.SerializeToUtf8Bytes(_edition, _reflection);

    /// <summary>Writes the edition with Newtonsoft.Json.</summary>
    /// <returns>The UTF-8 bytes.</returns>
    [Benchmark]
    [BenchmarkCategory(Write)]
    public byte[] NewtonsoftSerialize() => NewtonsoftFormat.Serialize(_newtonsoft, _edition);

    /// <summary>Reads the edition with the façade: the hand-written reader, then validation.</summary>
    /// <returns>The edition.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(Read)]
    public KazChinaEdition FacadeDeserialize() => KazChinaJson.Deserialize<KazChinaEdition>(_utf8);

    /// <summary>Reads the edition with the façade's hand-written reader alone (no validation).</summary>
    /// <returns>The edition.</returns>
    [Benchmark]
    [BenchmarkCategory(Read)]
    public KazChinaEdition ReaderDeserialize() => EditionJsonReader.TryRead(_utf8) ?? throw new InvalidDataException("The reader gave up on the façade's own bytes.");

    /// <summary>Reads the edition with the source-generated contract directly (no syntax pass, no validation).</summary>
    /// <returns>The edition.</returns>
    [Benchmark]
    [BenchmarkCategory(Read)]
    public KazChinaEdition ContractsDeserialize() => JsonSerializer.Deserialize(_utf8, _contract)!;

    /// <summary>Reads the edition with reflection-based System.Text.Json.</summary>
    /// <returns>The edition.</returns>
    [Benchmark]
    [BenchmarkCategory(Read)]
    public KazChinaEdition ReflectionStjDeserialize() => JsonSerializer.Deserialize<KazChinaEdition>(_utf8, _reflection)!;

    /// <summary>Reads the edition with Newtonsoft.Json.</summary>
    /// <returns>The edition.</returns>
    [Benchmark]
    [BenchmarkCategory(Read)]
    public KazChinaEdition NewtonsoftDeserialize() => NewtonsoftFormat.Deserialize(_newtonsoft, _utf8);

    /// <summary>Reads every token of the bytes and builds nothing: the floor for any reader.</summary>
    /// <returns>The number of tokens.</returns>
    [Benchmark]
    [BenchmarkCategory(Read)]
    public int TokenScan()
    {
        var reader = new Utf8JsonReader(_utf8);
        int tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    /// <summary>Writes and reads back with the façade.</summary>
    /// <returns>The edition read back.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(RoundTrip)]
    public KazChinaEdition FacadeRoundTrip() => KazChinaJson.Deserialize<KazChinaEdition>(KazChinaJson.SerializeToUtf8Bytes(_edition));

    /// <summary>Writes and reads back with reflection-based System.Text.Json.</summary>
    /// <returns>The edition read back.</returns>
    [Benchmark]
    [BenchmarkCategory(RoundTrip)]
    public KazChinaEdition ReflectionStjRoundTrip() => JsonSerializer.Deserialize<KazChinaEdition>(JsonSerializer.SerializeToUtf8Bytes(_edition, _reflection), _reflection)!;

    /// <summary>Writes and reads back with Newtonsoft.Json.</summary>
    /// <returns>The edition read back.</returns>
    [Benchmark]
    [BenchmarkCategory(RoundTrip)]
    public KazChinaEdition NewtonsoftRoundTrip() => NewtonsoftFormat.Deserialize(_newtonsoft, NewtonsoftSerialize());

    private void Check(KazChinaEdition read, string how)
    {
        if (!read.Equals(_edition))
        {
            throw new InvalidDataException($"{how} did not read back the edition it was given.");
        }
    }
}

using System.IO;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace KazChina.Model.Benchmarks;

/// <summary>
/// The first write and read of the embedded edition in a fresh process: what a command-line tool, a
/// serverless function or a test run pays once, where the façade (which reads and writes a whole edition by
/// hand, building no contract metadata) differs most from reflection (which inspects every type and emits
/// accessors on first use) and from Json.NET. Meant to run
/// with one invocation per process, many processes:
/// <c>--strategy ColdStart --launchCount 15 --warmupCount 0 --iterationCount 1</c> (see benchmarks/run.sh).
/// Setup touches no serializer the measured method uses: the bytes are the golden file (indented) embedded
/// in this assembly, and the reflection options and the Json.NET serializer are made only for their own
/// benchmarks. <see cref="SerializationBenchmarks"/> checks that all of them read back equal editions.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class SerializationFirstCallBenchmarks
{
    private const string Write = "First serialize";
    private const string Read = "First deserialize";
    private const string RoundTrip = "First round trip";

    private KazChinaEdition _edition = null!;
    private byte[] _utf8 = null!;
    private JsonSerializerOptions _reflection = null!;
    private Newtonsoft.Json.JsonSerializer _newtonsoft = null!;

    /// <summary>Loads the embedded edition and the golden bytes; nothing of any serializer.</summary>
    [GlobalSetup(Targets = [nameof(FacadeSerialize), nameof(FacadeDeserialize), nameof(FacadeRoundTrip)])]
    public void Setup()
    {
        _edition = KazChinaEdition.Current;
        using Stream golden = typeof(SerializationFirstCallBenchmarks).Assembly.GetManifestResourceStream("KazChina.Model.Benchmarks.edition.json")!;
        using var bytes = new MemoryStream();
        golden.CopyTo(bytes);
        _utf8 = bytes.ToArray();
    }

    /// <summary>As <see cref="Setup"/>, plus the façade's options copied onto a reflection resolver.</summary>
    [GlobalSetup(Targets = [nameof(ReflectionStjSerialize), nameof(ReflectionStjDeserialize), nameof(ReflectionStjRoundTrip)])]
    public void SetupReflection()
    {
        Setup();
        _reflection = ReflectionStjFormat.CreateOptions();
    }

    /// <summary>As <see cref="Setup"/>, plus a Json.NET serializer with the wire format's settings.</summary>
    [GlobalSetup(Targets = [nameof(NewtonsoftSerialize), nameof(NewtonsoftDeserialize), nameof(NewtonsoftRoundTrip)])]
    public void SetupNewtonsoft()
    {
        Setup();
        _newtonsoft = Newtonsoft.Json.JsonSerializer.Create(NewtonsoftFormat.Settings);
    }

    /// <summary>First write with the façade.</summary>
    /// <returns>The UTF-8 bytes.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(Write)]
    public byte[] FacadeSerialize() => KazChinaJson.SerializeToUtf8Bytes(_edition);

    /// <summary>First write with reflection-based System.Text.Json.</summary>
    /// <returns>The UTF-8 bytes.</returns>
    [Benchmark]
    [BenchmarkCategory(Write)]
    public byte[] ReflectionStjSerialize() => JsonSerializer.SerializeToUtf8Bytes(_edition, _reflection);

    /// <summary>First write with Newtonsoft.Json.</summary>
    /// <returns>The UTF-8 bytes.</returns>
    [Benchmark]
    [BenchmarkCategory(Write)]
    public byte[] NewtonsoftSerialize() => NewtonsoftFormat.Serialize(_newtonsoft, _edition);

    /// <summary>First read with the façade (the hand-written reader, then validation).</summary>
    /// <returns>The edition.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(Read)]
    public KazChinaEdition FacadeDeserialize() => KazChinaJson.Deserialize<KazChinaEdition>(_utf8);

    /// <summary>First read with reflection-based System.Text.Json.</summary>
    /// <returns>The edition.</returns>
    [Benchmark]
    [BenchmarkCategory(Read)]
    public KazChinaEdition ReflectionStjDeserialize() => JsonSerializer.Deserialize<KazChinaEdition>(_utf8, _reflection)!;

    /// <summary>First read with Newtonsoft.Json.</summary>
    /// <returns>The edition.</returns>
    [Benchmark]
    [BenchmarkCategory(Read)]
    public KazChinaEdition NewtonsoftDeserialize() => NewtonsoftFormat.Deserialize(_newtonsoft, _utf8);

    /// <summary>First write and read back with the façade.</summary>
    /// <returns>The edition read back.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(RoundTrip)]
    public KazChinaEdition FacadeRoundTrip() => KazChinaJson.Deserialize<KazChinaEdition>(KazChinaJson.SerializeToUtf8Bytes(_edition));

    /// <summary>First write and read back with reflection-based System.Text.Json.</summary>
    /// <returns>The edition read back.</returns>
    [Benchmark]
    [BenchmarkCategory(RoundTrip)]
    public KazChinaEdition ReflectionStjRoundTrip() => JsonSerializer.Deserialize<KazChinaEdition>(JsonSerializer.SerializeToUtf8Bytes(_edition, _reflection), _reflection)!;

    /// <summary>First write and read back with Newtonsoft.Json.</summary>
    /// <returns>The edition read back.</returns>
    [Benchmark]
    [BenchmarkCategory(RoundTrip)]
    public KazChinaEdition NewtonsoftRoundTrip() => NewtonsoftFormat.Deserialize(_newtonsoft, NewtonsoftFormat.Serialize(_newtonsoft, _edition));
}

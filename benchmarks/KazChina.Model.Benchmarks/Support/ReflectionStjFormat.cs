using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace KazChina.Model.Benchmarks;

/// <summary>
/// Reflection-based System.Text.Json with the package's options: the same naming, strictness and
/// converters, but contracts built by <see cref="DefaultJsonTypeInfoResolver"/> instead of the source
/// generator, and the façade's relaxed escaping, so both write the same bytes.
/// </summary>
internal static class ReflectionStjFormat
{
    public static JsonSerializerOptions CreateOptions() => new(KazChinaJson.Options)
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}

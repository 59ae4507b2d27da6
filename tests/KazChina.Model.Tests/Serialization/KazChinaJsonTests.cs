using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading.Tasks;
using FsCheck.Xunit;
using Xunit;

namespace KazChina.Model.Tests.Serialization;

/// <summary>The JSON façade: what it reads and writes, how strictly, the schema, the golden file and the fuzzer (split by theme).</summary>
public partial class KazChinaJsonTests
{
    /// <summary>Every public type of the JSON format (see <see cref="JsonContractTypes"/>).</summary>
    public static TheoryData<Type> PublicTypes() => [.. JsonContractTypes.All];

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void GetTypeInfo_EveryPublicType_IsSourceGeneratedAndBoundToTheOptions(Type type)
    {
        JsonTypeInfo info = KazChinaJson.Options.GetTypeInfo(type);

        Assert.Same(KazChinaJson.Options, info.Options);
        Assert.IsType<KazChinaJsonContext>(info.OriginatingResolver);
    }

    [Fact]
    public void GetTypeInfo_ValueListsOfTheModel_AreAllSupported()
    {
        Type[] used = [.. JsonContractTypes.All.Where(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(ValueList<>))];

        Assert.NotEmpty(used);
        Assert.All(used, type => Assert.Contains(type, ValueListJsonConverterFactory.SupportedTypes));
        Assert.All(ValueListJsonConverterFactory.SupportedTypes, type => Assert.IsType<KazChinaJsonContext>(KazChinaJson.Options.GetTypeInfo(type).OriginatingResolver));
    }

    [Fact]
    public void GetTypeInfo_TypeOutsideTheModel_ThrowsNotSupported()
    {
        Assert.Throws<NotSupportedException>(() => KazChinaJson.GetTypeInfo<Uri>());
    }

    [Fact]
    public void Options_AreReadOnlyAndStrict()
    {
        JsonSerializerOptions options = KazChinaJson.Options;

        Assert.True(options.IsReadOnly);
        Assert.Throws<InvalidOperationException>(() => options.WriteIndented = true);
        Assert.Equal(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow, options.UnmappedMemberHandling);
        Assert.True(options.RespectNullableAnnotations);
        Assert.True(options.RespectRequiredConstructorParameters);
        Assert.False(options.AllowDuplicateProperties);
        Assert.Equal(KazChinaJson.MaxDepth, options.MaxDepth);
        Assert.True(options.AllowOutOfOrderMetadataProperties);
        Assert.Same(KazChinaJson.Options, KazChinaJson.GetTypeInfo<Loan>().Options);
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 100)]
    public void Options_UsedDirectly_WriteWhatTheFacadeWrites(KazChinaEdition edition)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            JsonSerializer.Serialize(writer, edition, KazChinaJson.GetTypeInfo<KazChinaEdition>());
        }

        Assert.Equal(KazChinaJson.SerializeToUtf8Bytes(edition), buffer.WrittenSpan.ToArray());
    }

    [Fact]
    public void Options_CopiedByAUser_ReadAndWriteTheSameFormat()
    {
        var copy = new JsonSerializerOptions(KazChinaJson.Options) { WriteIndented = true };
        KazChinaEdition edition = SyntheticEdition.Create(3, 2);

        string json = JsonSerializer.Serialize(edition, (JsonTypeInfo<KazChinaEdition>)copy.GetTypeInfo(typeof(KazChinaEdition)));

        Assert.Equal(edition, KazChinaJson.Deserialize<KazChinaEdition>(json));
    }

    [Fact]
    public void Context_ObjectTypes_HaveTheGeneratedFastPath()
    {
        KazChinaJsonContext context = KazChinaJsonContext.Default;

        Assert.NotNull(context.KazChinaEdition.SerializeHandler);
        Assert.NotNull(context.Article.SerializeHandler);
        Assert.NotNull(context.Loan.SerializeHandler);
        Assert.NotNull(context.Evidence.SerializeHandler);
        Assert.NotNull(context.StatedAmount.SerializeHandler);
        Assert.NotNull(context.Money.SerializeHandler);
        Assert.NotNull(context.TextSpan.SerializeHandler);
    }

    [Fact]
    public void Serialize_EditionCompact_StartsWithTheSchemaVersionAndHasNoComputedMembers()
    {
        string json = KazChinaJson.Serialize(SyntheticEdition.Create(1, 1));

        Assert.StartsWith("{\"schemaVersion\":2,\"dataVersion\":", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"kind\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"sha256\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"records\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"end\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', json);
    }

    [Fact]
    public void Serialize_Loan_WritesTheDocumentedWireForm()
    {
        Loan loan = new LoanBuilder
        {
            Id = "kazakhmys-loan",
            LenderId = "china-development-bank",
            BorrowerId = "kazakhmys",
            Amount = new StatedAmount(Money.Usd(15_000_000_000m), Bound.Exact, "$15 billion"),
            Purpose = "to develop the Aktogay copper deposit",
            ProjectId = "aktogay-mine",
            When = TimeReference.At(PartialDate.OfDay(new NodaTime.LocalDate(2011, 6, 13), yearInferred: true)),
            Evidence = Evidence.Of(new TextSpan(4200, 11, "$15 billion")).Citing("cite-interfax-2011-06-13"),
        }.Build();

        string json = KazChinaJson.Serialize(loan, indented: true);

        Assert.Equal(
            """
            {
              "id": "kazakhmys-loan",
              "lenderId": "china-development-bank",
              "borrowerId": "kazakhmys",
              "amount": {
                "value": {
                  "amount": 15000000000,
                  "currency": "USD"
                },
                "bound": "exact",
                "asWritten": "$15 billion",
                "alsoStatedAs": null
              },
              "purpose": "to develop the Aktogay copper deposit",
              "projectId": "aktogay-mine",
              "when": {
                "relation": "at",
                "date": "2011-06-13 (year inferred)"
              },
              "evidence": {
                "spans": [
                  {
                    "start": 4200,
                    "length": 11,
                    "text": "$15 billion"
                  }
                ],
                "citationIds": [
                  "cite-interfax-2011-06-13"
                ]
              }
            }
            """.ReplaceLineEndings("\n"),
            json);
    }

    [Fact]
    public void Serialize_NonAsciiText_IsWrittenAsIs()
    {
        var span = new TextSpan(0, 14, "“Қазақстан 中国”");

        string json = KazChinaJson.Serialize(span);

        Assert.Equal("{\"start\":0,\"length\":14,\"text\":\"“Қазақстан 中国”\"}", json);
    }

    [Theory]
    [InlineData("2011", 2011, null, null, MonthPart.Whole, false)]
    [InlineData("2011-06", 2011, 6, null, MonthPart.Whole, false)]
    [InlineData("2011-06 (early)", 2011, 6, null, MonthPart.Early, false)]
    [InlineData("2011-06 (late) (year inferred)", 2011, 6, null, MonthPart.Late, true)]
    [InlineData("2011-06-13 (year inferred)", 2011, 6, 13, MonthPart.Whole, true)]
    [InlineData("2015", 2015, null, null, MonthPart.Whole, false)]
    public void PartialDate_WireForm_IsTheShortString(string text, int year, int? month, int? day, MonthPart part, bool inferred)
    {
        var date = new PartialDate(year, month, day, part, inferred);

        Assert.Equal("\"" + text + "\"", KazChinaJson.Serialize(date));
        Assert.Equal(date, KazChinaJson.Deserialize<PartialDate>("\"" + text + "\""));
    }

    [Fact]
    public void Serialize_NullValue_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => KazChinaJson.Serialize<Loan>(null!));
        Assert.Throws<ArgumentNullException>(() => KazChinaJson.Deserialize<Loan>((string)null!));
        Assert.Throws<ArgumentNullException>(() => KazChinaJson.Deserialize<Loan>((Stream)null!));
    }

    [Fact]
    public async Task SerializeAsync_ThenDeserializeAsync_GivesAnEqualEdition()
    {
        KazChinaEdition edition = SyntheticEdition.Create(11, 4);
        using var stream = new MemoryStream();

        await KazChinaJson.SerializeAsync(stream, edition);
        stream.Position = 0;
        KazChinaEdition back = await KazChinaJson.DeserializeAsync<KazChinaEdition>(stream);

        Assert.Equal(edition, back);
        Assert.Equal(KazChinaJson.SerializeToUtf8Bytes(edition), stream.ToArray());
    }

    [Fact]
    public async Task DeserializeAsync_Cancelled_ThrowsOperationCanceled()
    {
        using var stream = new MemoryStream(KazChinaJson.SerializeToUtf8Bytes(SyntheticEdition.Create(1, 1)));
        using var cancellation = new System.Threading.CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await KazChinaJson.DeserializeAsync<KazChinaEdition>(stream, cancellation.Token));
    }

    [Fact]
    public void Deserialize_ByteOrderMark_IsSkipped()
    {
        byte[] json = [.. Encoding.UTF8.GetPreamble(), .. KazChinaJson.SerializeToUtf8Bytes(Money.Usd(5))];

        Assert.Equal(Money.Usd(5), KazChinaJson.Deserialize<Money>(json));
        Assert.Equal(Money.Usd(5), KazChinaJson.Deserialize<Money>(new MemoryStream(json)));
    }

    [Fact]
    public void Schema_Property_IsTheCommittedFile()
    {
        if (Golden.Updating)
        {
            return;
        }

        Assert.Equal(RepositoryFiles.ReadText(SchemaFile), KazChinaJson.Schema);
    }
}

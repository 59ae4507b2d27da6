using System;
using System.Globalization;
using System.Text;
using Xunit;

namespace KazChina.Model.Tests.Serialization;

public partial class KazChinaJsonTests
{
    private const string RangeOfInt32 = "a whole number from -2147483648 to 2147483647";

    [Theory]
    [InlineData("$.loans[0].amount.value.amount", "0.1e-400", "0.1e-400 is too small to keep: a decimal number holds at most 28 digits after the point, and it would become 0.")]
    [InlineData("$.loans[0].amount.value.amount", "1e-29", "1e-29 is too small to keep")]
    [InlineData("$.loans[0].amount.value.amount", "1.00000000000000000000000000001", "1.00000000000000000000000000001 has more significant digits than a decimal number keeps (28 to 29); it would become 1.0000000000000000000000000000.")]
    [InlineData("$.loans[0].amount.value.amount", "12345678901234567890123456789.25", "12345678901234567890123456789.25 has more significant digits than a decimal number keeps (28 to 29); it would become 12345678901234567890123456789.")]
    [InlineData("$.loans[0].amount.value.amount", "1e400", "1e400 is beyond the range of a decimal number, at most 79228162514264337593543950335 in size.")]
    [InlineData("$.loans[0].amount.value.amount", "79228162514264337593543950336", "79228162514264337593543950336 is beyond the range of a decimal number")]
    [InlineData("$.places[0].location.latitude", "43.2500000000000000000000000000001", "43.2500000000000000000000000000001 has more significant digits")]
    [InlineData("$.places[0].location.longitude", "-1e-30", "-1e-30 is too small to keep")]
    public void Deserialize_NumberADecimalCannotHoldExactly_IsAnErrorAtItsPath(string path, string number, string expected)
    {
        string json = EditionWithNumber(path, number);

        KazChinaJsonException error = Assert.Throws<KazChinaJsonException>(() => KazChinaJson.Deserialize<KazChinaEdition>(json));

        Assert.Null(EditionJsonReader.TryRead(Encoding.UTF8.GetBytes(json)));
        Assert.Equal(path, error.Path);
        Assert.StartsWith($"{path}: {expected}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(nameof(Money), "{\"amount\":0.1e-400,\"currency\":\"USD\"}", "$.amount: 0.1e-400 is too small to keep")]
    [InlineData(nameof(Money), "{\"amount\":1.00000000000000000000000000001,\"currency\":\"USD\"}", "$.amount: 1.00000000000000000000000000001 has more significant digits")]
    [InlineData(nameof(Money), "{\"amount\":1e400,\"currency\":\"USD\"}", "$.amount: 1e400 is beyond the range")]
    [InlineData(nameof(Quantity), "{\"value\":11.0000000000000000000000000000001,\"unit\":\"tonne\",\"bound\":\"exact\",\"asWritten\":\"11 tons\"}", "$.value: 11.0000000000000000000000000000001 has more significant digits")]
    [InlineData(nameof(GeoPoint), "{\"latitude\":1E-300,\"longitude\":0}", "$.latitude: 1E-300 is too small to keep")]
    public void Deserialize_ValueADecimalCannotHoldExactly_IsAnErrorThroughTheContractsToo(string type, string json, string expected)
    {
        Func<object> read = type switch
        {
            nameof(Money) => () => KazChinaJson.Deserialize<Money>(json),
            nameof(Quantity) => () => KazChinaJson.Deserialize<Quantity>(json),
            _ => () => KazChinaJson.Deserialize<GeoPoint>(json),
        };

        KazChinaJsonException error = Assert.Throws<KazChinaJsonException>(read);

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0", "0")]
    [InlineData("-0", "0")]
    [InlineData("0.000", "0.000")]
    [InlineData("1.50", "1.50")]
    [InlineData("1e2", "100")]
    [InlineData("1.5E+10", "15000000000")]
    [InlineData("15000000000.000000000000000000", "15000000000.000000000000000000")]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001")]
    [InlineData("1000000000000000000000000000000e-2", "10000000000000000000000000000")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    [InlineData("7.9228162514264337593543950335e28", "79228162514264337593543950335")]
    [InlineData("12345678901234567890.123456789", "12345678901234567890.123456789")]
    public void Deserialize_NumberADecimalHoldsExactly_IsReadByBothReaders(string number, string expected)
    {
        decimal value = decimal.Parse(expected, CultureInfo.InvariantCulture);
        byte[] edition = Encoding.UTF8.GetBytes(EditionWithNumber("$.loans[0].amount.value.amount", number));

        Money money = KazChinaJson.Deserialize<Money>($"{{\"amount\":{number},\"currency\":\"USD\"}}");
        KazChinaEdition? fast = EditionJsonReader.TryRead(edition);

        Assert.Equal(expected, money.Amount.ToString(CultureInfo.InvariantCulture));
        Assert.NotNull(fast);
        Assert.Equal(value, fast.Loans[0].Amount.Value.Amount);
        Assert.Equal(expected, fast.Loans[0].Amount.Value.Amount.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("$.article.volume", "\"8\"", $"Expected {RangeOfInt32}, found a string.")]
    [InlineData("$.article.issue", "true", $"Expected {RangeOfInt32}, found a boolean.")]
    [InlineData("$.countries[0].evidence.spans[0].start", "\"3\"", $"Expected {RangeOfInt32}, found a string.")]
    [InlineData("$.countries[0].evidence.spans[0].length", "{}", $"Expected {RangeOfInt32}, found an object.")]
    [InlineData("$.countries[0].evidence.spans[0].start", "2147483648", $"Expected {RangeOfInt32}, found 2147483648.")]
    [InlineData("$.countries[0].evidence.spans[0].start", "1.5", $"Expected {RangeOfInt32}, found 1.5.")]
    [InlineData("$.schemaVersion", "\"1\"", $"Expected {RangeOfInt32}, found a string.")]
    [InlineData("$.loans[0].amount.value.amount", "\"8\"", "Expected a number, found a string.")]
    [InlineData("$.places[0].location.latitude", "null", "Expected a number, found null.")]
    [InlineData("$.people[0].name", "5", "Expected a string, found a number.")]
    [InlineData("$.people[0].role", "false", "Expected a string, found a boolean.")]
    [InlineData("$.dataVersion", "[]", "Expected a string, found an array.")]
    public void Deserialize_ValueOfTheWrongKind_SaysWhatWasExpected(string path, string replacement, string expected)
    {
        string json = Replace(EditionJson, path, replacement);

        KazChinaJsonException error = Assert.Throws<KazChinaJsonException>(() => KazChinaJson.Deserialize<KazChinaEdition>(json));

        Assert.StartsWith(path, error.Path, StringComparison.Ordinal);
        Assert.EndsWith(": " + expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("token type", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The small edition with the number at <paramref name="path"/> written exactly as given.</summary>
    private static string EditionWithNumber(string path, string number)
    {
        const string Marker = "\"__NUMBER__\"";
        return Replace(EditionJson, path, Marker).Replace(Marker, number, StringComparison.Ordinal);
    }
}

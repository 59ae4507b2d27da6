using System;
using System.IO;
using KazChina.Model;

namespace KazChina.Model.AotSmoke;

/// <summary>Reads and writes JSON through every entry point of <see cref="KazChinaJson"/> in a NativeAOT binary; exits 1 on any surprise.</summary>
internal static class Program
{
    private static int Main()
    {
        KazChinaEdition edition = KazChinaEdition.Current;
        string json = KazChinaJson.Serialize(edition, indented: true);
        KazChinaEdition back = KazChinaJson.Deserialize<KazChinaEdition>(json);
        using var stream = new MemoryStream(KazChinaJson.SerializeToUtf8Bytes(edition));
        KazChinaEdition fromStream = KazChinaJson.DeserializeAsync<KazChinaEdition>(stream).AsTask().GetAwaiter().GetResult();
        var loan = new Loan(
            "loan-a", "lender", "borrower", new StatedAmount(Money.Usd(15_000_000_000m), Bound.Exact, "$15 billion"), "a mine", null,
            TimeReference.At(new PartialDate(2011, 6, 13, yearInferred: true)), Evidence.Of(new TextSpan(0, 10, "Kazakhstan")));
        EditionRecord record = KazChinaJson.Deserialize<EditionRecord>(KazChinaJson.Serialize<EditionRecord>(loan));
        string rejected;
        try
        {
            KazChinaJson.Deserialize<Money>("{\"amount\":-1,\"currency\":\"USD\"}");
            rejected = "nothing";
        }
        catch (KazChinaJsonException exception)
        {
            rejected = exception.Message;
        }

        bool ok = back.Equals(edition) && fromStream.Equals(edition) && record.Equals(loan)
            && rejected == "$.amount: An amount of money is never negative (found -1)."
            && KazChinaJson.Schema.Contains("\"$defs\"", StringComparison.Ordinal);
        Console.WriteLine($"{edition}: {json.Length} characters of JSON; round trips {(ok ? "ok" : "FAILED")}; {rejected}");
        return ok ? 0 : 1;
    }
}

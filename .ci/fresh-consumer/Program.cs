// A consumer that knows KazChina.Model only as a NuGet package: .ci/fresh-consumer.sh builds it outside
// the solution against a freshly packed version, runs it on the JIT, then publishes and runs it NativeAOT.
using KazChina.Model;

var failures = new List<string>();
void Check(bool condition, string what)
{
    Console.WriteLine($"{(condition ? "ok  " : "FAIL")} {what}");
    if (!condition)
    {
        failures.Add(what);
    }
}

KazChinaEdition edition = KazChinaEdition.Current;
Check(edition.Validate().Count == 0, "the embedded edition validates");
Check(edition.Article.Sha256 == "51e6c98de3410bd2ea42ef61048ff59058066c354e59973d652b7cd4fe7470ad", "the embedded article text is the seed");

Loan loan = edition.Loans.Single(l => l.Id == "loan-cdb-kazakhmys-aktogay");
Check(loan.Amount.Value == Money.Usd(15_000_000_000m), "the loan keeps its as-stated $15 billion");
Check(edition.EditorialNotes.Any(n => n.TargetIds.Contains(loan.Id) && n.Reading.Contains("1.5 billion", StringComparison.Ordinal)), "an editorial note carries the $1.5 billion reading");

// A query, through the package's indexes.
Check(edition.FindActors("Hu Jintau").Single().Id == "hu-jintao", "the as-written spelling finds Hu Jintao");
TradeGrowth growth = edition.ImpliedGrowth("trade-china-kazakhstan-20bn-2011", "trade-target-40bn-2015");
Check(growth.Multiple.Value == 2m && growth.Years == 4, "the $40 billion target doubles $20 billion in four years");
Check(edition.Timeline().Count > 0, "the timeline has dated records");

// JSON round trips through every entry point, which NativeAOT only compiles because they are reached here.
string json = KazChinaJson.Serialize(edition, indented: true);
Check(KazChinaJson.Deserialize<KazChinaEdition>(json).Equals(edition), "the edition round-trips through a JSON string");
using (var stream = new MemoryStream(KazChinaJson.SerializeToUtf8Bytes(edition)))
{
    Check(KazChinaJson.DeserializeAsync<KazChinaEdition>(stream).AsTask().GetAwaiter().GetResult().Equals(edition), "the edition round-trips through a stream");
}

EditionRecord record = KazChinaJson.Deserialize<EditionRecord>(KazChinaJson.Serialize<EditionRecord>(loan));
Check(record.Equals(loan), "a record round-trips with its $type");
try
{
    KazChinaJson.Deserialize<Money>("{\"amount\":-1,\"currency\":\"USD\"}");
    Check(false, "a negative amount is rejected");
}
catch (KazChinaJsonException exception)
{
    Check(exception.Message == "$.amount: An amount of money is never negative (found -1).", "a negative amount is rejected with its JSON path");
}

Check(KazChinaJson.Schema.Contains("\"$defs\"", StringComparison.Ordinal), "the schema ships with the package");

Console.WriteLine(failures.Count == 0 ? "fresh consumer OK" : $"fresh consumer FAILED: {string.Join("; ", failures)}");
return failures.Count == 0 ? 0 : 1;

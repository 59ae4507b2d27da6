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

Console.WriteLine(failures.Count == 0 ? "fresh consumer OK" : $"fresh consumer FAILED: {string.Join("; ", failures)}");
return failures.Count == 0 ? 0 : 1;

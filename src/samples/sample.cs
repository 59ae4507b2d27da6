#:project ../KazChina.Model/KazChina.Model.csproj

// A .NET 10 file-based app over the edition: `dotnet run src/samples/sample.cs` from the repository root.
// It answers a few of the article's questions with the query helpers and prints where each answer comes from.
using System;
using System.Linq;
using KazChina.Model;

KazChinaEdition edition = KazChinaEdition.Current;
Console.WriteLine($"{edition.Article.Title} — {edition.Records.Count} records, {edition.Validate().Count} validation issues");

Console.WriteLine();
Console.WriteLine("Trade between China and Kazakhstan, as stated:");
foreach (TradeFigure figure in edition.TradeBetween("china", "kazakhstan"))
{
    Console.WriteLine($"  {figure.Basis,-6} {figure.Period?.ToString() ?? "(no period)",-14} {figure.Amount?.AsWritten ?? figure.Quantity?.AsWritten}");
}

TradeGrowth growth = edition.ImpliedGrowth("trade-china-kazakhstan-20bn-2011", "trade-target-40bn-2015");
Console.WriteLine($"The $40 billion target is {growth.Multiple} times the 2011 figure: {growth.AnnualRate!.Value:P2} a year over {growth.Years} years.");

Console.WriteLine();
Console.WriteLine("The loan, and what an editor says about it:");
Loan loan = edition.Get<Loan>("loan-cdb-kazakhmys-aktogay");
Provenance provenance = edition.ProvenanceOf(loan.Id);
Console.WriteLine($"  {loan.Amount.AsWritten} from {edition.Get<Organization>(loan.LenderId).Name} to {edition.Get<Organization>(loan.BorrowerId).Name}");
Console.WriteLine($"  cited: {string.Join("; ", provenance.Citations.Select(c => $"{c.OutletAsWritten}, {c.DateAsWritten}"))}");
foreach (EditorialNote note in provenance.Notes)
{
    Console.WriteLine($"  note ({note.NoteKind}, {note.Confidence}): {note.Reading} [{note.Reference}]");
}

Console.WriteLine();
Console.WriteLine("Timeline of June 2011:");
foreach (TimelineEntry entry in edition.Timeline().Where(e => e.Date.Year == 2011 && e.Date.Month == 6 && e.Kind != RecordKind.Citation))
{
    Console.WriteLine($"  {entry}");
}

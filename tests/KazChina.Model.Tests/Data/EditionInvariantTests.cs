using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace KazChina.Model.Tests.Data;

/// <summary>Invariants over the whole embedded edition: spans, ids, references, validation, names as written.</summary>
public sealed class EditionInvariantTests
{
    private static KazChinaEdition Edition => EditionTestKit.Edition;

    private static string Text => EditionTestKit.Text;

    [Fact]
    public void ArticleText_Embedded_Has7391CodeUnitsAndNoTrailingNewline()
    {
        Assert.Equal(7391, Text.Length);
        Assert.False(Text.EndsWith('\n'));
        Assert.DoesNotContain('\r', Text);
    }

    [Fact]
    public void DataVersion_Current_Is110()
    {
        Assert.Equal("1.1.0", Edition.DataVersion);
    }

    [Fact]
    public void EverySpan_ComparedWithArticleText_MatchesAtItsOffset()
    {
        var mismatches = EditionTestKit.AllSpans()
            .Where(x => !x.Span.Matches(Text))
            .Select(x => $"{x.Id} {x.Member} {x.Span} reads \"{(x.Span.End <= Text.Length ? Text.Substring(x.Span.Start, x.Span.Length) : "<out of range>")}\"")
            .ToList();
        Assert.True(mismatches.Count == 0, "Spans that do not match the article:\n" + string.Join('\n', mismatches));
    }

    [Fact]
    public void EveryRecord_Evidence_HasAtLeastOneSpan()
    {
        var withoutSpan = Edition.Records.Where(r => r.Evidence.Spans.Count == 0).Select(r => r.Id.ToString()).ToList();
        Assert.True(withoutSpan.Count == 0, "Records without a span: " + string.Join(", ", withoutSpan));
    }

    [Fact]
    public void RecordIds_AcrossEdition_AreUnique()
    {
        var duplicates = Edition.Records.GroupBy(r => r.Id).Where(g => g.Count() > 1).Select(g => g.Key.ToString()).ToList();
        Assert.True(duplicates.Count == 0, "Duplicated ids: " + string.Join(", ", duplicates));
    }

    [Fact]
    public void EveryReference_OfEveryRecord_ResolvesToAnAllowedKind()
    {
        var byId = Edition.Records.ToDictionary(r => r.Id);
        var problems = new List<string>();
        foreach (EditionRecord record in Edition.Records)
        {
            foreach (RecordReference reference in record.GetReferences())
            {
                if (!byId.TryGetValue(reference.Target, out EditionRecord? target))
                {
                    problems.Add($"{record.Id}.{reference.Member} -> '{reference.Target}' does not exist");
                }
                else if (!reference.AllowedKinds.Contains(target.Kind))
                {
                    problems.Add($"{record.Id}.{reference.Member} -> '{reference.Target}' is a {target.Kind}");
                }
            }
        }

        Assert.True(problems.Count == 0, "Unresolved references:\n" + string.Join('\n', problems));
    }

    [Fact]
    public void Validate_CurrentEdition_ReportsNoIssues()
    {
        IReadOnlyList<ValidationIssue> issues = Edition.Validate();
        Assert.True(issues.Count == 0, "Validation issues:\n" + string.Join('\n', issues));
    }

    [Fact]
    public void EveryQuote_Words_StandExactlyBetweenCurlyQuotationMarks()
    {
        var bad = Edition.Quotes
            .Where(q => q.Words.Start == 0 || Text[q.Words.Start - 1] != '“' || q.Words.End >= Text.Length || Text[q.Words.End] != '”')
            .Select(q => $"{q.Id} {q.Words}")
            .ToList();
        Assert.True(bad.Count == 0, "Quotes whose words are not exactly the quoted passage:\n" + string.Join('\n', bad));
    }

    [Fact]
    public void EveryQuotedPassage_InArticle_HasExactlyOneQuoteRecord()
    {
        var problems = new List<string>();
        foreach (Match match in Regex.Matches(Text, "“([^”]*)”"))
        {
            Group inner = match.Groups[1];
            int count = Edition.Quotes.Count(q => q.Words.Start == inner.Index && q.Words.Length == inner.Length);
            if (count != 1)
            {
                problems.Add($"[{inner.Index}] \"{inner.Value}\" has {count} quote records");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
        Assert.Equal(Regex.Count(Text, "“"), Edition.Quotes.Count);
    }

    [Fact]
    public void EveryQuote_Evidence_ContainsItsWords()
    {
        var bad = Edition.Quotes.Where(q => !q.Evidence.Spans.Any(s => s.Contains(q.Words))).Select(q => q.Id.ToString()).ToList();
        Assert.True(bad.Count == 0, "Quotes whose evidence does not include the words: " + string.Join(", ", bad));
    }

    [Fact]
    public void NamesAsWritten_OfActorsPlacesAndProjects_StandInTheirEvidence()
    {
        var missing = new List<string>();

        void Check(EditionRecord record, string words)
        {
            if (!EditionTestKit.EvidenceContains(record, words))
            {
                missing.Add($"{record.Id}: \"{words}\"");
            }
        }

        foreach (Country country in Edition.Countries)
        {
            foreach (NameForm form in country.FormsAsWritten)
            {
                Check(country, form.Form);
            }
        }

        foreach (Person person in Edition.People)
        {
            Check(person, person.NameAsWritten);
            foreach (NameForm form in person.OtherFormsAsWritten)
            {
                Check(person, form.Form);
            }
        }

        foreach (Organization organization in Edition.Organizations)
        {
            Check(organization, organization.NameAsWritten);
            foreach (NameForm form in organization.OtherFormsAsWritten)
            {
                Check(organization, form.Form);
            }
        }

        foreach (Place place in Edition.Places)
        {
            Check(place, place.NameAsWritten);
        }

        foreach (InfrastructureProject project in Edition.Projects)
        {
            Check(project, project.NameAsWritten);
            if (project.Phase is string phase)
            {
                Check(project, phase);
            }
        }

        Assert.True(missing.Count == 0, "Names as written not found in the record's evidence:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void StatedFigures_AsWritten_StandInTheirEvidence()
    {
        var missing = new List<string>();

        void Check(EditionRecord record, string? words)
        {
            if (words is not null && !EditionTestKit.EvidenceContains(record, words))
            {
                missing.Add($"{record.Id}: \"{words}\"");
            }
        }

        foreach (TradeFigure figure in Edition.TradeFigures)
        {
            Check(figure, figure.Amount?.AsWritten);
            Check(figure, figure.Quantity?.AsWritten);
            Check(figure, figure.Commodity);
        }

        foreach (Loan loan in Edition.Loans)
        {
            Check(loan, loan.Amount.AsWritten);
        }

        foreach (CurrencySwap swap in Edition.CurrencySwaps)
        {
            Check(swap, swap.Amount.AsWritten);
        }

        foreach (InfrastructureProject project in Edition.Projects)
        {
            Check(project, project.Cost?.AsWritten);
            foreach (ProjectArea area in project.Areas)
            {
                Check(project, area.Area.AsWritten);
            }
        }

        Assert.True(missing.Count == 0, "Figures as written not found in the record's evidence:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void EveryCitation_OutletAndDateAsWritten_StandInItsOwnSpan()
    {
        var bad = Edition.Citations
            .Where(c => c.Span is null
                || !c.Span.Text.Contains(c.OutletAsWritten, StringComparison.Ordinal)
                || (c.DateAsWritten is not null && !c.Span.Text.EndsWith(", " + c.DateAsWritten, StringComparison.Ordinal)))
            .Select(c => c.Id.ToString())
            .ToList();
        Assert.True(bad.Count == 0, "Citations whose outlet or date is not in their span: " + string.Join(", ", bad));
    }

    [Fact]
    public void EveryDatedCitation_DateAsWritten_AgreesWithItsDate()
    {
        foreach (Citation citation in Edition.Citations.Where(c => c.Date is not null))
        {
            Assert.Equal(citation.DateAsWritten, $"June {citation.Date!.Day}");
            Assert.Equal(2011, citation.Date.Year);
            Assert.True(citation.Date.YearInferred, $"{citation.Id}: the article gives no year for its date.");
        }
    }
}

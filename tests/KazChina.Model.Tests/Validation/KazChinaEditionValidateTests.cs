using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace KazChina.Model.Tests.Validation;

/// <summary>Each rule of <see cref="KazChinaEdition.Validate"/>, shown by breaking a valid edition on purpose.</summary>
public class KazChinaEditionValidateTests
{
    private static readonly KazChinaEdition Valid = SyntheticEdition.Create(seed: 2011, perKind: 6);

    [Fact]
    public void Validate_ValidEdition_IsEmpty()
    {
        Assert.Empty(Valid.Validate());
    }

    [Fact]
    public void Validate_DuplicateId_NamesBothPlaces()
    {
        Person first = Valid.People[0];
        Person twin = new(first.Id, "Twin", "Twin", ValueList.Empty<string>(), "Minister", first.CountryId, first.Evidence);

        ValidationIssue issue = Assert.Single(EditionEditor.Map(Valid, r => r, extra: [twin]).Validate());

        Assert.Equal(ValidationRule.DuplicateId, issue.Rule);
        Assert.Equal(first.Id, issue.RecordId);
        Assert.Equal("$.people[6].id", issue.Path);
        Assert.Contains("$.people[0]", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SameRecordListedTwice_ReportsTheDuplicateId()
    {
        Person first = Valid.People[0];

        ValidationIssue issue = Assert.Single(EditionEditor.Map(Valid, r => r, extra: [first]).Validate());

        Assert.Equal(ValidationRule.DuplicateId, issue.Rule);
        Assert.Equal("$.people[6].id", issue.Path);
        Assert.Contains("$.people[0]", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_IdRepeatedAcrossKindsAndTimes_ReportsEveryRepeatAgainstTheFirst()
    {
        Person first = Valid.People[0];
        Person twin = new(first.Id, "Twin", "Twin", ValueList.Empty<string>(), "Minister", first.CountryId, first.Evidence);
        Place place = Valid.Places[0];
        Place namesake = new(first.Id, place.Name, place.NameAsWritten, place.PlaceKind, place.CountryIds, place.SubdivisionCodes, place.Location, place.Evidence);

        List<ValidationIssue> issues = EditionEditor.Map(Valid, r => r, extra: [twin, namesake]).Validate()
            .Where(i => i.Rule == ValidationRule.DuplicateId)
            .ToList();

        Assert.Equal(2, issues.Count);
        Assert.All(issues, i => Assert.Contains("$.people[0]", i.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_DanglingReference_NamesMemberAndTarget()
    {
        Loan loan = Valid.Loans[0];
        KazChinaEdition broken = Replace(loan, new Loan(loan.Id, "no-such-bank", loan.BorrowerId, loan.Amount, loan.Purpose, loan.ProjectId, loan.When, loan.Evidence));

        ValidationIssue issue = Assert.Single(broken.Validate());

        Assert.Equal(ValidationRule.DanglingReference, issue.Rule);
        Assert.Equal(loan.Id, issue.RecordId);
        Assert.Equal("$.loans[0].lenderId", issue.Path);
        Assert.Contains("'no-such-bank'", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ReferenceToWrongKind_SaysWhatWasExpected()
    {
        Loan loan = Valid.Loans[0];
        KazChinaEdition broken = Replace(loan, new Loan(loan.Id, Valid.Places[0].Id, loan.BorrowerId, loan.Amount, loan.Purpose, loan.ProjectId, loan.When, loan.Evidence));

        ValidationIssue issue = Assert.Single(broken.Validate());

        Assert.Equal(ValidationRule.WrongReferenceKind, issue.Rule);
        Assert.Contains("Place", issue.Message, StringComparison.Ordinal);
        Assert.Contains("Country or Person or Organization", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_CitationOfMissingRecordInEvidence_IsDangling()
    {
        Event ev = Valid.Events[0];
        KazChinaEdition broken = Replace(ev, new Event(ev.Id, ev.EventKind, ev.Title, ev.When, ev.ParticipantIds, ev.PlaceId, ev.RelatedIds, ev.Evidence.Citing("cite-nowhere")));

        ValidationIssue issue = Assert.Single(broken.Validate());

        Assert.Equal(ValidationRule.DanglingReference, issue.Rule);
        Assert.Equal($"$.events[0].evidence.citationIds[{ev.Evidence.CitationIds.Count}]", issue.Path);
        Assert.StartsWith($"Evidence.CitationIds[{ev.Evidence.CitationIds.Count}] refers to 'cite-nowhere'", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DanglingIdInAList_NamesItsPosition()
    {
        InfrastructureProject p = Valid.Projects[0];
        var areas = ValueList.Create(new ProjectArea(Valid.Countries[0].Id, new Quantity(1m, QuantityUnit.SquareKilometre, Bound.Exact, "1 square kilometer")), new ProjectArea("atlantis", new Quantity(2m, QuantityUnit.SquareKilometre, Bound.Exact, "2 square kilometers")));
        KazChinaEdition broken = Replace(p, new InfrastructureProject(p.Id, p.Name, p.NameAsWritten, p.ProjectKind, p.CountryIds, p.PlaceIds, p.Phase, p.Status, areas, p.Cost, p.FinancingIds, p.When, p.RelatedIds, p.Evidence));

        ValidationIssue issue = Assert.Single(broken.Validate());

        Assert.Equal("$.projects[0].areas[1].countryId", issue.Path);
        Assert.Equal("Areas[1].CountryId refers to 'atlantis', which no record has.", issue.Message);
    }

    [Fact]
    public void Validate_Result_IsReadOnly()
    {
        Loan loan = Valid.Loans[0];
        KazChinaEdition broken = Replace(loan, new Loan(loan.Id, "nobody", loan.BorrowerId, loan.Amount, loan.Purpose, loan.ProjectId, loan.When, loan.Evidence));

        IReadOnlyList<ValidationIssue> issues = broken.Validate();

        Assert.IsNotAssignableFrom<ICollection<ValidationIssue>>(issues);
    }

    [Fact]
    public void Validate_SpanBeyondTheText_IsOutOfRange()
    {
        Country country = Valid.Countries[1];
        int end = Valid.Article.Text.Length;
        KazChinaEdition broken = Replace(country, new Country(country.Id, country.Name, country.Alpha2, country.Alpha3, country.FormsAsWritten, Evidence.Of(new TextSpan(end - 1, 3, "abc"))));

        ValidationIssue issue = Assert.Single(broken.Validate());

        Assert.Equal(ValidationRule.SpanOutOfRange, issue.Rule);
        Assert.Equal("$.countries[1].evidence.spans[0]", issue.Path);
    }

    [Fact]
    public void Validate_SpanWordsDifferFromText_ShowsBoth()
    {
        Country country = Valid.Countries[0];
        TextSpan real = country.Evidence.Spans[0];
        string wrong = new('#', real.Length);
        KazChinaEdition broken = Replace(country, new Country(country.Id, country.Name, country.Alpha2, country.Alpha3, country.FormsAsWritten, Evidence.Of(new TextSpan(real.Start, real.Length, wrong))));

        ValidationIssue issue = Assert.Single(broken.Validate());

        Assert.Equal(ValidationRule.SpanTextMismatch, issue.Rule);
        Assert.Contains(wrong, issue.Message, StringComparison.Ordinal);
        Assert.Contains(real.Text, issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_QuoteWordsDifferFromText_PointsAtWords()
    {
        Quote quote = Valid.Quotes[0];
        KazChinaEdition broken = Replace(quote, new Quote(quote.Id, quote.QuoteKind, quote.SpeakerId, new TextSpan(quote.Words.Start, quote.Words.Length, new string('#', quote.Words.Length)), quote.Evidence));

        ValidationIssue issue = Assert.Single(broken.Validate());

        Assert.Equal(ValidationRule.SpanTextMismatch, issue.Rule);
        Assert.Equal("$.quotes[0].words", issue.Path);
    }

    [Fact]
    public void Validate_RecordWithCitationsButNoSpan_IsMissingSpan()
    {
        Assessment a = Valid.Assessments[0];
        var onlyCited = new Evidence(ValueList.Empty<TextSpan>(), ValueList.Create(Valid.Citations[0].Id));
        KazChinaEdition broken = Replace(a, new Assessment(a.Id, a.Source, a.HolderId, a.AssessmentKind, a.Statement, a.SubjectIds, onlyCited));

        ValidationIssue issue = Assert.Single(broken.Validate());

        Assert.Equal(ValidationRule.MissingSpan, issue.Rule);
        Assert.Equal("$.assessments[0].evidence.spans", issue.Path);
    }

    [Fact]
    public void Validate_CitationWithoutItsOwnSpan_IsReported()
    {
        Citation c = Valid.Citations[2];
        var noSpan = new Evidence(ValueList.Empty<TextSpan>(), ValueList.Empty<RecordId>());
        KazChinaEdition broken = Replace(c, new Citation(c.Id, c.CitationKind, c.OutletId, c.OutletAsWritten, c.DateAsWritten, c.Date, c.Title, noSpan));

        ValidationIssue issue = Assert.Single(broken.Validate());

        Assert.Equal(ValidationRule.CitationWithoutSpan, issue.Rule);
        Assert.Equal(c.Id, issue.RecordId);
        Assert.Equal("$.citations[2].evidence.spans", issue.Path);
        Assert.Null(new Citation(c.Id, c.CitationKind, c.OutletId, c.OutletAsWritten, c.DateAsWritten, c.Date, c.Title, noSpan).Span);
    }

    [Fact]
    public void Validate_TradeFigureInAnotherCurrency_IsNotAllowed()
    {
        TradeFigure t = Valid.TradeFigures.First(f => f.Amount is not null);
        var yuan = new StatedAmount(Money.Cny(1m), Bound.Exact, "1 Yuan");
        KazChinaEdition broken = Replace(t, new TradeFigure(t.Id, t.StatedById, t.CountryId, t.PartnerId, t.Period, t.Measure, t.Basis, yuan, null, null, t.Evidence));

        ValidationIssue issue = Assert.Single(broken.Validate());

        Assert.Equal(ValidationRule.CurrencyNotAllowed, issue.Rule);
        Assert.EndsWith(".amount", issue.Path, StringComparison.Ordinal);
        Assert.Contains("CNY", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoteWordsNotInItsSpans_IsReported()
    {
        EditorialNote n = Valid.EditorialNotes[0];
        KazChinaEdition broken = Replace(n, new EditorialNote(n.Id, n.NoteKind, n.TargetIds, "words that are nowhere", n.Reading, n.Reference, n.Confidence, n.Evidence));

        ValidationIssue issue = Assert.Single(broken.Validate());

        Assert.Equal(ValidationRule.NoteTextNotInSpans, issue.Rule);
        Assert.Equal($"$.editorialNotes[0].asWritten", issue.Path);
    }

    [Fact]
    public void Validate_SeveralProblems_ListsEveryOneNotJustTheFirst()
    {
        Loan loan = Valid.Loans[0];
        Person person = Valid.People[0];
        KazChinaEdition broken = EditionEditor.Map(Valid, r => r switch
        {
            Loan l when l.Id == loan.Id => new Loan(l.Id, "nobody", "nobody-else", l.Amount, l.Purpose, l.ProjectId, l.When, l.Evidence),
            Person p when p.Id == person.Id => new Person(p.Id, p.Name, p.NameAsWritten, p.OtherFormsAsWritten, p.Role, "atlantis", Evidence.Of(new TextSpan(0, 2, "##"))),
            _ => r,
        });

        IReadOnlyList<ValidationIssue> issues = broken.Validate();

        Assert.Equal(4, issues.Count);
        Assert.Equal(3, issues.Count(i => i.Rule == ValidationRule.DanglingReference));
        Assert.Single(issues, i => i.Rule == ValidationRule.SpanTextMismatch);
    }

    private static KazChinaEdition Replace(EditionRecord old, EditionRecord replacement) =>
        EditionEditor.Map(Valid, r => ReferenceEquals(r, old) ? replacement : r);
}

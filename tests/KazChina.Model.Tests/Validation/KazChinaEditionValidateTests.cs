using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace KazChina.Model.Tests.Validation;

/// <summary>Each rule of <see cref="KazChinaEdition.Validate"/>, shown by breaking a valid edition on purpose.</summary>
public partial class KazChinaEditionValidateTests
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
        Person twin = new PersonBuilder(first) { Name = "Twin", Role = "Minister" }.Build();

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
        Person twin = new PersonBuilder(first) { Name = "Twin", NameAsWritten = "Twin", Role = "Minister" }.Build();
        Place namesake = new PlaceBuilder(Valid.Places[0]) { Id = first.Id }.Build();

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
        KazChinaEdition broken = Replace(loan, new LoanBuilder(loan) { LenderId = "no-such-bank" }.Build());

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
        KazChinaEdition broken = Replace(loan, new LoanBuilder(loan) { LenderId = Valid.Places[0].Id }.Build());

        ValidationIssue issue = Assert.Single(broken.Validate());

        Assert.Equal(ValidationRule.WrongReferenceKind, issue.Rule);
        Assert.Contains("Place", issue.Message, StringComparison.Ordinal);
        Assert.Contains("Country or Person or Organization", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_CitationOfMissingRecordInEvidence_IsDangling()
    {
        Event ev = Valid.Events[0];
        KazChinaEdition broken = Replace(ev, new EventBuilder(ev) { Evidence = ev.Evidence.Citing("cite-nowhere") }.Build());

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
        KazChinaEdition broken = Replace(p, new InfrastructureProjectBuilder(p) { Areas = areas }.Build());

        ValidationIssue issue = Assert.Single(broken.Validate(), i => i.Rule == ValidationRule.DanglingReference);

        Assert.Equal("$.projects[0].areas[1].countryId", issue.Path);
        Assert.Equal("Areas[1].CountryId refers to 'atlantis', which no record has.", issue.Message);
    }

    [Fact]
    public void Validate_Result_IsReadOnly()
    {
        Loan loan = Valid.Loans[0];
        KazChinaEdition broken = Replace(loan, new LoanBuilder(loan) { LenderId = "nobody" }.Build());

        IReadOnlyList<ValidationIssue> issues = broken.Validate();

        Assert.IsNotAssignableFrom<ICollection<ValidationIssue>>(issues);
    }

    [Fact]
    public void Validate_SpanBeyondTheText_IsOutOfRange()
    {
        Assessment assessment = Valid.Assessments[1];
        int end = Valid.Article.Text.Length;
        KazChinaEdition broken = Replace(assessment, new AssessmentBuilder(assessment) { Evidence = Evidence.Of(new TextSpan(end - 1, 3, "abc")) }.Build());

        ValidationIssue issue = Assert.Single(broken.Validate());

        Assert.Equal(ValidationRule.SpanOutOfRange, issue.Rule);
        Assert.Equal("$.assessments[1].evidence.spans[0]", issue.Path);
    }

    [Fact]
    public void Validate_ArticleHeaderSpanDiffersFromText_PointsAtTheArticle()
    {
        Article article = Valid.Article;
        TextSpan title = article.Evidence.Spans[0];
        var misquoted = new TextSpan(title.Start, title.Length, new string('#', title.Length));
        KazChinaEdition broken = Replace(article, new ArticleBuilder(article) { Evidence = Evidence.Of([.. article.Evidence.Spans, misquoted]) }.Build());

        ValidationIssue issue = Assert.Single(broken.Validate());

        Assert.Equal(ValidationRule.SpanTextMismatch, issue.Rule);
        Assert.Equal(article.Id, issue.RecordId);
        Assert.Equal($"$.article.evidence.spans[{article.Evidence.Spans.Count}]", issue.Path);
    }

    [Fact]
    public void Validate_RecordTakingTheArticlesId_IsADuplicateOfTheArticle()
    {
        Person namesake = new PersonBuilder(Valid.People[0]) { Id = Valid.Article.Id }.Build();

        ValidationIssue issue = Assert.Single(EditionEditor.Map(Valid, r => r, extra: [namesake]).Validate());

        Assert.Equal(ValidationRule.DuplicateId, issue.Rule);
        Assert.Equal("$.people[6].id", issue.Path);
        Assert.Contains("$.article", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SpanWordsDifferFromText_ShowsBoth()
    {
        Assessment assessment = Valid.Assessments[0];
        TextSpan real = assessment.Evidence.Spans[0];
        string wrong = new('#', real.Length);
        KazChinaEdition broken = Replace(assessment, new AssessmentBuilder(assessment) { Evidence = Evidence.Of(new TextSpan(real.Start, real.Length, wrong)) }.Build());

        ValidationIssue issue = Assert.Single(broken.Validate());

        Assert.Equal(ValidationRule.SpanTextMismatch, issue.Rule);
        Assert.Contains(wrong, issue.Message, StringComparison.Ordinal);
        Assert.Contains(real.Text, issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_QuoteWordsDifferFromText_PointsAtWords()
    {
        Quote quote = Valid.Quotes[0];
        KazChinaEdition broken = Replace(quote, new QuoteBuilder(quote) { Words = new TextSpan(quote.Words.Start, quote.Words.Length, new string('#', quote.Words.Length)) }.Build());

        ValidationIssue issue = Assert.Single(broken.Validate());

        Assert.Equal(ValidationRule.SpanTextMismatch, issue.Rule);
        Assert.Equal("$.quotes[0].words", issue.Path);
    }

    [Fact]
    public void Validate_RecordWithCitationsButNoSpan_IsMissingSpan()
    {
        Assessment a = Valid.Assessments[0];
        var onlyCited = new Evidence(ValueList.Empty<TextSpan>(), ValueList.Create(Valid.Citations[0].Id));
        KazChinaEdition broken = Replace(a, new AssessmentBuilder(a) { Evidence = onlyCited }.Build());

        ValidationIssue issue = Assert.Single(broken.Validate());

        Assert.Equal(ValidationRule.MissingSpan, issue.Rule);
        Assert.Equal("$.assessments[0].evidence.spans", issue.Path);
    }

    [Fact]
    public void Validate_CitationWithoutItsOwnSpan_IsReported()
    {
        Citation c = Valid.Citations[2];
        var noSpan = new Evidence(ValueList.Empty<TextSpan>(), ValueList.Empty<RecordId>());
        Citation spanless = new CitationBuilder(c) { Evidence = noSpan }.Build();
        KazChinaEdition broken = Replace(c, spanless);

        ValidationIssue issue = Assert.Single(broken.Validate());

        Assert.Equal(ValidationRule.CitationWithoutSpan, issue.Rule);
        Assert.Equal(c.Id, issue.RecordId);
        Assert.Equal("$.citations[2].evidence.spans", issue.Path);
        Assert.Null(spanless.Span);
    }

    [Fact]
    public void Validate_TradeFigureInAnotherCurrency_IsNotAllowed()
    {
        TradeFigure t = Valid.TradeFigures.First(f => f.Amount is not null);
        var yuan = new StatedAmount(Money.Cny(1m), Bound.Exact, "1 Yuan");
        KazChinaEdition broken = Replace(t, new TradeFigureBuilder(t) { Amount = yuan }.Build());

        ValidationIssue issue = Assert.Single(broken.Validate());

        Assert.Equal(ValidationRule.CurrencyNotAllowed, issue.Rule);
        Assert.EndsWith(".amount", issue.Path, StringComparison.Ordinal);
        Assert.Contains("CNY", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoteWordsNotInItsSpans_IsReported()
    {
        EditorialNote n = Valid.EditorialNotes[0];
        KazChinaEdition broken = Replace(n, new EditorialNoteBuilder(n) { AsWritten = "words that are nowhere" }.Build());

        ValidationIssue issue = Assert.Single(broken.Validate());

        Assert.Equal(ValidationRule.NoteTextNotInSpans, issue.Rule);
        Assert.Equal($"$.editorialNotes[0].asWritten", issue.Path);
    }

    [Fact]
    public void Validate_NameFormNotInItsSpans_PointsAtTheForm()
    {
        Country country = Valid.Countries[0];
        KazChinaEdition broken = Replace(country, new CountryBuilder(country) { FormsAsWritten = ValueList.From([.. country.FormsAsWritten, new NameForm("words that are nowhere", NameFormKind.Metonym)]) }.Build());

        ValidationIssue issue = Assert.Single(broken.Validate());

        Assert.Equal(ValidationRule.NameNotInSpans, issue.Rule);
        Assert.Equal("$.countries[0].formsAsWritten[1].form", issue.Path);
        Assert.Contains("\"words that are nowhere\"", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AgreementNameNotInItsSpans_PointsAtTheName()
    {
        Agreement agreement = Valid.Agreements[2];
        KazChinaEdition broken = Replace(agreement, new AgreementBuilder(agreement) { NamesAsWritten = ValueList.From([.. agreement.NamesAsWritten, "the partnership agreement"]) }.Build());

        ValidationIssue issue = Assert.Single(broken.Validate());

        Assert.Equal(ValidationRule.NameNotInSpans, issue.Rule);
        Assert.Equal("$.agreements[2].namesAsWritten[1]", issue.Path);
    }

    [Fact]
    public void Validate_ArticleTitleNotInItsSpans_PointsAtTheTitle()
    {
        KazChinaEdition broken = Replace(Valid.Article, new ArticleBuilder(Valid.Article) { Title = "A title the text does not have" }.Build());

        ValidationIssue issue = Assert.Single(broken.Validate());

        Assert.Equal(ValidationRule.NameNotInSpans, issue.Rule);
        Assert.Equal("$.article.title", issue.Path);
    }

    [Fact]
    public void Validate_NameAsWrittenNotInSpans_IsReportedForPeoplePlacesAndProjects()
    {
        KazChinaEdition broken = EditionEditor.Map(Valid, r => r switch
        {
            Person p when p == Valid.People[0] => new PersonBuilder(p) { NameAsWritten = "Nobody" }.Build(),
            Place p when p == Valid.Places[0] => new PlaceBuilder(p) { NameAsWritten = "Nowhere" }.Build(),
            InfrastructureProject p when p == Valid.Projects[0] => new InfrastructureProjectBuilder(p) { NameAsWritten = "Nothing" }.Build(),
            _ => r,
        });

        Assert.Equal(
            ["$.people[0].nameAsWritten", "$.places[0].nameAsWritten", "$.projects[0].nameAsWritten"],
            broken.Validate().Where(i => i.Rule == ValidationRule.NameNotInSpans).Select(i => i.Path));
    }

    [Fact]
    public void Validate_SeveralProblems_ListsEveryOneNotJustTheFirst()
    {
        Loan loan = Valid.Loans[0];
        Person person = Valid.People[0];
        KazChinaEdition broken = EditionEditor.Map(Valid, r => r switch
        {
            Loan l when l.Id == loan.Id => new LoanBuilder(l) { LenderId = "nobody", BorrowerId = "nobody-else" }.Build(),
            Person p when p.Id == person.Id => new PersonBuilder(p) { CountryId = "atlantis", Evidence = Evidence.Of(new TextSpan(0, 2, "##")) }.Build(),
            _ => r,
        });

        IReadOnlyList<ValidationIssue> issues = broken.Validate();

        Assert.Equal(5, issues.Count);
        Assert.Equal(3, issues.Count(i => i.Rule == ValidationRule.DanglingReference));
        Assert.Single(issues, i => i.Rule == ValidationRule.SpanTextMismatch);
        Assert.Single(issues, i => i.Rule == ValidationRule.NameNotInSpans);
    }

    private static KazChinaEdition Replace(EditionRecord old, EditionRecord replacement) =>
        EditionEditor.Map(Valid, r => ReferenceEquals(r, old) ? replacement : r);
}

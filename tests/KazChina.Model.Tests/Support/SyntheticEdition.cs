using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace KazChina.Model.Tests;

/// <summary>
/// Builds deterministic, valid editions of any size from a seed, through the real constructors: every id
/// unique, every reference resolving to a record of an allowed kind, every span quoting the generated text, and
/// every name as written standing in its record's spans (it is the words of the first span).
/// Used by property tests (via <c>Generators.EditionGen</c>) and by the scale benchmarks.
/// </summary>
public static class SyntheticEdition
{
    private static readonly string[] Words =
    [
        "Astana", "Beijing", "trade", "partnership", "“all-round”", "Kazakhstan’s", "$20", "billion", "Қазақстан",
        "中国", "pipeline", "railway", "loan", "swap", "June", "13", "the", "of", "and", "—", "Horgos", "km²",
    ];

    /// <summary>Creates an edition with <paramref name="perKind"/> records of each kind (two more countries and organizations, so pairs exist).</summary>
    /// <param name="seed">The random seed; the same seed and size give an equal edition.</param>
    /// <param name="perKind">Records per kind; at least 1.</param>
    /// <param name="minimumTextLength">
    /// The shortest article text, in characters: the generated text is repeated up to it, which makes a document of
    /// any size cheaply (the records quote its start).
    /// </param>
    /// <returns>A valid edition.</returns>
    public static KazChinaEdition Create(int seed, int perKind, int minimumTextLength = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(perKind, 1);
        var random = new Random(seed);
        var builder = new Builder(random, perKind, minimumTextLength);
        return builder.Build();
    }

    private sealed class Builder
    {
        private readonly Random _random;
        private readonly int _n;
        private readonly string _text;
        private readonly List<(int Start, int Length)> _words = [];

        public Builder(Random random, int perKind, int minimumTextLength)
        {
            _random = random;
            _n = perKind;
            var text = new StringBuilder();
            int wordCount = Math.Max(64, perKind * 12);
            for (int i = 0; i < wordCount; i++)
            {
                if (i > 0)
                {
                    text.Append(i % 17 == 0 ? '\n' : ' ');
                }

                string word = Words[random.Next(Words.Length)];
                _words.Add((text.Length, word.Length));
                text.Append(word);
            }

            string generated = text.ToString();
            while (text.Length < minimumTextLength)
            {
                text.Append('\n').Append(generated, 0, Math.Min(generated.Length, minimumTextLength - text.Length));
            }

            _text = text.ToString();
        }

        public KazChinaEdition Build()
        {
            int countries = _n + 2;
            int organizations = _n + 2;
            var countryIds = Range("country", countries);
            var personIds = Range("person", _n);
            var organizationIds = Range("organization", organizations);
            var placeIds = Range("place", _n);
            var citationIds = Range("citation", _n);
            var agreementIds = Range("agreement", _n);
            var projectIds = Range("project", _n);
            var loanIds = Range("loan", _n);
            var swapIds = Range("swap", _n);
            var actorIds = countryIds.Concat(personIds).Concat(organizationIds).ToArray();

            var countryList = countryIds.Select((id, i) =>
            {
                Evidence evidence = Evidence();
                return new CountryBuilder
                {
                    Id = id, Name = $"Country {i}", Alpha2 = Code(i, 2), Alpha3 = Code(i, 3),
                    FormsAsWritten = ValueList.Create(new NameForm(WrittenName(evidence), (NameFormKind)(i % Enum.GetValues<NameFormKind>().Length))), Evidence = evidence,
                }.Build();
            }).ToValueList();
            var people = personIds.Select((id, i) =>
            {
                Evidence evidence = Evidence();
                return new PersonBuilder { Id = id, Name = $"Person {i}", NameAsWritten = WrittenName(evidence), Role = "President", CountryId = Pick(countryIds), Evidence = evidence }.Build();
            }).ToValueList();
            var orgs = organizationIds.Select((id, i) =>
            {
                Evidence evidence = Evidence();
                return new OrganizationBuilder
                {
                    Id = id, Name = $"Organization {i}", NameAsWritten = WrittenName(evidence), OrganizationKind = (OrganizationKind)(i % Enum.GetValues<OrganizationKind>().Length),
                    CountryId = _random.Next(2) == 0 ? (RecordId?)null : Pick(countryIds), Evidence = evidence,
                }.Build();
            }).ToValueList();
            var places = placeIds.Select((id, i) =>
            {
                Evidence evidence = Evidence();
                return new PlaceBuilder
                {
                    Id = id, Name = $"Place {i}", NameAsWritten = WrittenName(evidence), PlaceKind = (PlaceKind)(i % Enum.GetValues<PlaceKind>().Length), CountryIds = ValueList.Create(Pick(countryIds)),
                    Location = new GeoPoint(_random.Next(-90, 91), _random.Next(-180, 181), (CoordinatePrecision)(i % Enum.GetValues<CoordinatePrecision>().Length)), Evidence = evidence,
                }.Build();
            }).ToValueList();
            var citations = citationIds.Select((id, i) =>
            {
                PartialDate? date = _random.Next(3) == 0 ? null : Date();
                return new CitationBuilder
                {
                    Id = id, OutletId = Pick(organizationIds), OutletAsWritten = $"Outlet {i}", DateAsWritten = date is null ? null : "June 13", Date = date,
                    Evidence = new Evidence(ValueList.Create(Span()), ValueList.Empty<RecordId>()),
                }.Build();
            }).ToValueList();
            var quotes = Range("quote", _n).Select(id => new QuoteBuilder { Id = id, SpeakerId = Pick(personIds), Words = Span(), Evidence = Evidence(citationIds) }.Build()).ToValueList();
            var agreements = agreementIds.Select((id, i) =>
            {
                Evidence evidence = Evidence(citationIds);
                return new AgreementBuilder
                {
                    Id = id, Title = $"Agreement {i}", NamesAsWritten = ValueList.Create(WrittenName(evidence)), AgreementKind = (AgreementKind)(i % Enum.GetValues<AgreementKind>().Length),
                    PartyIds = Distinct(countryIds, 2), When = Time(), Status = (AgreementStatus)(i % Enum.GetValues<AgreementStatus>().Length), Evidence = evidence,
                }.Build();
            }).ToValueList();
            var provisions = Range("provision", _n).Select((id, i) =>
            {
                var kind = (ProvisionKind)(i % Enum.GetValues<ProvisionKind>().Length);
                return new ProvisionBuilder
                {
                    Id = id, AgreementId = Pick(agreementIds), ProvisionKind = kind, ProposedById = kind == ProvisionKind.Proposal ? Pick(actorIds) : (RecordId?)null, ActorIds = Distinct(countryIds, 1),
                    Statement = $"Provision {i}", SubjectIds = ValueList.Create(Pick(projectIds)), Evidence = Evidence(citationIds),
                }.Build();
            }).ToValueList();
            var events = Range("event", _n).Select((id, i) => new EventBuilder
            {
                Id = id, EventKind = (EventKind)(i % Enum.GetValues<EventKind>().Length), Title = $"Event {i}", When = Time(), ParticipantIds = Distinct(actorIds, 2),
                PlaceId = Pick(placeIds), Evidence = Evidence(citationIds),
            }.Build()).ToValueList();
            var figures = Range("trade", _n).Select((id, i) =>
            {
                RecordId[] pair = Distinct(countryIds, 2).ToArray();
                bool delivered = i % 5 == 4;
                return new TradeFigureBuilder
                {
                    Id = id, StatedById = _random.Next(2) == 0 ? (RecordId?)null : Pick(personIds), CountryId = pair[0], PartnerId = pair[1], Period = Time(),
                    Measure = delivered ? TradeMeasure.CommodityDelivered : TradeMeasure.BilateralTradeVolume,
                    Basis = (FigureBasis)(i % 2),
                    Amount = delivered ? null : new StatedAmount(Money.Usd(_random.Next(1, 100) * 1_000_000_000m), (Bound)(i % 6), "$1 billion"),
                    Quantity = delivered ? new Quantity(_random.Next(1, 20) * 1_000_000m, QuantityUnit.Tonne, Bound.Exact, "11 million tons") : null,
                    Commodity = delivered ? "oil" : null,
                    Evidence = Evidence(citationIds),
                }.Build();
            }).ToValueList();
            var loans = loanIds.Select((id, i) =>
            {
                RecordId[] pair = Distinct(organizationIds, 2).ToArray();
                return new LoanBuilder
                {
                    Id = id, LenderId = pair[0], BorrowerId = pair[1],
                    Amount = new StatedAmount(new Money(_random.Next(1, 50) * 100_000_000m, i % 2 == 0 ? Currency.Usd : Currency.Cny), Bound.Exact, "$15 billion"),
                    Purpose = "to develop a mine", ProjectId = Pick(projectIds), When = Time(), Evidence = Evidence(citationIds),
                }.Build();
            }).ToValueList();
            var swaps = swapIds.Select(id => new CurrencySwapBuilder
            {
                Id = id, PartyIds = Distinct(countryIds, 2), Amount = new StatedAmount(Money.Usd(_random.Next(1, 10) * 1_000_000_000m), Bound.Exact, "$1 billion"),
                AgreementId = Pick(agreementIds), When = Time(), Evidence = Evidence(citationIds),
            }.Build()).ToValueList();
            var projects = projectIds.Select((id, i) =>
            {
                Evidence evidence = Evidence(citationIds);
                return new InfrastructureProjectBuilder
                {
                    Id = id, Name = $"Project {i}", NameAsWritten = WrittenName(evidence), ProjectKind = (ProjectKind)(i % Enum.GetValues<ProjectKind>().Length), CountryIds = Distinct(countryIds, 2),
                    PlaceIds = ValueList.Create(Pick(placeIds)), Phase = i % 3 == 0 ? "phase two" : null, Status = (ProjectStatus)(i % Enum.GetValues<ProjectStatus>().Length),
                    Areas = i % 2 == 0 ? ValueList.Create(new ProjectArea(Pick(countryIds), new Quantity(_random.Next(1, 500) / 100m, QuantityUnit.SquareKilometre, Bound.Exact, "3.34 square kilometers"))) : ValueList.Empty<ProjectArea>(),
                    Cost = i % 2 == 1 ? new StatedAmount(Money.Cny(_random.Next(1, 1000) * 1_000_000m), Bound.MoreThan, "more than 880 million Yuan ($136.14 million)", Money.Usd(_random.Next(1, 200) * 1_000_000m)) : null,
                    FinancingIds = ValueList.Create(Pick(loanIds)), When = Time(), Evidence = evidence,
                }.Build();
            }).ToValueList();
            var assessments = Range("assessment", _n).Select((id, i) =>
            {
                bool attributed = i % 2 == 1;
                return new AssessmentBuilder
                {
                    Id = id, Source = attributed ? AssessmentSource.Attributed : AssessmentSource.Author, HolderId = attributed ? Pick(organizationIds) : (RecordId?)null,
                    AssessmentKind = (AssessmentKind)(i % 4), Statement = $"Assessment {i}", SubjectIds = ValueList.Create(Pick(countryIds)), Evidence = Evidence(citationIds),
                }.Build();
            }).ToValueList();
            EditionRecord[] annotatable = [.. people, .. loans, .. projects];
            var notes = Range("note", _n).Select((id, i) =>
            {
                TextSpan span = Span();
                return new EditorialNoteBuilder
                {
                    Id = id, NoteKind = (EditorialNoteKind)(i % Enum.GetValues<EditorialNoteKind>().Length), AsWritten = span.Text,
                    Reading = "A reading.", Readings = ValueList.Create(ReadingOf(annotatable[_random.Next(annotatable.Length)])),
                    Reference = "A reference, 2011-06-14", Confidence = (Confidence)(i % 3), Evidence = KazChina.Model.Evidence.Of(span),
                }.Build();
            }).ToValueList();

            Evidence header = Evidence();
            var article = new ArticleBuilder { Title = WrittenName(header), Publication = header.Spans[^1].Text, Volume = 1, Issue = 1, Text = _text, Evidence = header }.Build();
            return new KazChinaEdition("0.0.1", article, countryList, people, orgs, places, citations, quotes, notes, agreements, provisions, events, figures, loans, swaps, projects, assessments);
        }

        /// <summary>
        /// A reading of the record that its kind allows and that applies to it. Its value follows from the record alone,
        /// so two notes that read one member give it the same value and never conflict.
        /// </summary>
        private static Reading ReadingOf(EditionRecord record) => record switch
        {
            Person p => new NameReading(p.Id, ReadMember.NameAsWritten, p.Name + " (read)"),
            Loan l => new AmountReading(l.Id, ReadMember.Amount, new StatedAmount(new Money(l.Amount.Value.Amount / 10m, l.Amount.Currency), Bound.About, "a tenth of it")),
            InfrastructureProject { Areas: [ProjectArea area, ..] } p =>
                new AreaReading(p.Id, ReadMember.Areas, new ProjectArea(area.CountryId, new Quantity(area.Area.Value + 1m, QuantityUnit.SquareKilometre, Bound.Exact, "one square kilometre more"))),
            InfrastructureProject { Cost: not null } p => new ShareReading(p.Id, ReadMember.Cost, p.CountryIds[0]),
            _ => new TimeReading(record.Id, ReadMember.When, TimeReference.At(new PartialDate(2011, 12, 2))),
        };

        /// <summary>The name a record gives as written: the words of its first span, so that it stands in the record's spans.</summary>
        private static string WrittenName(Evidence evidence) => evidence.Spans[0].Text;

        private static RecordId[] Range(string prefix, int count) =>
            Enumerable.Range(0, count).Select(i => new RecordId($"{prefix}-{i}")).ToArray();

        private static string Code(int i, int length)
        {
            var chars = new char[length];
            for (int k = length - 1; k >= 0; k--)
            {
                chars[k] = (char)('A' + (i % 26));
                i /= 26;
            }

            return new string(chars);
        }

        private RecordId Pick(RecordId[] ids) => ids[_random.Next(ids.Length)];

        private ValueList<RecordId> Distinct(RecordId[] ids, int count)
        {
            var chosen = new List<RecordId>();
            while (chosen.Count < Math.Min(count, ids.Length))
            {
                RecordId id = Pick(ids);
                if (!chosen.Contains(id))
                {
                    chosen.Add(id);
                }
            }

            return chosen.ToValueList();
        }

        private TextSpan Span()
        {
            int first = _random.Next(_words.Count);
            int last = Math.Min(_words.Count - 1, first + _random.Next(4));
            int start = _words[first].Start;
            int end = _words[last].Start + _words[last].Length;
            return new TextSpan(start, end - start, _text[start..end]);
        }

        private Evidence Evidence(RecordId[]? citations = null)
        {
            var spans = new List<TextSpan> { Span() };
            TextSpan second = Span();
            if (_random.Next(2) == 0 && !spans.Contains(second))
            {
                spans.Add(second);
            }

            ValueList<RecordId> cited = citations is { Length: > 0 } && _random.Next(2) == 0 ? Distinct(citations, 1) : ValueList.Empty<RecordId>();
            return new Evidence(spans.ToValueList(), cited);
        }

        private PartialDate Date()
        {
            int year = 2000 + _random.Next(16);
            return _random.Next(3) switch
            {
                0 => PartialDate.OfYear(year),
                1 => new PartialDate(year, _random.Next(1, 13), part: (MonthPart)_random.Next(4), yearInferred: _random.Next(2) == 0),
                _ => new PartialDate(year, _random.Next(1, 13), _random.Next(1, 29), yearInferred: _random.Next(2) == 0),
            };
        }

        private TimeReference? Time() =>
            _random.Next(4) == 0 ? null : new TimeReference((TimeRelation)_random.Next(Enum.GetValues<TimeRelation>().Length), Date());
    }
}

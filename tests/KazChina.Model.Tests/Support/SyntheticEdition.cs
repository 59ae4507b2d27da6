using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace KazChina.Model.Tests;

/// <summary>
/// Builds deterministic, valid editions of any size from a seed, through the real constructors: every id
/// unique, every reference resolving to a record of an allowed kind, every span quoting the generated text.
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

            var countryList = countryIds.Select((id, i) => new Country(id, $"Country {i}", Code(i, 2), Code(i, 3), ValueList.Create($"Country {i}"), Evidence())).ToValueList();
            var people = personIds.Select((id, i) => new Person(id, $"Person {i}", $"Person {i}", ValueList.Empty<string>(), "President", Pick(countryIds), Evidence())).ToValueList();
            var orgs = organizationIds.Select((id, i) => new Organization(id, $"Organization {i}", $"Organization {i}", (OrganizationKind)(i % Enum.GetValues<OrganizationKind>().Length), _random.Next(2) == 0 ? (RecordId?)null : Pick(countryIds), null, null, Evidence())).ToValueList();
            var places = placeIds.Select((id, i) => new Place(id, $"Place {i}", $"Place {i}", (PlaceKind)(i % Enum.GetValues<PlaceKind>().Length), ValueList.Create(Pick(countryIds)), ValueList.Empty<string>(), new GeoPoint(_random.Next(-90, 91), _random.Next(-180, 181)), Evidence())).ToValueList();
            var citations = citationIds.Select((id, i) =>
            {
                PartialDate? date = _random.Next(3) == 0 ? null : Date();
                return new Citation(id, CitationKind.InText, Pick(organizationIds), $"Outlet {i}", date is null ? null : "June 13", date, null, new Evidence(ValueList.Create(Span()), ValueList.Empty<RecordId>()));
            }).ToValueList();
            var quotes = Range("quote", _n).Select(id => new Quote(id, QuoteKind.Spoken, Pick(personIds), Span(), Evidence(citationIds))).ToValueList();
            var agreements = agreementIds.Select((id, i) => new Agreement(id, $"Agreement {i}", (AgreementKind)(i % Enum.GetValues<AgreementKind>().Length), Distinct(countryIds, 2), Time(), (AgreementStatus)(i % 4), ValueList.Empty<RecordId>(), Evidence(citationIds))).ToValueList();
            var provisions = Range("provision", _n).Select((id, i) => new Provision(id, Pick(agreementIds), (ProvisionKind)(i % Enum.GetValues<ProvisionKind>().Length), Distinct(countryIds, 1), $"Provision {i}", ValueList.Create(Pick(projectIds)), Evidence(citationIds))).ToValueList();
            var events = Range("event", _n).Select((id, i) => new Event(id, (EventKind)(i % Enum.GetValues<EventKind>().Length), $"Event {i}", Time(), Distinct(actorIds, 2), Pick(placeIds), ValueList.Empty<RecordId>(), Evidence(citationIds))).ToValueList();
            var figures = Range("trade", _n).Select((id, i) =>
            {
                RecordId[] pair = Distinct(countryIds, 2).ToArray();
                bool delivered = i % 5 == 4;
                return new TradeFigure(
                    id, _random.Next(2) == 0 ? (RecordId?)null : Pick(personIds), pair[0], pair[1], Time(),
                    delivered ? TradeMeasure.CommodityDelivered : TradeMeasure.BilateralTradeVolume,
                    (FigureBasis)(i % 2),
                    delivered ? null : new StatedAmount(Money.Usd(_random.Next(1, 100) * 1_000_000_000m), (Bound)(i % 6), "$1 billion"),
                    delivered ? new Quantity(_random.Next(1, 20) * 1_000_000m, QuantityUnit.Tonne, Bound.Exact, "11 million tons") : null,
                    delivered ? "oil" : null,
                    Evidence(citationIds));
            }).ToValueList();
            var loans = loanIds.Select((id, i) =>
            {
                RecordId[] pair = Distinct(organizationIds, 2).ToArray();
                return new Loan(id, pair[0], pair[1], new StatedAmount(new Money(_random.Next(1, 50) * 100_000_000m, i % 2 == 0 ? Currency.Usd : Currency.Cny), Bound.Exact, "$15 billion"), "to develop a mine", Pick(projectIds), Time(), Evidence(citationIds));
            }).ToValueList();
            var swaps = swapIds.Select(id => new CurrencySwap(id, Distinct(countryIds, 2), new StatedAmount(Money.Usd(_random.Next(1, 10) * 1_000_000_000m), Bound.Exact, "$1 billion"), Pick(agreementIds), Time(), Evidence(citationIds))).ToValueList();
            var projects = projectIds.Select((id, i) => new InfrastructureProject(
                id, $"Project {i}", $"Project {i}", (ProjectKind)(i % Enum.GetValues<ProjectKind>().Length), Distinct(countryIds, 2), ValueList.Create(Pick(placeIds)),
                i % 3 == 0 ? "phase two" : null, (ProjectStatus)(i % 4),
                i % 2 == 0 ? ValueList.Create(new ProjectArea(Pick(countryIds), new Quantity(_random.Next(1, 500) / 100m, QuantityUnit.SquareKilometre, Bound.Exact, "3.34 square kilometers"))) : ValueList.Empty<ProjectArea>(),
                i % 2 == 1 ? new StatedAmount(Money.Cny(_random.Next(1, 1000) * 1_000_000m), Bound.MoreThan, "more than 880 million Yuan ($136.14 million)", Money.Usd(_random.Next(1, 200) * 1_000_000m)) : null,
                ValueList.Create(Pick(loanIds)), Time(), ValueList.Empty<RecordId>(), Evidence(citationIds))).ToValueList();
            var assessments = Range("assessment", _n).Select((id, i) =>
            {
                bool attributed = i % 2 == 1;
                return new Assessment(id, attributed ? AssessmentSource.Attributed : AssessmentSource.Author, attributed ? Pick(organizationIds) : (RecordId?)null, (AssessmentKind)(i % 4), $"Assessment {i}", ValueList.Create(Pick(countryIds)), Evidence(citationIds));
            }).ToValueList();
            RecordId[] annotatable = [.. personIds, .. loanIds, .. projectIds];
            var notes = Range("note", _n).Select((id, i) =>
            {
                TextSpan span = Span();
                return new EditorialNote(id, (EditorialNoteKind)(i % Enum.GetValues<EditorialNoteKind>().Length), Distinct(annotatable, 1), span.Text, "A reading.", "A reference, 2011-06-14", (Confidence)(i % 3), KazChina.Model.Evidence.Of(span));
            }).ToValueList();

            var article = new Article("Synthetic edition", "Generated", 1, 1, null, _text);
            return new KazChinaEdition("0.0.1", article, countryList, people, orgs, places, citations, quotes, notes, agreements, provisions, events, figures, loans, swaps, projects, assessments);
        }

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

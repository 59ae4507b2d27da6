using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using NodaTime;
using Xunit;
using static KazChina.Model.Tests.Queries.QueryTestKit;

namespace KazChina.Model.Tests.Queries;

/// <summary>The per-edition indexes behind every helper: built once, shared, safe under concurrent first use.</summary>
public class EditionIndexTests
{
    private const int Threads = 16;

    /// <summary>Asks every helper every question the edition's ids allow and collects the answers.</summary>
    private static List<object> AskEverything(KazChinaEdition e)
    {
        var range = new DateInterval(new LocalDate(2005, 1, 1), new LocalDate(2011, 6, 30));
        var answers = new List<object>
        {
            e.Timeline(),
            e.Timeline(range, DateMatch.Overlapping),
            e.AgreementsIn(range),
            e.TradeIn(range, DateMatch.Overlapping),
            e.StatedAreas(),
            e.StatedCosts(),
            e.StatedCosts(Currency.Usd),
            e.AnnotatedRecords(),
            e.SearchEvidence("a"),
            e.LoansByAmount(Money.Usd(0m), Money.Usd(100_000_000_000m)),
            e.SwapsByAmount(Money.Usd(0m), Money.Usd(100_000_000_000m)),
        };
        answers.AddRange(Enum.GetValues<RecordKind>().Select(k => e.RecordsOfKind(k)));
        answers.AddRange(Enum.GetValues<AgreementKind>().Select(k => e.AgreementsOfKind(k)));
        answers.AddRange(Enum.GetValues<AgreementStatus>().Select(s => e.AgreementsWithStatus(s)));
        answers.AddRange(Enum.GetValues<ProjectKind>().Select(k => e.ProjectsOfKind(k)));
        answers.AddRange(Enum.GetValues<ProjectStatus>().Select(s => e.ProjectsWithStatus(s)));
        foreach (EditionRecord record in e.Records)
        {
            answers.Add(e.Get(record.Id));
            answers.Add(e.ProvenanceOf(record.Id));
            answers.Add(e.NotesOn(record.Id));
            answers.Add(e.SearchEvidence(record.Evidence.Spans[0].Text));
        }

        foreach (RecordId actor in ActorIds(e))
        {
            answers.Add(e.AgreementsWithParty(actor, includeAffiliated: true));
            answers.Add(e.LoansFrom(actor));
            answers.Add(e.LoansTo(actor, includeAffiliated: true));
            answers.Add(e.SwapsWith(actor));
        }

        foreach (string name in e.People.Select(p => p.NameAsWritten).Concat(e.Places.Select(p => p.NameAsWritten)))
        {
            answers.Add(e.FindActors(name));
            answers.Add(e.FindPlaces(name));
        }

        answers.AddRange(e.Agreements.Select(a => e.ProvisionsOf(a.Id)));
        answers.AddRange(e.Citations.Select(c => e.SupportedBy(c.Id)));
        answers.AddRange(e.Organizations.Select(o => e.SupportedByOutlet(o.Id)));
        answers.AddRange(e.Organizations.Select(o => e.CitationsFrom(o.Id)));
        answers.AddRange(e.Projects.Select(p => e.FinancingOf(p.Id)));
        answers.AddRange(e.Places.Select(p => e.ProjectsAt(p.Id)));
        foreach (Country country in e.Countries)
        {
            answers.Add(e.ProjectsIn(country.Id));
            answers.Add(e.StatedAreas(country.Id));
            foreach (Country partner in e.Countries.Where(p => p.Id != country.Id))
            {
                answers.Add(e.TradeBetween(country.Id, partner.Id));
                answers.Add(e.ActualsAgainstTargets(country.Id, partner.Id));
                answers.AddRange(e.Countries.Where(o => o.Id != country.Id && o.Id != partner.Id).Select(o => e.ComparePartners(country.Id, partner.Id, o.Id)));
            }
        }

        return answers;
    }

    /// <summary>Runs <paramref name="work"/> on <see cref="Threads"/> threads released together, and returns each thread's result.</summary>
    private static T[] OnManyThreadsAtOnce<T>(Func<T> work)
    {
        var results = new T[Threads];
        var failures = new Exception?[Threads];
        using var start = new Barrier(Threads);
        Thread[] threads = [.. Enumerable.Range(0, Threads).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            try
            {
                results[i] = work();
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failures[i] = e;
            }
        }))];
        foreach (Thread thread in threads)
        {
            thread.Start();
        }

        foreach (Thread thread in threads)
        {
            thread.Join();
        }

        Assert.All(failures, Assert.Null);
        return results;
    }

    private static void AssertSameAnswers(List<object> expected, List<object> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            if (expected[i] is IEnumerable list)
            {
                Assert.Equal(list.Cast<object>(), ((IEnumerable)actual[i]).Cast<object>());
            }
            else
            {
                Assert.Equal(expected[i], actual[i]);
            }
        }
    }

    [Fact]
    public void Helpers_SixteenThreadsOnAFreshArticleEdition_AllGetIdenticalAnswers()
    {
        KazChinaEdition fresh = Rebuild(Embedded);
        List<object> expected = AskEverything(Rebuild(Embedded));

        List<object>[] answers = OnManyThreadsAtOnce(() => AskEverything(fresh));

        Assert.All(answers, a => AssertSameAnswers(expected, a));
    }

    [Fact]
    public void Helpers_SixteenThreadsOnAFreshLargeEdition_AllGetIdenticalAnswers()
    {
        KazChinaEdition fresh = SyntheticEdition.Create(2024, 20);
        List<object> expected = AskEverything(SyntheticEdition.Create(2024, 20));

        List<object>[] answers = OnManyThreadsAtOnce(() => AskEverything(fresh));

        Assert.All(answers, a => AssertSameAnswers(expected, a));
    }

    [Fact]
    public void Index_FirstUsedOnSixteenThreadsAtOnce_IsBuiltOnceAndShared()
    {
        KazChinaEdition fresh = SyntheticEdition.Create(99, 40);

        EditionIndex[] seen = OnManyThreadsAtOnce(() => fresh.Index);

        Assert.All(seen, index => Assert.Same(seen[0], index));
        Assert.Same(seen[0], fresh.Index);
    }

    [Fact]
    public void Index_EqualEditionsBuiltApart_HaveTheirOwnIndexesAndEqualAnswers()
    {
        KazChinaEdition copy = Rebuild(Embedded);

        Assert.Equal(Embedded, copy);
        Assert.NotSame(Embedded.Index, copy.Index);
        AssertSameAnswers(AskEverything(Embedded), AskEverything(copy));
    }

    [Fact]
    public void Helpers_ListsTheyReturn_AreReadOnly()
    {
        IReadOnlyList<TimelineEntry> timeline = Embedded.Timeline();

        Assert.IsType<ValueList<TimelineEntry>>(timeline);
        Assert.False(timeline is IList<TimelineEntry> { IsReadOnly: false });
        Assert.False(Embedded.AgreementsWithParty("china") is IList<Agreement> { IsReadOnly: false });
    }
}

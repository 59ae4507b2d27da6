using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace KazChina.Model.Tests.Sources;

public class EvidenceTests
{
    [Property]
    public Property Constructor_CitationIds_AcceptedExactlyWhenDistinct() =>
        Prop.ForAll(Generators.IdArrayWithRepeatsGen.ToArbitrary(), list =>
        {
            bool distinct = list.Distinct().Count() == list.Length;
            Exception? error = Record.Exception(() => new Evidence(ValueList.Empty<TextSpan>(), ValueList.Create<RecordId>(list)));
            return distinct ? error is null : error is ArgumentException { ParamName: "citationIds" };
        });

    [Fact]
    public void Constructor_DefaultCitationId_ThrowsNamingItsPosition()
    {
        var error = Assert.Throws<ArgumentException>(() => new Evidence(ValueList.Empty<TextSpan>(), ValueList.Create(new RecordId("xinhua"), default)));

        Assert.Equal("citationIds", error.ParamName);
        Assert.StartsWith("Id 1 is default(RecordId).", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2, 0, 1)]
    [InlineData(16, 3, 15)]
    [InlineData(17, 0, 16)]
    [InlineData(40, 39, 38)]
    public void Constructor_SpanListedTwice_Throws(int count, int first, int second)
    {
        TextSpan[] spans = [.. Enumerable.Range(0, count).Select(i => new TextSpan(i, 1, "x"))];
        spans[second] = spans[first] with { };

        var error = Assert.Throws<ArgumentException>(() => new Evidence(ValueList.Create<TextSpan>(spans), ValueList.Empty<RecordId>()));
        Assert.Equal("spans", error.ParamName);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(40)]
    public void Constructor_DistinctSpans_Accepted(int count)
    {
        var evidence = new Evidence(ValueList.Create<TextSpan>([.. Enumerable.Range(0, count).Select(i => new TextSpan(i, 1, "x"))]), ValueList.Empty<RecordId>());

        Assert.Equal(count, evidence.Spans.Count);
    }
}

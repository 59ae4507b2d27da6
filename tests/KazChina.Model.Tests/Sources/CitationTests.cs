using System;
using Xunit;

namespace KazChina.Model.Tests.Sources;

public class CitationTests
{
    [Fact]
    public void Constructor_DateAsWrittenWithoutDate_ThrowsNamingDate()
    {
        var error = Assert.Throws<ArgumentException>(() => new CitationBuilder { DateAsWritten = "June 13", Date = null }.Build());

        Assert.Equal("date", error.ParamName);
    }

    [Fact]
    public void Constructor_EvidenceCitingACitation_ThrowsNamingEvidence()
    {
        var error = Assert.Throws<ArgumentException>(() => new CitationBuilder { Evidence = RecordBuilder.DefaultEvidence.Citing("cite-1") }.Build());

        Assert.Equal("evidence", error.ParamName);
    }
}

using System;
using Xunit;

namespace KazChina.Model.Tests.Assessments;

public class AssessmentTests
{
    [Fact]
    public void Constructor_AuthorsOwnWithAHolder_ThrowsNamingHolderId()
    {
        var error = Assert.Throws<ArgumentException>(() => new AssessmentBuilder { Source = AssessmentSource.Author, HolderId = "china" }.Build());

        Assert.Equal("holderId", error.ParamName);
    }

    [Fact]
    public void Constructor_AttributedWithoutAHolder_ThrowsNamingHolderId()
    {
        var error = Assert.Throws<ArgumentException>(() => new AssessmentBuilder { Source = AssessmentSource.Attributed, HolderId = null }.Build());

        Assert.Equal("holderId", error.ParamName);
    }
}

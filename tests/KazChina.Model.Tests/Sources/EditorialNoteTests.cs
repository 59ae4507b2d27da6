using System;
using Xunit;

namespace KazChina.Model.Tests.Sources;

public class EditorialNoteTests
{
    [Fact]
    public void Constructor_NoTarget_ThrowsNamingTargetIds()
    {
        var error = Assert.Throws<ArgumentException>(() => new EditorialNoteBuilder { TargetIds = ValueList.Empty<RecordId>() }.Build());

        Assert.Equal("targetIds", error.ParamName);
    }
}

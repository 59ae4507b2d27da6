using System;
using Xunit;

namespace KazChina.Model.Tests.Events;

public class EventTests
{
    [Fact]
    public void Constructor_UndefinedKind_ThrowsNamingEventKind()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new EventBuilder { EventKind = (EventKind)77 }.Build());

        Assert.Equal("eventKind", error.ParamName);
    }
}

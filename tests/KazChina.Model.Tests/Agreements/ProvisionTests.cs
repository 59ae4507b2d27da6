using System;
using Xunit;

namespace KazChina.Model.Tests.Agreements;

public class ProvisionTests
{
    [Fact]
    public void Constructor_RepeatedActor_ThrowsNamingActorIds()
    {
        var error = Assert.Throws<ArgumentException>(() => new ProvisionBuilder { ActorIds = ValueList.Create<RecordId>("x", "x") }.Build());

        Assert.Equal("actorIds", error.ParamName);
    }
}

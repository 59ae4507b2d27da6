using System;
using Xunit;

namespace KazChina.Model.Tests.Agreements;

public class AgreementTests
{
    [Fact]
    public void Constructor_NoParty_ThrowsNamingPartyIds()
    {
        var error = Assert.Throws<ArgumentException>(() => new AgreementBuilder { PartyIds = ValueList.Empty<RecordId>() }.Build());

        Assert.Equal("partyIds", error.ParamName);
    }
}

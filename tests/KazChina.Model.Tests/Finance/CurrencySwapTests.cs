using System;
using Xunit;

namespace KazChina.Model.Tests.Finance;

public class CurrencySwapTests
{
    [Fact]
    public void Constructor_OneParty_ThrowsNamingPartyIds()
    {
        var error = Assert.Throws<ArgumentException>(() => new CurrencySwapBuilder { PartyIds = ValueList.Create<RecordId>("china") }.Build());

        Assert.Equal("partyIds", error.ParamName);
    }
}

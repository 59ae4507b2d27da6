using System;
using Xunit;

namespace KazChina.Model.Tests.Finance;

public class LoanTests
{
    [Fact]
    public void Constructor_LenderLendsToItself_ThrowsNamingBorrowerId()
    {
        var error = Assert.Throws<ArgumentException>(() => new LoanBuilder { LenderId = "cdb", BorrowerId = "cdb" }.Build());

        Assert.Equal("borrowerId", error.ParamName);
    }
}

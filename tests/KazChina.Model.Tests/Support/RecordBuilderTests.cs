using System;
using FsCheck.Xunit;
using Xunit;

namespace KazChina.Model.Tests;

public class RecordBuilderTests
{
    [Theory]
    [MemberData(nameof(ModelTypes.RecordTypeNames), MemberType = typeof(ModelTypes))]
    public void Default_EveryRecordKind_BuildsAValidRecordOfThatKind(string typeName)
    {
        Type type = ModelTypes.RecordType(typeName);

        EditionRecord record = RecordBuilder.Default(type).BuildRecord();

        Assert.IsType(type, record);
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 500)]
    public void From_AnyRecord_BuildsAnEqualRecord(EditionRecord record)
    {
        Assert.Equal(record, RecordBuilder.From(record).BuildRecord());
    }

    [Fact]
    public void With_OneMember_ChangesOnlyThatMember()
    {
        Loan loan = new LoanBuilder { ProjectId = "aktogay-mine" }.Build();

        Loan renamed = (Loan)(RecordBuilder.From(loan) with { Id = "other-loan" }).BuildRecord();

        Assert.Equal("other-loan", renamed.Id.Value);
        Assert.Equal(new LoanBuilder(loan) { Id = "other-loan" }.Build(), renamed);
        Assert.Equal(loan.ProjectId, renamed.ProjectId);
    }

    [Fact]
    public void With_AMemberTheBuilderHasAPropertyFor_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new TradeFigureBuilder().With(nameof(TradeFigure.Commodity), "oil"));

        Assert.Contains("TradeFigureBuilder has a property for 'Commodity'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_ANameThatIsNoConstructorParameter_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new TradeFigureBuilder().With("Nte", "remark"));

        Assert.Contains("TradeFigure has no constructor parameter 'Nte'", error.Message, StringComparison.Ordinal);
    }
}

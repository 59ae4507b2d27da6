using System;
using System.Linq;
using FsCheck.Xunit;
using Xunit;

namespace KazChina.Model.Tests.Primitives;

public class ValueListTests
{
    [Property]
    public void Equality_SameElements_IsEqualWithSameHash(int[] items)
    {
        ValueList<int> a = ValueList.From(items);
        ValueList<int> b = ValueList.From(items.ToArray());

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(items, a);
    }

    [Property]
    public void Equality_DifferentOrderOrLength_IsNotEqual(int[] items, int extra)
    {
        ValueList<int> a = ValueList.From(items);

        Assert.NotEqual(a, ValueList.From(items.Append(extra)));
        int[] reversed = items.Reverse().ToArray();
        if (!reversed.SequenceEqual(items))
        {
            Assert.NotEqual(a, ValueList.From(reversed));
        }
    }

    [Fact]
    public void Records_HoldingEqualLists_AreEqual()
    {
        var a = new Evidence(ValueList.Create(new TextSpan(0, 1, "K")), ValueList.Create(new RecordId("cite-1")));
        var b = new Evidence(ValueList.Create(new TextSpan(0, 1, "K")), ValueList.Create(new RecordId("cite-1")));

        EqualityContract.AssertEqualValues(a, b);
    }

    [Fact]
    public void Create_NullElement_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => ValueList.Create<string>("a", null!));
        Assert.Contains("Element 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Indexer_OutsideTheList_ThrowsArgumentOutOfRange()
    {
        ValueList<int> list = ValueList.Create(1, 2);

        Assert.Equal(2, list[1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[2]);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[-1]);
    }

    [Fact]
    public void Empty_IsSharedAndEmpty()
    {
        Assert.Same(ValueList.Empty<int>(), ValueList.Empty<int>());
        Assert.True(ValueList.Empty<int>().IsEmpty);
        Assert.Equal(ValueList.Create<int>(), ValueList.Empty<int>());
        Assert.Equal("[1, 2]", ValueList.Create(1, 2).ToString());
    }
}

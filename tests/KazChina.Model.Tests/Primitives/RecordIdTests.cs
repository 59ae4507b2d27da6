using System;
using Xunit;

namespace KazChina.Model.Tests.Primitives;

public class RecordIdTests
{
    [Theory]
    [InlineData("hu-jintao")]
    [InlineData("cite-xinhua-2011-06-13-a")]
    [InlineData("x")]
    [InlineData("2011")]
    public void Constructor_KebabCase_IsAccepted(string value)
    {
        Assert.Equal(value, new RecordId(value).Value);
        Assert.True(RecordId.IsValid(value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Hu-Jintao")]
    [InlineData("hu--jintao")]
    [InlineData("-hu")]
    [InlineData("hu-")]
    [InlineData("hu jintao")]
    [InlineData("hu_jintao")]
    [InlineData("қазақ")]
    public void Constructor_NotKebabCase_ThrowsNamingTheValue(string value)
    {
        var ex = Assert.Throws<ArgumentException>(() => new RecordId(value));

        Assert.Equal("value", ex.ParamName);
        Assert.Contains($"'{value}'", ex.Message, StringComparison.Ordinal);
        Assert.False(RecordId.IsValid(value));
    }

    [Fact]
    public void Constructor_TooLong_Throws()
    {
        Assert.True(RecordId.IsValid(new string('a', RecordId.MaxLength)));
        Assert.Throws<ArgumentException>(() => new RecordId(new string('a', RecordId.MaxLength + 1)));
    }

    [Fact]
    public void Constructor_Null_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => new RecordId(null!));
    }

    [Fact]
    public void Default_IsDocumentedInvalidValue()
    {
        RecordId id = default;

        Assert.True(id.IsDefault);
        Assert.Equal(string.Empty, id.ToString());
        Assert.Throws<InvalidOperationException>(() => id.Value);
        Assert.Equal(default, id);
        Assert.NotEqual(new RecordId("a"), id);
        Assert.True(id < new RecordId("a"));
    }

    [Fact]
    public void Default_IsRejectedByRecordConstructors()
    {
        var ex = Assert.Throws<ArgumentException>(() => new CountryBuilder { Id = default }.Build());
        Assert.Equal("id", ex.ParamName);
        Assert.Throws<ArgumentException>(() => new PersonBuilder { CountryId = default }.Build());
        Assert.Throws<ArgumentException>(() => new OrganizationBuilder { CountryId = default(RecordId) }.Build());
    }

    [Fact]
    public void Equality_SameText_IsEqualWithSameHash()
    {
        var a = new RecordId("china");
        var b = new RecordId(new string("china".AsSpan()));

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(new RecordId("a") < new RecordId("b"));
        Assert.True(new RecordId("b") >= new RecordId("a"));
    }
}

using System;
using System.Text;
using Xunit;

namespace KazChina.Model.Tests.Serialization;

public partial class KazChinaJsonTests
{
    [Fact]
    public void Deserialize_DocumentLongerThanTheGivenLimit_IsRejectedAtTheRootWithBothLengths()
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(EditionJson);

        KazChinaJsonException error = Assert.Throws<KazChinaJsonException>(() => KazChinaJson.Deserialize<KazChinaEdition>(utf8, utf8.Length - 1));

        Assert.Equal("$", error.Path);
        Assert.Equal($"$: The document is {utf8.Length} bytes long; at most {utf8.Length - 1} are read.", error.Message);
    }

    [Fact]
    public void Deserialize_DocumentExactlyAtTheGivenLimit_IsRead()
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(EditionJson);

        Assert.Equal(KazChinaJson.Deserialize<KazChinaEdition>(EditionJson), KazChinaJson.Deserialize<KazChinaEdition>(utf8, utf8.Length));
    }

    [Fact]
    public void Deserialize_LimitBelowOne_ThrowsNamingTheArgument()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => KazChinaJson.Deserialize<KazChinaEdition>("{}"u8, 0));

        Assert.Equal("maxDocumentLength", error.ParamName);
    }
}

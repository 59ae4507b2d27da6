using System;
using System.Linq;
using Xunit;

namespace KazChina.Model.Tests.Sources;

public class EditorialNoteTests
{
    private static readonly Reading HuName = new NameReading("hu-jintao", ReadMember.NameAsWritten, "Hu Jintao");

    [Fact]
    public void Constructor_NoReading_ThrowsNamingReadings()
    {
        var error = Assert.Throws<ArgumentException>(() => new EditorialNoteBuilder { Readings = ValueList.Empty<Reading>() }.Build());

        Assert.Equal("readings", error.ParamName);
    }

    [Fact]
    public void Constructor_SameReadingTwice_ThrowsNamingReadings()
    {
        var error = Assert.Throws<ArgumentException>(() => new EditorialNoteBuilder { Readings = ValueList.Create(HuName, new NameReading("hu-jintao", ReadMember.NameAsWritten, "Hu Jintao")) }.Build());

        Assert.Equal("readings", error.ParamName);
    }

    [Fact]
    public void TargetIds_ReadingsOfOneRecordAndAnother_AreTheDistinctTargetsInOrder()
    {
        EditorialNote note = new EditorialNoteBuilder
        {
            Readings = ValueList.Create<Reading>(
                new TimeReading("good-neighborly-treaty", ReadMember.When, TimeReference.At(new PartialDate(2002, 12, 23))),
                new NameReading("good-neighborly-treaty", ReadMember.Title, "Treaty of Good-Neighbourliness, Friendship and Cooperation"),
                new TimeReading("event-good-neighborly-treaty-signed", ReadMember.When, TimeReference.At(new PartialDate(2002, 12, 23)))),
        }.Build();

        Assert.Equal(ValueList.Create<RecordId>("good-neighborly-treaty", "event-good-neighborly-treaty-signed"), note.TargetIds);
    }

    [Fact]
    public void GetReferences_EachReading_ReportsItsTargetAndAnyParty()
    {
        EditorialNote note = new EditorialNoteBuilder
        {
            Readings = ValueList.Create<Reading>(HuName, new ShareReading("horgos-border-cooperation-center", ReadMember.Cost, "china")),
        }.Build();

        Assert.Equal(
            ["Readings[0].TargetId -> hu-jintao", "Readings[1].TargetId -> horgos-border-cooperation-center", "Readings[1].PartyId -> china"],
            note.GetReferences().Select(r => $"{r.Location} -> {r.Target}"));
    }
}

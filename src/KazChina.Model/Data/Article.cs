using NodaTime;

namespace KazChina.Model;

internal static partial class EditionData
{
    // The header's words are the evidence for the title, publication, volume and issue; the publication date is
    // not in the text, so it is an estimate, marked as such.
    private static Article ArticleRecord() => new(
        id: "article",
        title: "Kazakhstan Looks East: Sino-Kazakh Strategic Partnership Deepens",
        publication: "Eurasia Daily Monitor",
        volume: 8,
        issue: 128,
        publicationDate: new DateEstimate(
            new LocalDate(2011, 6, 15),
            new LocalDate(2011, 7, 15),
            "Estimate, not a stated date: the text gives no publication date; the newest source it cites is dated June 15 (2011), and the issue appeared between mid-June and mid-July 2011."),
        text: ArticleText.Value,
        evidence: Evidence.Of(
            S(0, 64, "Kazakhstan Looks East: Sino-Kazakh Strategic Partnership Deepens"),
            S(66, 34, "Publication: Eurasia Daily Monitor"),
            S(101, 9, "Volume: 8"),
            S(111, 10, "Issue: 128")));
}

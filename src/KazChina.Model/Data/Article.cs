using NodaTime;

namespace KazChina.Model;

internal static partial class EditionData
{
    private static Article ArticleMetadata() => new(
        title: "Kazakhstan Looks East: Sino-Kazakh Strategic Partnership Deepens",
        publication: "Eurasia Daily Monitor",
        volume: 8,
        issue: 128,
        publicationDate: new DateEstimate(
            new LocalDate(2011, 6, 15),
            new LocalDate(2011, 7, 15),
            "Estimate, not a stated date: the text gives no publication date; the newest source it cites is dated June 15 (2011), and the issue appeared between mid-June and mid-July 2011."),
        text: ArticleText.Value);
}

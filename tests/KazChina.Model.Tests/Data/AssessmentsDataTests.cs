using System.Linq;
using Xunit;

namespace KazChina.Model.Tests.Data;

/// <summary>Exact values of the assessments: the author's own kept apart from attributed ones.</summary>
public sealed class AssessmentsDataTests
{
    private static KazChinaEdition Edition => EditionTestKit.Edition;

    [Theory]
    [InlineData("assessment-sinologists-anticipated-watershed", "kazakhstani-sinologists", AssessmentKind.Expectation)]
    [InlineData("assessment-media-only-foreign-leader-met-at-airport", "kazakh-and-chinese-media", AssessmentKind.Characterisation)]
    [InlineData("assessment-cheng-relationship-enhanced", "cheng-guoping", AssessmentKind.Prediction)]
    [InlineData("assessment-hu-agreement-based-on-beijing-proposals", "hu-jintao", AssessmentKind.Characterisation)]
    [InlineData("assessment-nazarbayev-wide-prospects-atomic-energy", "nursultan-nazarbayev", AssessmentKind.Characterisation)]
    public void AttributedAssessment_ById_NamesItsHolder(string id, string holderId, AssessmentKind kind)
    {
        Assessment assessment = EditionTestKit.Get<Assessment>(id);
        Assert.Equal(AssessmentSource.Attributed, assessment.Source);
        Assert.Equal(new RecordId(holderId), assessment.HolderId);
        Assert.Equal(kind, assessment.AssessmentKind);
    }

    [Theory]
    [InlineData("assessment-measures-carefully-pre-prepared", "it was clear that Astana and Beijing had carefully pre-prepared")]
    [InlineData("assessment-trade-target-driven-by-energy-interest", "predominantly driven by China’s interest in Kazakh energy resources")]
    [InlineData("assessment-china-to-outperform-other-actors", "It appears that China intends to markedly outperform any other actor")]
    [InlineData("assessment-kazakhstan-main-energy-supplier", "Kazakhstan is now China’s main energy supplier")]
    [InlineData("assessment-beijing-influence-set-to-grow", "doubling bilateral trade within four years")]
    [InlineData("assessment-moscow-second-violin", "second violin section")]
    [InlineData("assessment-not-a-move-to-alliance", "does not represent any move to form an alliance")]
    [InlineData("assessment-political-clout", "imply political clout")]
    [InlineData("assessment-statement-promotes-china-access-to-western-markets", "The agreement also promotes China’s access to western markets")]
    public void AuthorAssessment_ById_HasNoHolderAndStandsOnItsWords(string id, string words)
    {
        Assessment assessment = EditionTestKit.Get<Assessment>(id);
        Assert.Equal(AssessmentSource.Author, assessment.Source);
        Assert.Null(assessment.HolderId);
        Assert.True(EditionTestKit.EvidenceContains(assessment, words));
    }

    [Fact]
    public void Assessments_BySource_AreFifteenOfTheAuthorAndFiveAttributed()
    {
        Assert.Equal(15, Edition.Assessments.Count(a => a.Source == AssessmentSource.Author));
        Assert.Equal(5, Edition.Assessments.Count(a => a.Source == AssessmentSource.Attributed));
    }

    [Fact]
    public void SinologistsAssessment_Evidence_CitesInterfaxKazakhstan()
    {
        Assessment assessment = EditionTestKit.Get<Assessment>("assessment-sinologists-anticipated-watershed");
        Assert.Equal([new RecordId("cite-interfax-kazakhstan-2011-06-14")], assessment.Evidence.CitationIds);
    }
}

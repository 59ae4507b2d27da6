using System;
using System.Linq;
using Xunit;

namespace KazChina.Model.Tests.Agreements;

public class ProvisionTests
{
    [Fact]
    public void Constructor_RepeatedActor_ThrowsNamingActorIds()
    {
        var error = Assert.Throws<ArgumentException>(() => new ProvisionBuilder { ActorIds = ValueList.Create<RecordId>("x", "x") }.Build());

        Assert.Equal("actorIds", error.ParamName);
    }

    [Fact]
    public void Constructor_ProposalWithoutProposer_ThrowsNamingProposedById()
    {
        var error = Assert.Throws<ArgumentException>(() => new ProvisionBuilder { ProvisionKind = ProvisionKind.Proposal, ProposedById = null }.Build());

        Assert.Equal("proposedById", error.ParamName);
    }

    [Theory]
    [InlineData(ProvisionKind.Commitment)]
    [InlineData(ProvisionKind.Support)]
    [InlineData(ProvisionKind.Principle)]
    public void Constructor_ProposerOnAClauseThatIsNoProposal_ThrowsNamingProposedById(ProvisionKind kind)
    {
        var error = Assert.Throws<ArgumentException>(() => new ProvisionBuilder { ProvisionKind = kind, ProposedById = "china" }.Build());

        Assert.Equal("proposedById", error.ParamName);
    }

    [Fact]
    public void Constructor_ProposalWithProposer_KeepsProposerApartFromActors()
    {
        Provision proposal = new ProvisionBuilder { ProvisionKind = ProvisionKind.Proposal, ProposedById = "china", ActorIds = ValueList.Create<RecordId>("kazakhstan", "china") }.Build();

        Assert.Equal(new RecordId("china"), proposal.ProposedById);
        Assert.Equal(["kazakhstan", "china"], proposal.ActorIds.Select(a => a.Value));
        Assert.Equal(new RecordReference("ProposedById", "china", ValueList.Create(RecordKind.Country, RecordKind.Person, RecordKind.Organization)), proposal.GetReferences().ElementAt(1));
    }
}

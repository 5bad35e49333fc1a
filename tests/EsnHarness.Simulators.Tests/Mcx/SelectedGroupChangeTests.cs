using EsnHarness.Contracts.Mcx.V1;
using Grpc.Core;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Mcx;

/// <summary>Remote change of the selected group on the reference MCX (TS 22.280).</summary>
[Parallelizable(ParallelScope.All)]
public sealed class SelectedGroupChangeTests
{
    [Test]
    public async Task ChangeSelectedGroup_ByDispatcher_TargetAffiliatedThenToldTheNewSelection()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("G");
        await s.GroupAsync("INCIDENT");
        using var dispatcher = await McxProbe.RegisterAsync(s, "dispatcher", "dispatcher", "G");
        using var officer = await McxProbe.RegisterAsync(s, "officer", groups: "G");

        var response = await s.Common.ChangeSelectedGroupAsync(new ChangeSelectedGroupRequest
        {
            RequesterMcpttId = dispatcher.McpttId, TargetMcpttId = officer.McpttId, GroupId = "INCIDENT",
        }, s.Headers);

        var events = await officer.UntilAsync(e => e.SelectedGroup is not null, "the new selection");
        var affiliation = events.Single(e => e.Affiliation?.Affiliation.GroupId == "INCIDENT").Affiliation.Affiliation;
        Assert.Multiple(() =>
        {
            Assert.That(response.AffiliatedGroups, Is.EquivalentTo(new[] { "G", "INCIDENT" }));
            Assert.That(affiliation.GroupId, Is.EqualTo("INCIDENT"));
            Assert.That(affiliation.ChangedBy, Is.EqualTo(dispatcher.McpttId));
            Assert.That(events[^1].SelectedGroup.GroupId, Is.EqualTo("INCIDENT"));
            Assert.That(events[^1].SelectedGroup.ChangedBy, Is.EqualTo(dispatcher.McpttId));
        });
    }

    [Test]
    public async Task ChangeSelectedGroup_TargetNotAMember_PermissionDeniedAndNothingSent()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("G");
        await s.GroupAsync("CLOSED", g => g.Members.Add("sip:someone@esn"));
        using var dispatcher = await McxProbe.RegisterAsync(s, "dispatcher", "dispatcher", "G");
        using var officer = await McxProbe.RegisterAsync(s, "officer", groups: "G");

        var error = Assert.ThrowsAsync<RpcException>(async () => await s.Common.ChangeSelectedGroupAsync(new ChangeSelectedGroupRequest
        {
            RequesterMcpttId = dispatcher.McpttId, TargetMcpttId = officer.McpttId, GroupId = "CLOSED",
        }, s.Headers));
        await officer.AffiliateAsync("G"); // idempotent: no event; a real barrier follows
        await s.GroupAsync("BARRIER");
        await officer.AffiliateAsync("BARRIER");

        var events = await officer.UntilAsync(e => e.Affiliation?.Affiliation.GroupId == "BARRIER", "the later affiliation");
        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.PermissionDenied));
        Assert.That(events.Any(e => e.SelectedGroup is not null), Is.False);
    }
}

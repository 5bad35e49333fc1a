using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Interworking.V1;
using EsnHarness.Simulators.Tests.Support;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Interworking;

/// <summary>The interworking function's status feed a control room watches: bridges patched, failed and removed.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class BridgeFeedTests
{
    [Test]
    public async Task WatchBridges_BridgeFailsThenIsRemoved_WatcherSeesPatchedFailedRemovedInOrder()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("G");
        var bridge = await BridgeAsync(s, "7101", "G", Agency.Mps);
        using var feed = new BridgeFeedProbe(s.Interworking.WatchBridges(new WatchBridgesRequest(), s.Headers));

        var patched = await feed.NextAsync();
        await s.Interworking.FailBridgeAsync(new FailBridgeRequest { BridgeId = bridge.BridgeId, Failure = BridgeFailure.IwfDown, Reason = "IWF host lost power" }, s.Headers);
        var failed = await feed.NextAsync();
        await s.Interworking.DeleteBridgeAsync(new DeleteBridgeRequest { BridgeId = bridge.BridgeId }, s.Headers);
        var removed = await feed.NextAsync();

        Assert.Multiple(() =>
        {
            Assert.That(patched.Kind, Is.EqualTo(BridgeStatusKind.Patched));
            Assert.That(patched.Bridge.Talkgroup, Is.EqualTo("7101"));
            Assert.That(failed.Kind, Is.EqualTo(BridgeStatusKind.Failed));
            Assert.That(failed.Bridge.State, Is.EqualTo(BridgeState.Failed));
            Assert.That(failed.Bridge.FailureReason, Is.EqualTo("IWF host lost power"));
            Assert.That(removed.Kind, Is.EqualTo(BridgeStatusKind.Removed));
            Assert.That(removed.Bridge.BridgeId, Is.EqualTo(bridge.BridgeId));
        });
    }

    [Test]
    public async Task WatchBridges_AgencyGiven_OnlyThatAgencysBridgesAndTheirChanges()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("G");
        await s.GroupAsync("H");
        await BridgeAsync(s, "7201", "G", Agency.Lfb);
        using var feed = new BridgeFeedProbe(s.Interworking.WatchBridges(new WatchBridgesRequest { Agency = Agency.Las }, s.Headers));

        await BridgeAsync(s, "7202", "H", Agency.Las);
        var first = await feed.NextAsync();

        Assert.That((first.Kind, first.Bridge.Talkgroup), Is.EqualTo((BridgeStatusKind.Patched, "7202")), "the LFB bridge is not LAS's business");
    }

    [Test]
    public async Task WatchBridges_AfterABridgeFailed_FailedBridgeReportedAtOnce()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("G");
        var bridge = await BridgeAsync(s, "7301", "G", Agency.Mps);
        await s.Interworking.FailBridgeAsync(new FailBridgeRequest { BridgeId = bridge.BridgeId, Failure = BridgeFailure.TetraLinkLost }, s.Headers);
        using var feed = new BridgeFeedProbe(s.Interworking.WatchBridges(new WatchBridgesRequest(), s.Headers));

        var first = await feed.NextAsync();

        Assert.Multiple(() =>
        {
            Assert.That(first.Kind, Is.EqualTo(BridgeStatusKind.Failed));
            Assert.That(first.Bridge.FailureReason, Is.EqualTo("link to the Airwave switch lost"));
        });
    }

    private static async Task<Bridge> BridgeAsync(Scenario s, string talkgroup, string group, Agency agency) =>
        await s.Interworking.CreateBridgeAsync(new CreateBridgeRequest { Bridge = new Bridge { Talkgroup = talkgroup, GroupId = group, Agency = agency } }, s.Headers);
}

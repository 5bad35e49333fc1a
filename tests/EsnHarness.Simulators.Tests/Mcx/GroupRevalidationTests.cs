using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Tests.Support;
using Grpc.Core;
using NUnit.Framework;
using static EsnHarness.Simulators.Tests.Mcx.XcapDocuments;

namespace EsnHarness.Simulators.Tests.Mcx;

/// <summary>A group read from the GMS is revalidated (conditional GET) at the first use after revalidate_after_ms, on a fake clock.</summary>
[NonParallelizable]
public sealed class GroupRevalidationTests
{
    private FakeClockHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _host = await FakeClockHost.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [Test]
    public async Task Affiliate_DocumentChangedAtTheGms_UsedOnlyAfterTheRevalidationTime()
    {
        await using var gms = await FakeXcap.StartAsync("gms");
        gms.Put(GroupPath("FIRE"), Group("FIRE", [("sip:a@esn", 5), ("sip:b@esn", 5)]), "v1");
        var s = await WithGmsAsync(gms);
        using var a = await McxProbe.RegisterAsync(s, "a", groups: "FIRE");
        using var c = await McxProbe.RegisterAsync(s, "c");
        gms.Put(GroupPath("FIRE"), Group("FIRE", [("sip:a@esn", 5), ("sip:b@esn", 5), ("sip:c@esn", 5)]), "v2");

        var before = Assert.ThrowsAsync<RpcException>(async () => await c.AffiliateAsync("FIRE"));
        _host.Time.Advance(TimeSpan.FromMilliseconds(1100));
        var after = await c.AffiliateAsync("FIRE");

        Assert.Multiple(() =>
        {
            Assert.That(before!.StatusCode, Is.EqualTo(StatusCode.PermissionDenied), "v1 is used until it is due for revalidation: c is not a member yet");
            Assert.That(after.AffiliatedGroups, Is.EqualTo(new[] { "FIRE" }), "v2 read at the first use after 1 s");
            Assert.That(gms.Requests.Select(r => (r.IfNoneMatch, r.Status)), Is.EqualTo(new[] { ("", 200), ("\"v1\"", 200) }));
        });
    }

    [Test]
    public async Task SetupCall_GroupGoneFromTheGmsAtRevalidation_GroupRemovedAndItsCallEnded()
    {
        await using var gms = await FakeXcap.StartAsync("gms");
        gms.Put(GroupPath("FIRE"), Group("FIRE", [("sip:a@esn", 5), ("sip:b@esn", 5)]), "v1");
        var s = await WithGmsAsync(gms);
        using var a = await McxProbe.RegisterAsync(s, "a", groups: "FIRE");
        using var b = await McxProbe.RegisterAsync(s, "b", groups: "FIRE");
        await a.CallAsync("FIRE");
        gms.Remove(GroupPath("FIRE"));
        _host.Time.Advance(TimeSpan.FromMilliseconds(1100));

        var e = Assert.ThrowsAsync<RpcException>(async () => await b.CallAsync("FIRE"));

        var ended = await a.WaitForAsync(x => x.Call?.Kind == CallEventKind.Ended, "the call on the removed group ends");
        Assert.Multiple(() =>
        {
            Assert.That(e!.StatusCode, Is.EqualTo(StatusCode.NotFound));
            Assert.That(ended.Call.Cause, Is.EqualTo(CallCause.NormalRelease));
        });
    }

    private async Task<Scenario> WithGmsAsync(FakeXcap gms)
    {
        var s = _host.NewScenario();
        await s.Config.SetGroupManagementAsync(new GroupManagement { XcapRoot = gms.Root, DocumentsXui = GmsXui, RevalidateAfterMs = 1000 }, s.Headers);
        return s;
    }
}

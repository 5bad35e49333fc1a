using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Tests.Support;
using Grpc.Core;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Mcx;

/// <summary>A dispatcher patches two groups through the MCX contract: a call on either is one call for both (fake clock).</summary>
[Parallelizable(ParallelScope.All)]
public sealed class GroupPatchTests
{
    private FakeClockHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _host = await FakeClockHost.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [Test]
    public async Task PatchGroups_TerminalTalksOnOneGroup_TerminalOnTheOtherGroupIsInTheCallAndSeesTheTalker()
    {
        var s = await GroupsAsync();
        await DispatcherAsync(s);
        using var a = await s.DeviceAsync("a", "MPS-A");
        using var b = await s.DeviceAsync("b", "LFB-B");
        var patch = await s.Mcx.PatchGroupsAsync(new PatchGroupsRequest { McpttId = "sip:metcc@esn", GroupIds = { "MPS-A", "LFB-B" } }, s.Headers);

        var ptt = await s.Devices.PressPttAsync(new PttRequest { DeviceId = "a" }, s.Headers);

        var taken = await b.WaitForAsync(e => e.Floor is { Kind: FloorEventKind.Taken }, "b, on the patched group, sees a take the floor");
        var call = await s.Mcx.GetCallAsync(new GetCallRequest { CallId = ptt.CallId }, s.Headers);
        var listed = await s.Mcx.ListPatchesAsync(new ListPatchesRequest { GroupId = "LFB-B" }, s.Headers);
        Assert.Multiple(() =>
        {
            Assert.That(taken.Floor.TalkerMcpttId, Is.EqualTo("sip:a@esn"));
            Assert.That(call.Participants, Does.Contain("sip:b@esn"));
            Assert.That(listed.Patches.Single().PatchId, Is.EqualTo(patch.PatchId));
        });
    }

    [Test]
    public async Task UnpatchGroups_AfterTheCallEnds_NextCallOnOneGroupLeavesTheOtherOut()
    {
        var s = await GroupsAsync();
        await DispatcherAsync(s);
        using var a = await s.DeviceAsync("a", "MPS-A");
        using var b = await s.DeviceAsync("b", "LFB-B");
        var patch = await s.Mcx.PatchGroupsAsync(new PatchGroupsRequest { McpttId = "sip:metcc@esn", GroupIds = { "MPS-A", "LFB-B" } }, s.Headers);
        var first = await s.Devices.PressPttAsync(new PttRequest { DeviceId = "a" }, s.Headers);
        await b.WaitForAsync(e => e.Floor is { Kind: FloorEventKind.Taken }, "b in the patched call");
        await s.Devices.ReleasePttAsync(new PttRequest { DeviceId = "a", CallId = first.CallId }, s.Headers);

        var removed = await s.Mcx.UnpatchGroupsAsync(new UnpatchGroupsRequest { McpttId = "sip:metcc@esn", PatchId = patch.PatchId }, s.Headers);
        _host.Time.Advance(TimeSpan.FromSeconds(5));
        await b.WaitForAsync(e => e.Call is { Kind: CallEventKind.Ended }, "the patched call ends after its hang time");
        var second = await s.Devices.PressPttAsync(new PttRequest { DeviceId = "a" }, s.Headers);
        var call = await s.Mcx.GetCallAsync(new GetCallRequest { CallId = second.CallId }, s.Headers);

        Assert.Multiple(() =>
        {
            Assert.That(removed.Removed, Is.True);
            Assert.That(second.CallId, Is.Not.EqualTo(first.CallId));
            Assert.That(call.Participants, Does.Not.Contain("sip:b@esn"));
        });
    }

    [Test]
    public async Task PatchGroups_ConsoleAffiliatedToOneGroup_ToldOfThePatchAndItsRemoval()
    {
        var s = await GroupsAsync();
        await DispatcherAsync(s);
        await s.Mcx.RegisterAsync(new RegisterRequest { Identity = new UserIdentity { McpttId = "sip:lfbcontrol@esn", Agency = Agency.Lfb, Role = "dispatcher" } }, s.Headers);
        await s.Mcx.AffiliateAsync(new AffiliationRequest { McpttId = "sip:lfbcontrol@esn", GroupId = "LFB-B" }, s.Headers);
        using var downlink = s.Mcx.Connect(new ConnectRequest { McpttId = "sip:lfbcontrol@esn" }, s.Headers);

        var patch = await s.Mcx.PatchGroupsAsync(new PatchGroupsRequest { McpttId = "sip:metcc@esn", GroupIds = { "MPS-A", "LFB-B" } }, s.Headers);
        await s.Mcx.UnpatchGroupsAsync(new UnpatchGroupsRequest { McpttId = "sip:metcc@esn", PatchId = patch.PatchId }, s.Headers);

        var seen = new List<GroupPatch>();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await foreach (var e in downlink.ResponseStream.ReadAllAsync(deadline.Token))
        {
            if (e.Patch is { } p)
            {
                seen.Add(p.Patch);
                if (p.Patch.Removed)
                {
                    break;
                }
            }
        }

        Assert.That(seen.Select(p => (p.PatchId, p.Removed)), Is.EqualTo(new[] { (patch.PatchId, false), (patch.PatchId, true) }));
    }

    [Test]
    public async Task PatchGroups_ByCrewMember_PermissionDeniedAndNothingPatched()
    {
        var s = await GroupsAsync();
        using var a = await s.DeviceAsync("a", "MPS-A");

        var error = Assert.ThrowsAsync<RpcException>(async () =>
            await s.Mcx.PatchGroupsAsync(new PatchGroupsRequest { McpttId = "sip:a@esn", GroupIds = { "MPS-A", "LFB-B" } }, s.Headers));
        var listed = await s.Mcx.ListPatchesAsync(new ListPatchesRequest(), s.Headers);

        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.PermissionDenied));
        Assert.That(listed.Patches, Is.Empty);
    }

    [Test]
    public async Task PatchGroups_UnknownGroup_NotFoundNamingIt()
    {
        var s = await GroupsAsync();
        await DispatcherAsync(s);

        var error = Assert.ThrowsAsync<RpcException>(async () =>
            await s.Mcx.PatchGroupsAsync(new PatchGroupsRequest { McpttId = "sip:metcc@esn", GroupIds = { "MPS-A", "NOPE" } }, s.Headers));

        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.NotFound));
        Assert.That(error.Status.Detail, Does.Contain("'NOPE'"));
    }

    private async Task<Scenario> GroupsAsync()
    {
        var s = _host.NewScenario();
        await s.GroupAsync("MPS-A");
        await s.GroupAsync("LFB-B");
        return s;
    }

    private static async Task DispatcherAsync(Scenario s)
    {
        await s.Mcx.RegisterAsync(new RegisterRequest { Identity = new UserIdentity { McpttId = "sip:metcc@esn", Agency = Agency.Mps, Role = "dispatcher" } }, s.Headers);
    }
}

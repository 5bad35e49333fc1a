using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Tests.Support;
using Grpc.Core;
using NUnit.Framework;
using static EsnHarness.Simulators.Tests.Mcx.XcapDocuments;

namespace EsnHarness.Simulators.Tests.Mcx;

/// <summary>Groups read from a GMS (TS 24.481 group documents over XCAP), as in a deployment.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class GroupManagementTests
{
    [Test]
    public async Task ReferenceGroup_StubDocumentOfFlonOps01_GroupConfiguredFromIt()
    {
        await using var gms = await FakeXcap.StartAsync("gms");
        var stub = Stubs("gms").Single(s => s.File == "lfb-flon-ops01.json");
        gms.Put(GroupPath("FLON-OPS01"), stub.Body, "flon-ops01-v1");
        var s = await WithGmsAsync(gms);

        var answer = await s.Config.ReferenceGroupAsync(new ReferenceGroupRequest { GroupId = "FLON-OPS01" }, s.Headers);

        var g = answer.Group;
        Assert.Multiple(() =>
        {
            Assert.That(answer.Changed, Is.True);
            Assert.That(g.DisplayName, Is.EqualTo("LFB Operations 1"));
            Assert.That(g.Members, Has.Count.EqualTo(4));
            Assert.That(g.MemberPriorities["sip:lfb.a241.oic@lfb.esn.gov.uk"], Is.EqualTo(10));
            Assert.That(g.MemberPriorities["sip:lfb.control.khan@lfb.esn.gov.uk"], Is.EqualTo(15));
            Assert.That(g.MaxParticipants, Is.EqualTo(500));
            Assert.That(g.RequireAffiliation, Is.True);
            Assert.That(g.HangTimeMs, Is.EqualTo(5000), "on-network-hang-timer is in seconds");
            Assert.That(g.MaxDurationS, Is.EqualTo(30));
            Assert.That(g.Priority, Is.EqualTo(5));
            Assert.That((g.AllowEmergency, g.AllowImminentPeril, g.AllowEmergencyAlert), Is.EqualTo((true, false, true)));
            Assert.That(g.SourceDocument, Is.EqualTo($"{gms.Root}/{GroupPath("FLON-OPS01")}"));
            Assert.That(g.SourceEtag, Is.EqualTo("\"flon-ops01-v1\""));
        });
    }

    [Test]
    public async Task FloorRequest_GroupDocumentRanksTheRequesterHigher_PreemptsThoughItsProfileRanksLower()
    {
        await using var gms = await FakeXcap.StartAsync("gms");
        gms.Put(GroupPath("FIRE"), Group("FIRE", [("sip:oic@esn", 12), ("sip:ps@esn", 5)]), "v1");
        var s = await WithGmsAsync(gms);
        await s.Config.ReferenceGroupAsync(new ReferenceGroupRequest { GroupId = "FIRE" }, s.Headers);
        await s.GroupAsync("PLAIN", g => g.Members.Add(["sip:oic@esn", "sip:ps@esn"]));
        await PriorityAsync(s, "sip:oic@esn", 1);
        await PriorityAsync(s, "sip:ps@esn", 200);
        using var oic = await McxProbe.RegisterAsync(s, "oic", groups: ["FIRE", "PLAIN"]);
        using var ps = await McxProbe.RegisterAsync(s, "ps", groups: ["FIRE", "PLAIN"]);

        var onFire = await PoliceTalksThenFireRequestsAsync(s, ps, oic, "FIRE");
        var onPlain = await PoliceTalksThenFireRequestsAsync(s, ps, oic, "PLAIN");

        Assert.Multiple(() =>
        {
            Assert.That(onFire.FloorState, Is.EqualTo(FloorState.PendingRevoke), "the group document's user-priority (12 > 5) decides on FIRE");
            Assert.That(onPlain.FloorState, Is.EqualTo(FloorState.Taken), "without one, the profiles' floor priorities (1 < 200) decide");
            Assert.That(onPlain.FloorQueue, Is.EqualTo(new[] { "sip:oic@esn" }));
        });
    }

    [Test]
    public async Task Affiliate_GroupNotYetKnownWithDocumentsXui_ReadFromTheGmsOnFirstUse()
    {
        await using var gms = await FakeXcap.StartAsync("gms");
        gms.Put(GroupPath("FIRE"), Group("FIRE", [("sip:a@esn", 5)]), "v1");
        var s = await WithGmsAsync(gms, GmsXui);
        using var a = await McxProbe.RegisterAsync(s, "a");

        var answer = await a.AffiliateAsync("FIRE");
        var group = await s.Config.GetGroupAsync(new GetGroupRequest { GroupId = "FIRE" }, s.Headers);

        Assert.Multiple(() =>
        {
            Assert.That(answer.AffiliatedGroups, Is.EqualTo(new[] { "FIRE" }));
            Assert.That(group.MemberPriorities["sip:a@esn"], Is.EqualTo(5));
            Assert.That(gms.Requests.Count(r => r.Status == 200), Is.EqualTo(1), "read once, then held");
        });
    }

    [Test]
    public async Task Affiliate_GroupTheGmsDoesNotHold_NotFoundNamingTheDocument()
    {
        await using var gms = await FakeXcap.StartAsync("gms");
        var s = await WithGmsAsync(gms, GmsXui);
        using var a = await McxProbe.RegisterAsync(s, "a");

        var e = Assert.ThrowsAsync<RpcException>(async () => await a.AffiliateAsync("NOWHERE"));

        Assert.Multiple(() =>
        {
            Assert.That(e!.StatusCode, Is.EqualTo(StatusCode.NotFound));
            Assert.That(e.Status.Detail, Does.Contain($"{gms.Root}/{GroupPath("NOWHERE")}").And.Contain("404"));
        });
    }

    [TestCase("<mcpttgi:user-priority>5<", "<mcpttgi:user-priority>high<", "<user-priority> at line", TestName = "ReferenceGroup_PriorityNotANumber_FailedPreconditionNamingTheElement")]
    [TestCase(">true</mcpttgi:on-network-required>", ">maybe</mcpttgi:on-network-required>", "<on-network-required> at line", TestName = "ReferenceGroup_FlagNotABoolean_FailedPreconditionNamingTheElement")]
    [TestCase("</list>", "</lost>", "not well-formed XML at line", TestName = "ReferenceGroup_NotWellFormed_FailedPreconditionNamingTheLine")]
    public async Task ReferenceGroup_MalformedDocument_OneLineErrorNamingDocumentAndElement(string find, string replace, string named)
    {
        await using var gms = await FakeXcap.StartAsync("gms");
        gms.Put(GroupPath("BAD"), Group("BAD", [("sip:a@esn", 5)]).Replace(find, replace, StringComparison.Ordinal), "v1");
        var s = await WithGmsAsync(gms);

        var e = Assert.ThrowsAsync<RpcException>(async () => await s.Config.ReferenceGroupAsync(new ReferenceGroupRequest { GroupId = "BAD" }, s.Headers));

        Assert.Multiple(() =>
        {
            Assert.That(e!.StatusCode, Is.EqualTo(StatusCode.FailedPrecondition));
            Assert.That(e.Status.Detail, Does.StartWith($"the GMS group document {gms.Root}/{GroupPath("BAD")} is malformed: ").And.Contain(named));
            Assert.That(e.Status.Detail, Does.Not.Contain("\n"));
        });
    }

    [Test]
    public async Task ReferenceGroup_AgainWithTheDocumentUnchanged_ConditionalGetKeepsIt()
    {
        await using var gms = await FakeXcap.StartAsync("gms");
        gms.Put(GroupPath("FIRE"), Group("FIRE", [("sip:a@esn", 5)]), "v1");
        var s = await WithGmsAsync(gms);
        await s.Config.ReferenceGroupAsync(new ReferenceGroupRequest { GroupId = "FIRE" }, s.Headers);

        var again = await s.Config.ReferenceGroupAsync(new ReferenceGroupRequest { GroupId = "FIRE" }, s.Headers);

        Assert.Multiple(() =>
        {
            Assert.That(again.Changed, Is.False);
            Assert.That(again.Group.MemberPriorities["sip:a@esn"], Is.EqualTo(5));
            Assert.That(gms.Requests.Select(r => (r.IfNoneMatch, r.Status)), Is.EqualTo(new[] { ("", 200), ("\"v1\"", 304) }));
        });
    }

    [Test]
    public async Task ReferenceGroup_DocumentChangedAtTheGms_NewVersionApplied()
    {
        await using var gms = await FakeXcap.StartAsync("gms");
        gms.Put(GroupPath("FIRE"), Group("FIRE", [("sip:a@esn", 5)]), "v1");
        var s = await WithGmsAsync(gms);
        await s.Config.ReferenceGroupAsync(new ReferenceGroupRequest { GroupId = "FIRE" }, s.Headers);
        gms.Put(GroupPath("FIRE"), Group("FIRE", [("sip:a@esn", 9), ("sip:b@esn", 3)]), "v2");

        var again = await s.Config.ReferenceGroupAsync(new ReferenceGroupRequest { GroupId = "FIRE" }, s.Headers);

        Assert.Multiple(() =>
        {
            Assert.That(again.Changed, Is.True);
            Assert.That(again.Group.MemberPriorities["sip:a@esn"], Is.EqualTo(9));
            Assert.That(again.Group.Members, Is.EqualTo(new[] { "sip:a@esn", "sip:b@esn" }));
            Assert.That(again.Group.SourceEtag, Is.EqualTo("\"v2\""));
        });
    }

    [Test]
    public async Task ReferenceGroup_WithoutAGms_FailedPreconditionSayingSetOneFirst()
    {
        var s = HostSetup.NewScenario();

        var e = Assert.ThrowsAsync<RpcException>(async () => await s.Config.ReferenceGroupAsync(new ReferenceGroupRequest { GroupId = "FIRE" }, s.Headers));

        Assert.Multiple(() =>
        {
            Assert.That(e!.StatusCode, Is.EqualTo(StatusCode.FailedPrecondition));
            Assert.That(e.Status.Detail, Does.Contain("SetGroupManagement"));
        });
    }

    [Test]
    public void SetGroupManagement_RootNotAnHttpUrl_InvalidArgumentNamingTheField()
    {
        var s = HostSetup.NewScenario();

        var e = Assert.ThrowsAsync<RpcException>(async () => await s.Config.SetGroupManagementAsync(new GroupManagement { XcapRoot = "gms.local" }, s.Headers));

        Assert.Multiple(() =>
        {
            Assert.That(e!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
            Assert.That(e.Status.Detail, Does.Contain("xcap_root"));
        });
    }

    private static async Task<Scenario> WithGmsAsync(FakeXcap gms, string xui = GmsXui)
    {
        var s = HostSetup.NewScenario();
        await s.Config.SetGroupManagementAsync(new GroupManagement { XcapRoot = gms.Root, DocumentsXui = xui }, s.Headers);
        return s;
    }

    /// <summary>The user's profile floor priority, and N7 = 2 so that one floor held on one group does not stop a request on the other.</summary>
    private static Task PriorityAsync(Scenario s, string mcpttId, uint priority) =>
        s.Config.PatchUserProfileAsync(new PatchUserProfileRequest
        {
            Profile = new UserProfile { Identity = new() { McpttId = mcpttId }, FloorPriority = priority, MaxSimultaneousTransmissions = 2 },
            UpdateMask = new() { Paths = { "floor_priority", "max_simultaneous_transmissions" } },
        }, s.Headers).ResponseAsync;

    /// <summary>The police sergeant starts a call on the group and talks; the fire officer asks for the floor; the call as it then stands.</summary>
    private static async Task<CallInfo> PoliceTalksThenFireRequestsAsync(Scenario s, McxProbe police, McxProbe fire, string group)
    {
        var call = await police.CallAsync(group, talk: true);
        await police.WaitForAsync(e => e.Floor is { Kind: FloorEventKind.Granted } f && f.CallId == call.CallId, $"granted on {group}");
        await fire.RequestFloorAsync(call.CallId);
        return await s.Mcx.GetCallAsync(new GetCallRequest { CallId = call.CallId }, s.Headers);
    }
}

using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Tests.Defects;
using EsnHarness.Simulators.Tests.Support;
using Grpc.Core;
using NUnit.Framework;
using Defect = EsnHarness.Simulators.Defects.Defect;

namespace EsnHarness.Simulators.Tests.Mcx;

/// <summary>Preconfigured regrouping of the three services' groups at a major incident, through the MCX contract (fake clock).</summary>
[Parallelizable(ParallelScope.All)]
public sealed class RegroupTests
{
    private const string Dispatcher = "sip:metcc@esn";
    private FakeClockHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _host = await FakeClockHost.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [TestCase(false, TestName = "StartRegroup_Faithful_CallOnTheMpsGroupIsOnTheRegroupAndReachesLfbAndLas")]
    [TestCase(true, TestName = "StartRegroup_NotSteeringDefect_CallStaysOnTheMpsGroup")]
    [ShowsDefect("mcx.regroup-not-steering")]
    public async Task StartRegroup_CallOnAConstituentGroup_SteeredToTheRegroupGroup(bool defect)
    {
        var s = await ThreeServicesAsync(defect ? MultiAgencyDefects.RegroupNotSteering : null);
        using var a = await s.DeviceAsync("a", "MPS-A");
        using var b = await s.DeviceAsync("b", "LFB-B", agency: Agency.Lfb);
        using var c = await s.DeviceAsync("c", "LAS-C", agency: Agency.Las);
        var regroup = await RegroupAsync(s);

        var ptt = await s.Devices.PressPttAsync(new PttRequest { DeviceId = "a" }, s.Headers);
        await a.WaitForAsync(e => e.Call is { Kind: CallEventKind.Connected }, "a is in the call");
        var call = await s.Mcx.GetCallAsync(new GetCallRequest { CallId = ptt.CallId }, s.Headers);

        if (defect)
        {
            Assert.That((call.GroupId, call.Participants.Contains("sip:b@esn")), Is.EqualTo(("MPS-A", false)));
            return;
        }

        var taken = await c.WaitForAsync(e => e.Floor is { Kind: FloorEventKind.Taken }, "c, on the LAS group, sees a talk");
        Assert.Multiple(() =>
        {
            Assert.That(regroup.Members, Is.EquivalentTo(new[] { "sip:a@esn", "sip:b@esn", "sip:c@esn" }));
            Assert.That(call.GroupId, Is.EqualTo("MI-1"));
            Assert.That(call.RegroupedGroupIds, Is.EqualTo(new[] { "MPS-A", "LFB-B", "LAS-C" }));
            Assert.That(call.Participants, Is.EquivalentTo(new[] { "sip:a@esn", "sip:b@esn", "sip:c@esn" }));
            Assert.That(taken.Floor.TalkerMcpttId, Is.EqualTo("sip:a@esn"));
        });
    }

    [TestCase(false, TestName = "StartRegroup_Faithful_LateAffiliatorAddedToTheRegroupGroupAndTold")]
    [TestCase(true, TestName = "StartRegroup_LateAffiliatorDefect_LateAffiliatorLeftOut")]
    [ShowsDefect("mcx.regroup-late-affiliator-missed")]
    public async Task StartRegroup_UserAffiliatesToARegroupedGroupLater_AddedToTheRegroupGroup(bool defect)
    {
        var s = await ThreeServicesAsync(defect ? MultiAgencyDefects.RegroupLateAffiliatorMissed : null);
        using var a = await s.DeviceAsync("a", "MPS-A");
        await RegroupAsync(s);

        using var d = await s.DeviceAsync("d", "LFB-B", agency: Agency.Lfb);
        var affiliations = await s.Mcx.GetAffiliationsAsync(new GetAffiliationsRequest { McpttId = "sip:d@esn" }, s.Headers);
        var listed = await s.Mcx.ListRegroupsAsync(new ListRegroupsRequest { GroupId = "LFB-B" }, s.Headers);

        Assert.That(affiliations.Affiliations.Select(x => x.GroupId), defect ? Does.Not.Contain("MI-1") : Does.Contain("MI-1"));
        Assert.That(listed.Regroups.Single().Members.Contains("sip:d@esn"), Is.EqualTo(!defect));
        if (!defect)
        {
            var told = await d.WaitForAsync(e => e.Regroup is not null, "d told of the regroup");
            Assert.That(told.Regroup.Regroup.RegroupGroupId, Is.EqualTo("MI-1"));
        }
    }

    [TestCase(false, TestName = "EndRegroup_Faithful_GroupsAreTheirOwnAgain")]
    [TestCase(true, TestName = "EndRegroup_NotAppliedDefect_CallsStillGoToTheRegroup")]
    [ShowsDefect("mcx.regroup-end-not-applied")]
    public async Task EndRegroup_NextCallOnTheMpsGroup_OnlyTheMpsGroup(bool defect)
    {
        var s = await ThreeServicesAsync(defect ? MultiAgencyDefects.RegroupEndNotApplied : null);
        using var a = await s.DeviceAsync("a", "MPS-A");
        using var b = await s.DeviceAsync("b", "LFB-B", agency: Agency.Lfb);
        var regroup = await RegroupAsync(s);

        var ended = await s.Mcx.EndRegroupAsync(new EndRegroupRequest { McpttId = Dispatcher, RegroupId = regroup.RegroupId }, s.Headers);
        var ptt = await s.Devices.PressPttAsync(new PttRequest { DeviceId = "a" }, s.Headers);
        var call = await s.Mcx.GetCallAsync(new GetCallRequest { CallId = ptt.CallId }, s.Headers);
        var affiliations = await s.Mcx.GetAffiliationsAsync(new GetAffiliationsRequest { McpttId = "sip:b@esn" }, s.Headers);

        Assert.Multiple(() =>
        {
            Assert.That(ended.Ended, Is.True);
            Assert.That(call.GroupId, Is.EqualTo(defect ? "MI-1" : "MPS-A"));
            Assert.That(affiliations.Affiliations.Select(x => x.GroupId), defect ? Is.EquivalentTo(new[] { "LFB-B", "MI-1" }) : Is.EqualTo(new[] { "LFB-B" }));
        });
    }

    [Test]
    public async Task StartRegroup_ByACrewMember_PermissionDeniedAndNothingRegrouped()
    {
        var s = await ThreeServicesAsync(null);
        using var a = await s.DeviceAsync("a", "MPS-A");

        var error = Assert.ThrowsAsync<RpcException>(async () => await s.Mcx.StartRegroupAsync(Request("sip:a@esn"), s.Headers));
        var listed = await s.Mcx.ListRegroupsAsync(new ListRegroupsRequest(), s.Headers);

        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.PermissionDenied));
        Assert.That(listed.Regroups, Is.Empty);
    }

    [Test]
    public async Task StartRegroup_GroupAlreadyRegrouped_FailedPreconditionNamingTheRegroup()
    {
        var s = await ThreeServicesAsync(null);
        await RegroupAsync(s);
        var second = Request(Dispatcher);
        second.RegroupGroupId = "MI-2";

        var error = Assert.ThrowsAsync<RpcException>(async () => await s.Mcx.StartRegroupAsync(second, s.Headers));

        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.FailedPrecondition));
        Assert.That(error.Status.Detail, Does.Contain("'MPS-A' is already regrouped into 'MI-1'"));
    }

    private async Task<Scenario> ThreeServicesAsync(Defect? defect)
    {
        var s = await DefectScenarios.NewAsync(_host.Channel, defect);
        await s.GroupAsync("MPS-A", g => g.Agency = Agency.Mps);
        await s.GroupAsync("LFB-B", g => g.Agency = Agency.Lfb);
        await s.GroupAsync("LAS-C", g => g.Agency = Agency.Las);
        await s.GroupAsync("MI-TEMPLATE", g => g.Priority = 200);
        await s.Mcx.RegisterAsync(new RegisterRequest { Identity = new UserIdentity { McpttId = Dispatcher, Agency = Agency.Mps, Role = "dispatcher" } }, s.Headers);
        return s;
    }

    private static async Task<Regroup> RegroupAsync(Scenario s) => await s.Mcx.StartRegroupAsync(Request(Dispatcher), s.Headers);

    private static RegroupRequest Request(string by) => new()
    {
        McpttId = by,
        RegroupGroupId = "MI-1",
        PreconfiguredGroupId = "MI-TEMPLATE",
        GroupIds = { "MPS-A", "LFB-B", "LAS-C" },
    };
}

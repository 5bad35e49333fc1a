using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators.Tests.Defects;
using EsnHarness.Simulators.Tests.Support;
using Grpc.Core;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Mcx;

/// <summary>
/// Call-level pre-emption at Notting Hill Carnival: other responders' traffic leaves room for two 2-party calls in the
/// cell; the MCX asks the network for each new call's resources with its ARP and ends the calls the network pre-empts.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class CallPreemptionTests
{
    [TestCase(null, TestName = "SetupCall_Emergency_Faithful_LowestPriorityCallPreemptedUsersToldDispatcherRaised")]
    [TestCase("mcx.preempted-users-not-told", TestName = "SetupCall_Emergency_UsersNotToldDefect_CallEndsAsANormalRelease")]
    [ShowsDefect("mcx.preempted-users-not-told")]
    public async Task SetupCall_EmergencyInAFullCell_LasCallPreemptedAndItsUsersTold(string? defect)
    {
        var s = await CarnivalAsync(defect);
        using var console = await ConsoleAsync(s);
        using var paramedic = await CallAsync(s, "las1", "LAS-LOW", Agency.Las, "las2");
        using var officer = await CallAsync(s, "mps1", "MPS-MID", Agency.Mps, "mps2");

        using var firefighter = await CallAsync(s, "lfb1", "LFB-OPS", Agency.Lfb, "lfb2", CallType.EmergencyGroup);
        var ended = await paramedic.WaitForAsync(e => e.Call is { Kind: CallEventKind.Ended }, "the LAS call ends");
        var calls = await s.Mcx.ListCallsAsync(new ListCallsRequest(), s.Headers);

        Assert.Multiple(() =>
        {
            Assert.That(calls.Calls.Select(c => c.GroupId), Is.EquivalentTo(new[] { "MPS-MID", "LFB-OPS" }), "the MPS call survives");
            Assert.That(ended.Call.Cause, Is.EqualTo(defect is null ? CallCause.Preempted : CallCause.NormalRelease));
            Assert.That(ended.Call.Reason, defect is null ? Does.Contain("emergency call on group 'LFB-OPS'").And.Contain("CELL-NOTTING-HILL") : Is.Empty);
        });
    }

    [TestCase(null, TestName = "SetupCall_Emergency_Faithful_DispatcherShownThePreemption")]
    [TestCase("mcx.preemption-not-raised", TestName = "SetupCall_Emergency_NotRaisedDefect_DispatcherShownNothing")]
    [ShowsDefect("mcx.preemption-not-raised")]
    public async Task SetupCall_EmergencyInAFullCell_DispatcherOfThePreemptedGroupSeesItRaised(string? defect)
    {
        var s = await CarnivalAsync(defect);
        using var console = await ConsoleAsync(s);
        using var paramedic = await CallAsync(s, "las1", "LAS-LOW", Agency.Las, "las2");
        using var officer = await CallAsync(s, "mps1", "MPS-MID", Agency.Mps, "mps2");
        using var firefighter = await CallAsync(s, "lfb1", "LFB-OPS", Agency.Lfb, "lfb2", CallType.EmergencyGroup);

        // A marker the console receives after anything the set-up sent it (one downlink, in order).
        await s.Devices.SendSdsAsync(new Contracts.Device.V1.SendSdsRequest { DeviceId = "lfb1", TargetMcpttId = "sip:laseoc@esn", Text = "marker" }, s.Headers);
        await console.WaitForAsync(e => e.Message is not null, "the marker SDS");

        var notice = console.Seen.FirstOrDefault(e => e.Preemption is not null)?.Preemption;
        if (defect is not null)
        {
            Assert.That(notice, Is.Null);
            return;
        }

        Assert.Multiple(() =>
        {
            Assert.That(notice, Is.Not.Null);
            Assert.That(notice!.PreemptedGroupId, Is.EqualTo("LAS-LOW"));
            Assert.That(notice.PreemptingGroupId, Is.EqualTo("LFB-OPS"));
            Assert.That(notice.PreemptingCallType, Is.EqualTo(CallType.EmergencyGroup));
            Assert.That((notice.PreemptingArpPriorityLevel, notice.PreemptedArpPriorityLevel), Is.EqualTo((1u, 13u)));
        });
    }

    [TestCase(null, TestName = "SetupCall_Emergency_Faithful_AdmittedAtArp1")]
    [TestCase("mcx.call-priority-not-signalled", TestName = "SetupCall_Emergency_PriorityNotSignalledDefect_RefusedNoRadioResources")]
    [ShowsDefect("mcx.call-priority-not-signalled")]
    public async Task SetupCall_EmergencyInAFullCell_Admitted(string? defect)
    {
        var s = await CarnivalAsync(defect);
        using var paramedic = await CallAsync(s, "las1", "LAS-LOW", Agency.Las, "las2");
        using var officer = await CallAsync(s, "mps1", "MPS-MID", Agency.Mps, "mps2");
        using var lfb1 = await s.DeviceAsync("lfb1", "LFB-OPS", "Notting Hill Carnival", Agency.Lfb);
        using var lfb2 = await s.DeviceAsync("lfb2", "LFB-OPS", "Notting Hill Carnival", Agency.Lfb);

        var start = s.Devices.StartCallAsync(new StartCallRequest { DeviceId = "lfb1", CallType = CallType.EmergencyGroup, GroupId = "LFB-OPS", ImplicitFloorRequest = true }, s.Headers).ResponseAsync;

        if (defect is null)
        {
            Assert.That((await start).Call.GroupId, Is.EqualTo("LFB-OPS"));
            return;
        }

        var error = Assert.ThrowsAsync<RpcException>(async () => await start);
        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.ResourceExhausted));
        Assert.That(error.Status.Detail, Does.Contain("CALL_CAUSE_NO_RADIO_RESOURCES"));
    }

    [Test]
    [ShowsDefect("mcx.radio-refusal-ignored")]
    public async Task SetupCall_RoutineCallInAFullCell_RefusalIgnoredDefect_CallSetUpAnyway()
    {
        var s = await CarnivalAsync("mcx.radio-refusal-ignored");
        using var officer = await CallAsync(s, "mps1", "MPS-MID", Agency.Mps, "mps2");
        using var firefighter = await CallAsync(s, "lfb1", "LFB-OPS", Agency.Lfb, "lfb2");
        using var las1 = await s.DeviceAsync("las1", "LAS-LOW", "Notting Hill Carnival", Agency.Las);
        using var las2 = await s.DeviceAsync("las2", "LAS-LOW", "Notting Hill Carnival", Agency.Las);

        var ptt = await s.Devices.PressPttAsync(new PttRequest { DeviceId = "las1" }, s.Headers);

        Assert.That((await s.Mcx.GetCallAsync(new GetCallRequest { CallId = ptt.CallId }, s.Headers)).GroupId, Is.EqualTo("LAS-LOW"));
    }

    [TestCase(null, TestName = "SetupCall_AfterACallEnded_Faithful_ItsResourcesServeTheNextCall")]
    [TestCase("mcx.radio-resources-not-released", TestName = "SetupCall_AfterACallEnded_NotReleasedDefect_NextCallRefused")]
    [ShowsDefect("mcx.radio-resources-not-released")]
    public async Task SetupCall_AfterTheCallHoldingTheLastUnitsEnded_Admitted(string? defect)
    {
        var s = await CarnivalAsync(defect);
        using var paramedic = await CallAsync(s, "las1", "LAS-LOW", Agency.Las, "las2");
        using var officer = await CallAsync(s, "mps1", "MPS-MID", Agency.Mps, "mps2");
        var call = (await s.Mcx.ListCallsAsync(new ListCallsRequest { GroupId = "MPS-MID" }, s.Headers)).Calls.Single();
        await s.Mcx.EndCallAsync(new EndCallRequest { McpttId = "sip:mps1@esn", CallId = call.CallId }, s.Headers);
        await s.Mcx.EndCallAsync(new EndCallRequest { McpttId = "sip:mps2@esn", CallId = call.CallId }, s.Headers);
        await s.GroupAsync("LAS-TWO", g => (g.Agency, g.Priority) = (Agency.Las, 50));
        using var las3 = await s.DeviceAsync("las3", "LAS-TWO", "Notting Hill Carnival", Agency.Las);
        using var las4 = await s.DeviceAsync("las4", "LAS-TWO", "Notting Hill Carnival", Agency.Las);

        // As low a priority as the LAS call still up: it fits only in the units the ended call released.
        var start = s.Devices.PressPttAsync(new PttRequest { DeviceId = "las3" }, s.Headers).ResponseAsync;

        if (defect is null)
        {
            Assert.That((await start).CallId, Is.Not.Empty);
            return;
        }

        var error = Assert.ThrowsAsync<RpcException>(async () => await start);
        Assert.That(error!.Status.Detail, Does.Contain("CALL_CAUSE_NO_RADIO_RESOURCES"));
    }

    [Test]
    public async Task SetupCall_RoutineCallOfLowerPriorityInAFullCell_RefusedNoRadioResourcesAndNothingPreempted()
    {
        var s = await CarnivalAsync(null);
        using var officer = await CallAsync(s, "mps1", "MPS-MID", Agency.Mps, "mps2");
        using var firefighter = await CallAsync(s, "lfb1", "LFB-OPS", Agency.Lfb, "lfb2");
        using var las1 = await s.DeviceAsync("las1", "LAS-LOW", "Notting Hill Carnival", Agency.Las);
        using var las2 = await s.DeviceAsync("las2", "LAS-LOW", "Notting Hill Carnival", Agency.Las);

        var error = Assert.ThrowsAsync<RpcException>(async () => await s.Devices.PressPttAsync(new PttRequest { DeviceId = "las1" }, s.Headers));
        var report = await s.Network.GetCongestionAsync(new GetCongestionRequest { CellId = "CELL-NOTTING-HILL" }, s.Headers);

        Assert.Multiple(() =>
        {
            Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.ResourceExhausted));
            Assert.That(error.Status.Detail, Does.Contain("CALL_CAUSE_NO_RADIO_RESOURCES").And.Contain("ARP 13"));
            Assert.That(report.Sessions, Has.Count.EqualTo(2));
            Assert.That(report.FreeUnits, Is.Zero);
        });
    }

    /// <summary>Carnival's cell with room for two 2-party calls, and three groups: LAS-LOW (priority 50), MPS-MID (150), LFB-OPS (100).</summary>
    internal static async Task<Scenario> CarnivalAsync(string? defect)
    {
        var s = await DefectScenarios.StartAsync(defect);
        await s.GroupAsync("LAS-LOW", g => (g.Agency, g.Priority) = (Agency.Las, 50));
        await s.GroupAsync("MPS-MID", g => (g.Agency, g.Priority) = (Agency.Mps, 150));
        await s.GroupAsync("LFB-OPS", g => (g.Agency, g.Priority) = (Agency.Lfb, 100));
        // Other responders' traffic at ARP 1 leaves 4 of the cell's 200 units: room for two 2-party calls.
        await s.Network.SetCongestionAsync(new SetCongestionRequest
        {
            CellId = "CELL-NOTTING-HILL", McLoads = { new PriorityLoad { PriorityLevel = 1, Offered = 196 / 200.0 } },
        }, s.Headers);
        return s;
    }

    /// <summary>Two terminals at Carnival on the group; the first starts a call and holds the floor. Returns the second.</summary>
    internal static async Task<DeviceProbe> CallAsync(Scenario s, string first, string group, Agency agency, string second, CallType type = CallType.PrearrangedGroup)
    {
        using var caller = await s.DeviceAsync(first, group, "Notting Hill Carnival", agency);
        var listener = await s.DeviceAsync(second, group, "Notting Hill Carnival", agency);
        await s.Devices.StartCallAsync(new StartCallRequest { DeviceId = first, CallType = type, GroupId = group, ImplicitFloorRequest = true }, s.Headers);
        await listener.WaitForAsync(e => e.Floor is { Kind: FloorEventKind.Taken }, $"{second} hears {first} on {group}");
        return listener;
    }

    private static async Task<DeviceProbe> ConsoleAsync(Scenario s)
    {
        await s.Devices.PowerOnAsync(new PowerOnRequest
        {
            DeviceId = "laseoc", PlaceId = "ideal-lab", Kind = DeviceKind.Console,
            Identity = new UserIdentity { McpttId = "sip:laseoc@esn", Agency = Agency.Las, Role = "dispatcher" },
        }, s.Headers);
        var probe = new DeviceProbe("laseoc", "sip:laseoc@esn", s.Devices.Observe(new ObserveRequest { DeviceId = "laseoc" }, s.Headers));
        await s.Devices.AffiliateAsync(new GroupRequest { DeviceId = "laseoc", GroupId = "LAS-LOW" }, s.Headers);
        return probe;
    }
}

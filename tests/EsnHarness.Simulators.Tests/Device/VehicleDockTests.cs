using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Tests.Defects;
using EsnHarness.Simulators.Tests.Support;
using Grpc.Core;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Device;

/// <summary>Handover between a user's handheld and a vehicle device (DeviceService Dock/Undock), on a fake clock.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class VehicleDockTests
{
    private FakeClockHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _host = await FakeClockHost.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [Test]
    public async Task Dock_OfficerTalkingInAGroupCall_VehicleTakesGroupsCallAndFloor()
    {
        var s = _host.NewScenario();
        using var pair = await PairAsync(s);
        var (officer, car, listener) = (pair.Officer, pair.Car, pair.Listener);
        var call = await TalkAsync(s, officer, listener);

        var result = await s.Devices.DockAsync(new DockRequest { DeviceId = "officer", VehicleDeviceId = "car" }, s.Headers);

        var granted = await car.WaitForAsync(e => e.Floor?.Kind == FloorEventKind.Granted && e.Floor.CallId == call, "the floor granted to the vehicle device");
        var state = await s.Devices.GetStateAsync(new DeviceRef { DeviceId = "car" }, s.Headers);
        Assert.Multiple(() =>
        {
            Assert.That(granted, Is.Not.Null);
            Assert.That(result.CarriedCallId, Is.EqualTo(call), "the same call, not a new one");
            Assert.That(result.FloorRequested, Is.True);
            Assert.That(state.Identity.McpttId, Is.EqualTo(officer.McpttId), "the vehicle device serves the officer");
            Assert.That(state.AffiliatedGroups, Is.EquivalentTo(new[] { "OPS", "MON" }));
            Assert.That(state.SelectedGroup, Is.EqualTo("OPS"));
            Assert.That(state.DockedWith, Is.EqualTo("officer"));
            Assert.That(result.HandingOver.PoweredOn, Is.False, "the handheld is in its cradle");
        });
    }

    [Test]
    public async Task Undock_AfterDocking_HandheldBackOnItsGroupsAndVehicleUnderItsOwnIdentity()
    {
        var s = _host.NewScenario();
        using var pair = await PairAsync(s);
        await s.Devices.DockAsync(new DockRequest { DeviceId = "officer", VehicleDeviceId = "car" }, s.Headers);

        var result = await s.Devices.UndockAsync(new DockRequest { DeviceId = "officer", VehicleDeviceId = "car" }, s.Headers);

        Assert.Multiple(() =>
        {
            Assert.That(result.Serving.Registered, Is.True);
            Assert.That(result.Serving.AffiliatedGroups, Is.EquivalentTo(new[] { "OPS", "MON" }));
            Assert.That(result.Serving.SelectedGroup, Is.EqualTo("OPS"));
            Assert.That(result.HandingOver.Identity.McpttId, Is.EqualTo("sip:car@esn"));
            Assert.That(result.HandingOver.DockedWith, Is.Empty);
        });
    }

    [Test]
    public async Task Dock_HandheldIntoAnotherHandheld_FailedPreconditionNamingTheKind()
    {
        var s = _host.NewScenario();
        await s.GroupAsync("OPS");
        using var a = await s.DeviceAsync("a", "OPS");
        using var b = await s.DeviceAsync("b", "OPS");

        var e = Assert.ThrowsAsync<RpcException>(async () => await s.Devices.DockAsync(new DockRequest { DeviceId = "a", VehicleDeviceId = "b" }, s.Headers));

        Assert.That(e!.StatusCode, Is.EqualTo(StatusCode.FailedPrecondition));
        Assert.That(e.Status.Detail, Does.Contain("'b'").And.Contain("Vehicle"));
    }

    [TestCase(null, "OPS", TestName = "Dock_Faithful_SelectedGroupFollows")]
    [TestCase("device.dock-selected-group-lost", "", TestName = "Dock_SelectedGroupLostDefect_VehicleHasNoneOfTheOfficers")]
    [ShowsDefect("device.dock-selected-group-lost")]
    public async Task Dock_OfficerWithASelectedGroup_VehicleSelectsIt(string? defect, string selected)
    {
        var s = await DefectScenarios.StartAsync(defect);
        using var pair = await PairAsync(s);

        var result = await s.Devices.DockAsync(new DockRequest { DeviceId = "officer", VehicleDeviceId = "car" }, s.Headers);

        Assert.That(result.Serving.SelectedGroup, Is.EqualTo(selected));
    }

    [TestCase(null, true, TestName = "Dock_Faithful_FloorAskedAgain")]
    [TestCase("device.dock-floor-dropped", false, TestName = "Dock_FloorDroppedDefect_FloorNotAskedAgain")]
    [ShowsDefect("device.dock-floor-dropped")]
    public async Task Dock_OfficerHoldingTheFloor_VehicleAsksForItAgain(string? defect, bool requested)
    {
        var s = await DefectScenarios.StartAsync(defect);
        using var pair = await PairAsync(s);
        await TalkAsync(s, pair.Officer, pair.Listener);

        var result = await s.Devices.DockAsync(new DockRequest { DeviceId = "officer", VehicleDeviceId = "car" }, s.Headers);

        Assert.That(result.FloorRequested, Is.EqualTo(requested));
    }

    [TestCase(null, 2, TestName = "Undock_Faithful_EveryGroupBack")]
    [TestCase("device.undock-affiliations-lost", 1, TestName = "Undock_AffiliationsLostDefect_OnlyTheSelectedGroup")]
    [ShowsDefect("device.undock-affiliations-lost")]
    public async Task Undock_OfficerOnTwoGroups_HandheldAffiliatedToBoth(string? defect, int groups)
    {
        var s = await DefectScenarios.StartAsync(defect);
        using var pair = await PairAsync(s);
        await s.Devices.DockAsync(new DockRequest { DeviceId = "officer", VehicleDeviceId = "car" }, s.Headers);

        var result = await s.Devices.UndockAsync(new DockRequest { DeviceId = "officer", VehicleDeviceId = "car" }, s.Headers);

        Assert.That(result.Serving.AffiliatedGroups, Has.Count.EqualTo(groups));
    }

    /// <summary>An officer's handheld on OPS (selected) and MON, their car's vehicle device, and a colleague on OPS.</summary>
    private static async Task<DockPair> PairAsync(Scenario s)
    {
        await s.GroupAsync("OPS");
        await s.GroupAsync("MON");
        var officer = await s.DeviceAsync("officer", "MON");
        await s.Devices.AffiliateAsync(new GroupRequest { DeviceId = "officer", GroupId = "OPS" }, s.Headers);
        await s.Devices.SelectGroupAsync(new GroupRequest { DeviceId = "officer", GroupId = "OPS" }, s.Headers);
        await s.Devices.PowerOnAsync(new PowerOnRequest
        {
            DeviceId = "car", Kind = DeviceKind.Vehicle, PlaceId = "ideal-lab", Identity = new UserIdentity { McpttId = "sip:car@esn", Agency = Agency.Mps },
        }, s.Headers);
        var car = new DeviceProbe("car", "sip:car@esn", s.Devices.Observe(new ObserveRequest { DeviceId = "car" }, s.Headers));
        var listener = await s.DeviceAsync("listener", "OPS");
        return new DockPair(officer, car, listener);
    }

    /// <summary>The officer presses PTT on OPS and holds the floor; returns the call.</summary>
    private static async Task<string> TalkAsync(Scenario s, DeviceProbe officer, DeviceProbe listener)
    {
        var ptt = await s.Devices.PressPttAsync(new PttRequest { DeviceId = "officer" }, s.Headers);
        await officer.WaitForAsync(e => e.Floor?.Kind == FloorEventKind.Granted, "the officer granted the floor");
        await listener.WaitForAsync(e => e.Floor?.Kind == FloorEventKind.Taken, "the listener sees the officer talking");
        return ptt.CallId;
    }
}

using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Internal.Device;
using EsnHarness.Simulators.Tests.Device;
using EsnHarness.Simulators.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Defects;

/// <summary>Defects of the terminals' own functions, each against the faithful behaviour.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class TerminalFunctionDefectTests
{
    [TestCase(false, TestName = "AmbientListening_Faithful_ListenedToTerminalShowsNothing")]
    [TestCase(true, TestName = "AmbientListening_ShownDefect_ListenedToTerminalShowsTheCall")]
    [ShowsDefect("device.ambient-listening-shown")]
    public async Task AmbientListening_DispatcherListens_WhatTheTerminalShows(bool defect)
    {
        var s = await DefectScenarios.StartAsync(defect ? TerminalFunctionDefects.AmbientListeningShown.Name : null);
        using var console = await TerminalProbes.ConsoleAsync(s, "metcc");
        using var officer = await s.DeviceAsync("officer");

        var call = (await s.Devices.StartCallAsync(new StartCallRequest { DeviceId = "metcc", CallType = CallType.AmbientListening, TargetMcpttId = officer.McpttId }, s.Headers)).Call;
        await officer.WaitForAsync(e => e.AmbientListening is { Started: true }, "the terminal knows it is listened to");
        var heard = await console.WaitForAsync(e => e.Media?.Packet.SenderMcpttId == officer.McpttId, "the console hears the officer's microphone");
        var state = await s.Devices.GetStateAsync(new DeviceRef { DeviceId = "officer" }, s.Headers);
        await s.Devices.EndCallAsync(new CallRef { DeviceId = "metcc", CallId = call.CallId }, s.Headers);
        await officer.WaitForAsync(e => e.AmbientListening is { Started: false }, "the listening ended");

        var shown = officer.Seen.Where(e => e.Call?.Call.CallId == call.CallId || e.Floor?.CallId == call.CallId || e.FloorState?.CallId == call.CallId).ToList();
        Assert.That(heard.Media.Packet.CallId, Is.EqualTo(call.CallId));
        Assert.That(shown, defect ? Is.Not.Empty : Is.Empty, "call, floor or floor-state events of the listening call on the officer's terminal");
        Assert.That(state.Calls.Any(c => c.CallId == call.CallId), Is.EqualTo(defect), "the call in the terminal's state");
        Assert.That(officer.Seen.Any(e => e.Media is not null), Is.False, "nothing sounded on the officer's terminal");
    }

    [TestCase(false, 1u, TestName = "EmergencyOutOfCoverage_Faithful_AlertStored")]
    [TestCase(true, 0u, TestName = "EmergencyOutOfCoverage_DroppedDefect_NothingStored")]
    [ShowsDefect("device.out-of-coverage-emergency-dropped")]
    public async Task EmergencyOutOfCoverage_ButtonPressed_Stored(bool defect, uint stored)
    {
        var s = await DefectScenarios.StartAsync(defect ? TerminalFunctionDefects.OutOfCoverageEmergencyDropped.Name : null);
        await s.GroupAsync("G");
        using var officer = await s.DeviceAsync("officer", "G", place: "bishopsgate-police-station");
        await TerminalProbes.MoveAsync(s, officer, "no-coverage-basement", ConnectivityKind.OutOfService);

        var result = await s.Devices.RaiseEmergencyAlertAsync(new EmergencyAlertRequest { DeviceId = "officer", GroupId = "G" }, s.Headers);
        var state = await s.Devices.GetStateAsync(new DeviceRef { DeviceId = "officer" }, s.Headers);

        Assert.That(result.StoredForDelivery, Is.True, "the user is told it will go when service returns, either way");
        Assert.That(state.StoredEmergencyAlerts, Is.EqualTo(stored));
    }

    [TestCase(false, 51.5183, TestName = "StoredEmergency_Faithful_DeliveredWithWhereItWasRaised")]
    [TestCase(true, 51.5045, TestName = "StoredEmergency_LocationAtDeliveryDefect_DeliveredWithWhereTheTerminalIsNow")]
    [ShowsDefect("device.stored-alert-location-at-delivery")]
    public async Task StoredEmergency_ServiceReturnsElsewhere_LocationCarried(bool defect, double latitude)
    {
        var s = await DefectScenarios.StartAsync(defect ? TerminalFunctionDefects.StoredAlertLocationAtDelivery.Name : null);
        await s.GroupAsync("G");
        using var console = await TerminalProbes.ConsoleAsync(s, "metcc", "G");
        using var officer = await s.DeviceAsync("officer", "G", place: "bishopsgate-police-station");
        await TerminalProbes.MoveAsync(s, officer, "no-coverage-basement", ConnectivityKind.OutOfService);
        await s.Devices.RaiseEmergencyAlertAsync(new EmergencyAlertRequest { DeviceId = "officer", GroupId = "G" }, s.Headers);

        await TerminalProbes.MoveAsync(s, officer, "surface-street", ConnectivityKind.BackInService);

        var alert = (await console.WaitForAsync(e => e.EmergencyAlert?.Alert.McpttId == officer.McpttId, "the stored alert at the console")).EmergencyAlert.Alert;
        Assert.That(alert.Location.LatitudeDeg, Is.EqualTo(latitude).Within(0.001));
        Assert.That(alert.TriggeredAt.ToDateTimeOffset(), Is.LessThan(alert.RaisedAt.ToDateTimeOffset()), "raised before the service received it");
    }

    [TestCase(false, Incident, TestName = "RemoteGroupChange_Faithful_TerminalTalksOnTheNewGroup")]
    [TestCase(true, "G", TestName = "RemoteGroupChange_IgnoredDefect_TerminalKeepsTheOldGroup")]
    [ShowsDefect("device.remote-group-change-ignored")]
    public async Task RemoteGroupChange_ByDispatcher_SelectedGroup(bool defect, string selected)
    {
        var s = await DefectScenarios.StartAsync(defect ? TerminalFunctionDefects.RemoteGroupChangeIgnored.Name : null);
        await s.GroupAsync("G");
        await s.GroupAsync(Incident);
        using var console = await TerminalProbes.ConsoleAsync(s, "metcc", "G");
        using var officer = await s.DeviceAsync("officer", "G");

        await s.Common.ChangeSelectedGroupAsync(new ChangeSelectedGroupRequest { RequesterMcpttId = console.McpttId, TargetMcpttId = officer.McpttId, GroupId = Incident }, s.Headers);
        var shown = await officer.WaitForAsync(e => e.SelectedGroup is not null, "the terminal shows the change");
        var state = await s.Devices.GetStateAsync(new DeviceRef { DeviceId = "officer" }, s.Headers);

        Assert.That(shown.SelectedGroup.ChangedBy, Is.EqualTo(console.McpttId));
        Assert.That(state.AffiliatedGroups, Does.Contain(Incident));
        Assert.That(state.SelectedGroup, Is.EqualTo(selected));
    }

    [TestCase(false, 1, TestName = "ManDown_Faithful_RaisedAfterTheNoMovementTime")]
    [TestCase(true, 0, TestName = "ManDown_NotRaisedDefect_NothingRaised")]
    [ShowsDefect("device.man-down-not-raised")]
    public void ManDown_StillForTheConfiguredTime_Raised(bool defect, int raised)
    {
        var time = new FakeTimeProvider();
        var count = 0;
        using var sensor = new ManDownSensor(time, () => count++, neverRaises: Switch(defect, TerminalFunctionDefects.ManDownNotRaised), movementIgnored: DefectSwitch.Off);
        sensor.Configure(new ManDownPolicy { Enabled = true, NoMovementMs = 30_000 });

        var due = sensor.Report(moving: false, tilted: false);
        time.Advance(TimeSpan.FromSeconds(29));
        var early = count;
        time.Advance(TimeSpan.FromSeconds(2));

        Assert.That(due.ManDownDueAt.ToDateTimeOffset(), Is.EqualTo(time.Start + TimeSpan.FromSeconds(30)));
        Assert.That(early, Is.Zero, "not before the time");
        Assert.That(count, Is.EqualTo(raised));
    }

    [TestCase(false, 0, TestName = "ManDown_Faithful_MovementResetsTheTime")]
    [TestCase(true, 1, TestName = "ManDown_MovementIgnoredDefect_FalseAlarmAfterMoving")]
    [ShowsDefect("device.man-down-movement-ignored")]
    public void ManDown_MovesBeforeTheTime_Raised(bool defect, int raised)
    {
        var time = new FakeTimeProvider();
        var count = 0;
        using var sensor = new ManDownSensor(time, () => count++, neverRaises: DefectSwitch.Off, movementIgnored: Switch(defect, TerminalFunctionDefects.ManDownMovementIgnored));
        sensor.Configure(new ManDownPolicy { Enabled = true, NoMovementMs = 30_000 });

        sensor.Report(moving: false, tilted: false);
        time.Advance(TimeSpan.FromSeconds(20));
        var response = sensor.Report(moving: true, tilted: false);
        time.Advance(TimeSpan.FromSeconds(20));

        Assert.That(response.ManDownDueAt is null, Is.Not.EqualTo(defect), "nothing due once moving again");
        Assert.That(count, Is.EqualTo(raised));
    }

    private const string Incident = "Incident";

    private static DefectSwitch Switch(bool on, Simulators.Defects.Defect defect) => on ? DefectSwitch.Of(DefectSet.Of([defect.Name]), defect) : DefectSwitch.Off;
}

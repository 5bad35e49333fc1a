using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Tests.Support;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Device;

/// <summary>The terminals' own functions through esn.device.v1 TerminalFunctions: aliases, call-backs, open microphone, man-down, first-to-answer.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class TerminalFunctionTests
{
    [Test]
    public async Task EmergencyButton_OpenMicrophone_TransmitsPastTheNormalTalkTimeThenReleases()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("G", g => { g.MaxTalkTimeMs = 200; g.EmergencyTalkTimeMs = 10_000; });
        using var console = await TerminalProbes.ConsoleAsync(s, "metcc", "G");
        using var officer = await s.DeviceAsync("officer", "G");
        var features = await s.Terminals.ConfigureEmergencyFeaturesAsync(new ConfigureEmergencyFeaturesRequest
        {
            DeviceId = "officer", Features = new EmergencyFeatures { OpenMicrophoneMs = 400 },
        }, s.Headers);

        await s.Devices.StartCallAsync(new StartCallRequest { DeviceId = "officer", CallType = CallType.EmergencyGroup, GroupId = "G", ImplicitFloorRequest = true }, s.Headers);

        var frames = await console.WaitForCountAsync(e => e.Media?.Packet.SenderMcpttId == officer.McpttId, 20, "the open microphone's frames");
        await console.WaitForAsync(e => e.Floor?.Kind == FloorEventKind.Idle && e.Floor.CallId == frames[0].Media.Packet.CallId, "the floor idle once the microphone closed");
        Assert.Multiple(() =>
        {
            Assert.That(features.OpenMicrophoneMs, Is.EqualTo(400u));
            Assert.That(frames.Select(f => f.Media.Packet.Sequence), Is.EqualTo(Enumerable.Range(0, 20).Select(i => (uint)i)), "one burst, no PTT, past the 200 ms talk time");
            Assert.That(frames[^1].Media.Packet.LastInBurst, Is.True, "20 frames of 20 ms: the configured 400 ms");
            Assert.That(officer.Seen.Any(e => e.Floor?.Kind == FloorEventKind.Revoke), Is.False, "never revoked");
        });
    }

    [Test]
    public async Task ReportMotion_StillPastTheManDownTime_ConsoleAlertedWithTriggerManDown()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("G");
        using var console = await TerminalProbes.ConsoleAsync(s, "lfb-control", "G");
        using var firefighter = await s.DeviceAsync("firefighter", "G");
        await s.Terminals.ConfigureEmergencyFeaturesAsync(new ConfigureEmergencyFeaturesRequest
        {
            DeviceId = "firefighter", Features = new EmergencyFeatures { ManDown = new ManDownPolicy { Enabled = true, NoMovementMs = 200 } },
        }, s.Headers);

        var due = await s.Terminals.ReportMotionAsync(new MotionReading { DeviceId = "firefighter", Moving = false }, s.Headers);

        var alert = (await console.WaitForAsync(e => e.EmergencyAlert?.Alert.McpttId == firefighter.McpttId, "the man-down alert")).EmergencyAlert.Alert;
        Assert.Multiple(() =>
        {
            Assert.That(due.ManDownDueAt, Is.Not.Null);
            Assert.That(alert.Trigger, Is.EqualTo("man-down"));
            Assert.That(alert.GroupId, Is.EqualTo("G"), "the selected group");
            Assert.That(alert.Location, Is.Not.Null, "with where the firefighter is");
        });
    }

    [Test]
    public async Task ActivateFunctionalAlias_OnTheTerminal_StateAndConsoleShowIt()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("G");
        await s.Common.ConfigureFunctionalAliasAsync(new ConfigureFunctionalAliasRequest { Config = new FunctionalAliasConfig { Alias = "Trojan 21" } }, s.Headers);
        using var console = await TerminalProbes.ConsoleAsync(s, "metcc", "G");
        using var officer = await s.DeviceAsync("officer", "G");

        await s.Terminals.ActivateFunctionalAliasAsync(new TerminalAliasRequest { DeviceId = "officer", Alias = "Trojan 21" }, s.Headers);
        await s.Devices.PressPttAsync(new PttRequest { DeviceId = "officer" }, s.Headers);

        var taken = await console.WaitForAsync(e => e.Floor?.Kind == FloorEventKind.Taken, "the console sees the officer talking");
        var state = await s.Devices.GetStateAsync(new DeviceRef { DeviceId = "officer" }, s.Headers);
        Assert.That(taken.Floor.TalkerFunctionalAlias, Is.EqualTo("Trojan 21"));
        Assert.That(state.FunctionalAliases, Is.EqualTo(new[] { "Trojan 21" }));
    }

    [Test]
    public async Task RequestCallBack_ConsoleCallsBack_BothTerminalsShowItFulfilled()
    {
        var s = HostSetup.NewScenario();
        using var console = await TerminalProbes.ConsoleAsync(s, "las-eoc");
        using var paramedic = await s.DeviceAsync("paramedic");

        await s.Terminals.RequestCallBackAsync(new TerminalCallBackRequest { DeviceId = "paramedic", TargetMcpttId = console.McpttId }, s.Headers);
        await console.WaitForAsync(e => e.CallBack?.CallBack.State == CallBackState.Requested, "the console shows the request");
        await s.Devices.StartCallAsync(new StartCallRequest { DeviceId = "las-eoc", CallType = CallType.Private, TargetMcpttId = paramedic.McpttId }, s.Headers);

        await console.WaitForAsync(e => e.CallBack?.CallBack.State == CallBackState.Fulfilled, "the console's request cleared");
        await paramedic.WaitForAsync(e => e.CallBack?.CallBack.State == CallBackState.Fulfilled, "the paramedic told the call back was made");
        await paramedic.WaitForAsync(e => e.Call?.Kind == CallEventKind.Incoming, "the call back rings");
    }

    [Test]
    public async Task StartCall_FirstToAnswerFromAConsole_FirstAcceptsOtherReleased()
    {
        var s = HostSetup.NewScenario();
        using var console = await TerminalProbes.ConsoleAsync(s, "las-eoc");
        using var a = await s.DeviceAsync("a");
        using var b = await s.DeviceAsync("b");

        var call = (await s.Devices.StartCallAsync(new StartCallRequest
        {
            DeviceId = "las-eoc", CallType = CallType.FirstToAnswer, CandidateMcpttIds = { a.McpttId, b.McpttId },
        }, s.Headers)).Call;
        await b.WaitForAsync(e => e.Call?.Kind == CallEventKind.Incoming, "b rings");
        await s.Devices.AcceptCallAsync(new CallRef { DeviceId = "a", CallId = call.CallId }, s.Headers);

        var released = await b.WaitForAsync(e => e.Call?.Kind == CallEventKind.Ended, "b released");
        var connected = await console.WaitForAsync(e => e.Call?.Kind == CallEventKind.Connected, "the console connected");
        Assert.That(released.Call.Cause, Is.EqualTo(CallCause.CompletedElsewhere));
        Assert.That(connected.Call.Call.Participants, Is.EquivalentTo(new[] { console.McpttId, a.McpttId }));
    }
}

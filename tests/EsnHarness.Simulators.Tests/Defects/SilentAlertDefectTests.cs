using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Tests.Mcx;
using EsnHarness.Simulators.Tests.Support;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Defects;

/// <summary>
/// Silent emergency alerts (a lone worker's covert alarm): the service tells the group's dispatchers and nobody else, the
/// terminal raising it makes no sound; each defect against the faithful behaviour. "Not told" is shown with a barrier.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class SilentAlertDefectTests
{
    [TestCase(false, false, TestName = "SilentAlert_Faithful_OnlyTheDispatcherAlerted")]
    [TestCase(true, true, TestName = "SilentAlert_BroadcastDefect_EveryMemberAlerted")]
    [ShowsDefect("mcx.silent-alert-broadcast")]
    public async Task SilentAlert_RaisedOnTheGroup_WhoIsAlerted(bool defect, bool memberAlerted)
    {
        var s = await DefectScenarios.NewAsync(HostSetup.Channel, defect ? McxDefects.SilentAlertBroadcast : null);
        await s.GroupAsync("G");
        await s.GroupAsync("BARRIER");
        using var a = await McxProbe.RegisterAsync(s, "a", groups: "G");
        using var b = await McxProbe.RegisterAsync(s, "b", groups: "G");
        using var d = await McxProbe.RegisterAsync(s, "d", "dispatcher", "G");

        await s.Mcx.RaiseEmergencyAlertAsync(new RaiseEmergencyAlertRequest { McpttId = a.McpttId, GroupId = "G", Silent = true }, s.Headers);
        var atConsole = await d.WaitForAsync(e => e.EmergencyAlert is not null, "the alert at the dispatcher");
        await b.AffiliateAsync("BARRIER");

        var seenByB = await b.UntilAsync(e => e.Affiliation?.Affiliation.GroupId == "BARRIER", "b's later affiliation");
        var calls = await s.Mcx.ListCallsAsync(new ListCallsRequest(), s.Headers);
        Assert.Multiple(() =>
        {
            Assert.That(atConsole.EmergencyAlert.Alert.Silent, Is.True, "the console sees it is silent");
            Assert.That(seenByB.Any(e => e.EmergencyAlert?.Alert.McpttId == a.McpttId), Is.EqualTo(memberAlerted));
            Assert.That(calls.Calls, Is.Empty, "an alert sets up no call");
        });
    }

    [Test]
    public async Task LoudAlert_RaisedOnTheGroup_EveryMemberAlerted()
    {
        var s = await DefectScenarios.NewAsync(HostSetup.Channel, null);
        await s.GroupAsync("G");
        using var a = await McxProbe.RegisterAsync(s, "a", groups: "G");
        using var b = await McxProbe.RegisterAsync(s, "b", groups: "G");

        await s.Mcx.RaiseEmergencyAlertAsync(new RaiseEmergencyAlertRequest { McpttId = a.McpttId, GroupId = "G" }, s.Headers);

        var alert = await b.WaitForAsync(e => e.EmergencyAlert is not null, "the alert at b");
        Assert.That(alert.EmergencyAlert.Alert.Silent, Is.False);
    }

    [TestCase(true, false, false, TestName = "RaiseEmergencyAlert_FaithfulSilent_NoSound")]
    [TestCase(false, false, true, TestName = "RaiseEmergencyAlert_FaithfulLoud_AlertTone")]
    [TestCase(true, true, true, TestName = "RaiseEmergencyAlert_SilentAudibleDefect_AlertToneAllTheSame")]
    [ShowsDefect("device.silent-alert-audible")]
    public async Task RaiseEmergencyAlert_ByTheUser_AudibleIndicationAtTheTerminal(bool silent, bool defect, bool sounded)
    {
        var s = await DefectScenarios.StartAsync(defect ? "device.silent-alert-audible" : null);
        await s.GroupAsync("G");
        using var a = await s.DeviceAsync("a", "G");
        using var d = await s.DeviceAsync("d", "G", role: "dispatcher");

        await s.Devices.RaiseEmergencyAlertAsync(new EmergencyAlertRequest { DeviceId = "a", Silent = silent }, s.Headers);

        // The terminal sounds (or not) before the alert goes out: its own alert coming back is the barrier.
        await a.WaitForAsync(e => e.EmergencyAlert?.Alert.McpttId == a.McpttId, "a's own alert back from the service");
        var alarm = await d.WaitForAsync(e => e.AudibleIndication is not null, "the console's alarm");
        Assert.Multiple(() =>
        {
            Assert.That(a.Seen.Any(e => e.AudibleIndication is not null), Is.EqualTo(sounded));
            Assert.That(alarm.AudibleIndication.Reason, Does.Contain(a.McpttId), "the dispatcher's console sounds the alarm either way");
        });
    }
}

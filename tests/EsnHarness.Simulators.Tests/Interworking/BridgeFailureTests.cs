using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Interworking.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Tests.FloorControl;
using EsnHarness.Simulators.Tests.Support;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Interworking;

/// <summary>What ESN users and Airwave radios see when the interworking function fails while a radio talks.</summary>
[NonParallelizable]
public sealed class BridgeFailureTests
{
    private FakeClockHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _host = await FakeClockHost.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [Test]
    public async Task FailBridge_TetraLinkLostWhileARadioTalks_FloorFreedOnEsnAtOnceAndRadiosTold()
    {
        var (s, esn, bridge, listener) = await RadioTalkingAsync("4201");
        using (esn)
        using (listener)
        {
            var failed = await s.Interworking.FailBridgeAsync(new FailBridgeRequest
            {
                BridgeId = bridge.BridgeId, Failure = BridgeFailure.TetraLinkLost, Reason = "ISI link to Airwave switch SW-3 down",
            }, s.Headers);
            var idle = await esn.WaitForAsync(e => e.Floor?.Kind == FloorEventKind.Idle, "the floor freed on ESN");
            var ceased = await listener.NextAsync(e => e.Kind == RadioEventKind.TransmissionCeased && e.TalkerId == "4201", "the radio's transmission ceased");
            var lost = await listener.NextAsync(RadioEventKind.InterworkingLost);
            var call = (await s.Mcx.ListCallsAsync(new ListCallsRequest { GroupId = "G" }, s.Headers)).Calls.Single();
            var again = await s.Interworking.RadioPttAsync(new RadioPttRequest { Issi = "4201", Pressed = true }, s.Headers);

            Assert.Multiple(() =>
            {
                Assert.That(failed.State, Is.EqualTo(BridgeState.Failed));
                Assert.That(idle, Is.Not.Null);
                Assert.That(call.Participants, Does.Not.Contain(bridge.IwfMcpttId), "the IWF left the ESN call");
                Assert.That(ceased.TalkerId, Is.EqualTo("4201"));
                Assert.That(lost.Detail, Is.EqualTo("ISI link to Airwave switch SW-3 down"));
                Assert.That(again.Granted, Is.False, "nothing crosses a failed bridge");
            });
        }
    }

    [Test]
    public async Task FailBridge_IwfDownWhileARadioTalks_EsnFloorHeldUntilTheMcxsEndOfMediaTimer()
    {
        var (s, esn, bridge, listener) = await RadioTalkingAsync("4202");
        using (esn)
        using (listener)
        {
            await s.Interworking.FailBridgeAsync(new FailBridgeRequest { BridgeId = bridge.BridgeId, Failure = BridgeFailure.IwfDown }, s.Headers);
            var lost = await listener.NextAsync(RadioEventKind.InterworkingLost);
            var stillTaken = (await s.Mcx.ListCallsAsync(new ListCallsRequest { GroupId = "G" }, s.Headers)).Calls.Single();

            _host.Time.AdvanceInSteps(TimeSpan.FromSeconds(4.1)); // T1, end of media at the server (TS 24.380 §6.3.4.4.3)
            var idle = await esn.WaitForAsync(e => e.Floor?.Kind == FloorEventKind.Idle, "the floor freed by T1");

            Assert.Multiple(() =>
            {
                Assert.That(lost.Detail, Is.EqualTo("interworking function down"));
                Assert.That(stillTaken.TalkerMcpttId, Is.EqualTo(bridge.IwfMcpttId), "a dead IWF tells ESN nothing");
                Assert.That(idle, Is.Not.Null);
            });
        }
    }

    /// <summary>A bridge on group G with radio <paramref name="issi"/> transmitting and a second radio listening; an ESN user in G.</summary>
    private async Task<(Scenario S, DeviceProbe Esn, Bridge Bridge, RadioProbe Listener)> RadioTalkingAsync(string issi)
    {
        var s = _host.NewScenario();
        await s.GroupAsync("G");
        var esn = await s.DeviceAsync("esn", "G");
        var bridge = await s.Interworking.CreateBridgeAsync(new CreateBridgeRequest { Bridge = new Bridge { Talkgroup = "TG-" + issi, GroupId = "G" } }, s.Headers);
        await s.Interworking.RegisterRadioAsync(new RegisterRadioRequest { Issi = issi, Talkgroup = "TG-" + issi }, s.Headers);
        await s.Interworking.RegisterRadioAsync(new RegisterRadioRequest { Issi = "9" + issi, Talkgroup = "TG-" + issi }, s.Headers);
        var listener = new RadioProbe(s.Interworking.ObserveRadio(new ObserveRadioRequest { Issi = "9" + issi }, s.Headers));
        var ptt = await s.Interworking.RadioPttAsync(new RadioPttRequest { Issi = issi, Pressed = true }, s.Headers);
        Assert.That(ptt.Granted, Is.True, "set-up: the radio talks");
        await esn.WaitForAsync(e => e.Floor?.Kind == FloorEventKind.Taken, "ESN sees the radio talking");
        return (s, esn, bridge, listener);
    }
}

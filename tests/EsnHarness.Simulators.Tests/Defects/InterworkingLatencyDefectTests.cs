using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Interworking.V1;
using EsnHarness.Simulators.Internal.Interworking;
using EsnHarness.Simulators.Tests.Support;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Defects;

/// <summary>The bridge's added latency on a fake clock: exactly the modelled figure, or 400 ms more with the defect.</summary>
[NonParallelizable]
public sealed class InterworkingLatencyDefectTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);
    private FakeClockHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _host = await FakeClockHost.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [TestCase(false, 40, TestName = "RadioVoice_Faithful_BridgeAddsItsModelled40Ms")]
    [TestCase(true, 440, TestName = "RadioVoice_Adds400Ms_BridgeAdds440Ms")]
    [ShowsDefect("interworking.adds-400-ms")]
    public async Task RadioVoice_OneFrame_AddedLatencyTheBridgeMeasured(bool defect, double addedMs)
    {
        var s = _host.NewScenario();
        if (defect)
        {
            await new ReferenceDefects.ReferenceDefectsClient(_host.Channel).ActivateAsync(new ActivateDefectsRequest { Names = { "interworking.adds-400-ms" } }, s.Headers);
        }

        await s.GroupAsync("G");
        using var esn = await s.DeviceAsync("esn", "G");
        var bridge = await s.Interworking.CreateBridgeAsync(new CreateBridgeRequest { Bridge = new Bridge { Talkgroup = "6001", GroupId = "G", AddedLatencyMs = 40 } }, s.Headers);
        await s.Interworking.RegisterRadioAsync(new RegisterRadioRequest { Issi = "1301", Talkgroup = "6001" }, s.Headers);
        await s.Interworking.RadioPttAsync(new RadioPttRequest { Issi = "1301", Pressed = true }, s.Headers);

        var delaying = new TaskCompletionSource<Task>(TaskCreationOptions.RunContinuationsAsynchronously);
        _host.World<InterworkingWorld>(s).Bridge(bridge.BridgeId).Traffic.FrameDelaying += delay => delaying.TrySetResult(delay);
        var voice = s.Interworking.RadioVoiceAsync(new RadioVoiceRequest { Issi = "1301", FrameCount = 1 }, s.Headers).ResponseAsync;

        // The frame waits the bridge's delay on the fake clock: once it waits, move the clock on 10 ms at a time until
        // the delay has passed (its timer fires inside Advance), then not at all while the frame crosses to the MCX.
        var frameDelay = await delaying.Task.WaitAsync(Deadline);
        var advancedMs = 0;
        while (!frameDelay.IsCompleted && advancedMs < 1_000)
        {
            _host.Time.Advance(TimeSpan.FromMilliseconds(10));
            advancedMs += 10;
        }

        await voice.WaitAsync(Deadline);
        var stats = await s.Interworking.GetBridgeStatsAsync(new GetBridgeStatsRequest { BridgeId = bridge.BridgeId }, s.Headers);

        Assert.Multiple(() =>
        {
            Assert.That(advancedMs, Is.EqualTo(addedMs), "the clock the frame's delay took to pass");
            Assert.That(stats.AddedLatencySamplesMs.Single(), Is.EqualTo(addedMs), "the delay the bridge measured it added");
        });
    }
}

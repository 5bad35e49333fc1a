using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Interworking.V1;
using EsnHarness.Simulators.Tests.Support;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Defects;

/// <summary>The bridge's added latency on a fake clock: exactly the modelled figure, or 400 ms more with the defect.</summary>
[NonParallelizable]
public sealed class InterworkingLatencyDefectTests
{
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

        var voice = s.Interworking.RadioVoiceAsync(new RadioVoiceRequest { Issi = "1301", FrameCount = 1 }, s.Headers).ResponseAsync;
        for (var step = 0; step < 100 && !voice.IsCompleted; step++)
        {
            // The frame waits the bridge's delay on the fake clock: move it on a little at a time until the frame has crossed.
            _host.Time.Advance(TimeSpan.FromMilliseconds(10));
            await Task.WhenAny(voice, Task.Delay(TimeSpan.FromMilliseconds(20)));
        }

        await voice;
        var stats = await s.Interworking.GetBridgeStatsAsync(new GetBridgeStatsRequest { BridgeId = bridge.BridgeId }, s.Headers);

        Assert.That(stats.AddedLatencySamplesMs.Single(), Is.InRange(addedMs, addedMs + 10), "the delay the bridge added, to the 10 ms clock step");
    }
}

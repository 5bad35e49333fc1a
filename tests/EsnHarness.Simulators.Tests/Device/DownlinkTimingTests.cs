using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Tests.Support;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Device;

/// <summary>
/// The simulated terminal's downlink on a fake clock: what comes down a link with modelled delay is stamped at the
/// instant the link model delivers it, even when the host runs the link's timer late (here: the clock jumps far past
/// the due time), so a busy machine does not show up as radio latency in KPI1 or KPI3.
/// </summary>
[NonParallelizable]
public sealed class DownlinkTimingTests
{
    private static readonly TimeSpan HostLateness = TimeSpan.FromMilliseconds(500);
    private FakeClockHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _host = await FakeClockHost.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [Test]
    public async Task Media_LinkTimerRunsLate_FrameStampedAtItsModelledArrival()
    {
        var (s, a, b) = await TwoTerminalsAsync();
        using (a)
        using (b)
        {
            var frame = await OneFrameWith80MsDownAsync(s, a, b);

            // The frame reached b's link at some whole number of jumps after it was sent (usually none); it is stamped
            // 80 ms after that, not at the jump that finally ran its timer. Its sent_at is the talker's capture instant,
            // the codec's 25 ms (20 ms frame + 5 ms look-ahead) before it left the terminal.
            var codec = new VoiceModelOptions().AlgorithmicDelay(TimeSpan.FromMilliseconds(20)).TotalMilliseconds;
            var latency = (frame.Media.ReceivedAt.ToDateTimeOffset() - frame.Media.Packet.SentAt.ToDateTimeOffset()).TotalMilliseconds - codec;
            Assert.Multiple(() =>
            {
                Assert.That(latency % HostLateness.TotalMilliseconds, Is.EqualTo(80).Within(0.01), $"mouth-to-ear {latency} ms");
                Assert.That(frame.Media.ModelledDelayUs, Is.EqualTo(80_000));
            });
        }
    }

    [Test]
    public async Task Media_LinkTimerRunsLate_PlaysTheBufferDepthAfterItsModelledArrival()
    {
        var (s, a, b) = await TwoTerminalsAsync();
        using (a)
        using (b)
        {
            var media = (await OneFrameWith80MsDownAsync(s, a, b)).Media;

            // Mouth to ear: the codec's 25 ms, the modelled 80 ms down, the jitter buffer's 40 ms (VoiceModelOptions);
            // whole jumps of host lateness before the frame reached the link (usually none) are not the model's.
            var buffered = media.PlayedAt.ToDateTimeOffset() - media.ReceivedAt.ToDateTimeOffset();
            var mouthToEar = (media.PlayedAt.ToDateTimeOffset() - media.Packet.SentAt.ToDateTimeOffset()).TotalMilliseconds;
            Assert.Multiple(() =>
            {
                Assert.That(buffered, Is.EqualTo(TimeSpan.FromMilliseconds(40)));
                Assert.That(media.JitterBufferUs, Is.EqualTo(40_000));
                Assert.That(media.DiscardedByJitterBuffer, Is.False);
                Assert.That(mouthToEar % HostLateness.TotalMilliseconds, Is.EqualTo(25 + 80 + 40).Within(0.01), $"mouth-to-ear {mouthToEar} ms");
            });
        }
    }

    [Test]
    public async Task FloorGranted_LinkTimersRunLate_GrantObservedAtItsModelledArrival()
    {
        var (s, a, b) = await TwoTerminalsAsync();
        using (a)
        using (b)
        {
            await s.AddLatencyAsync(a, 80);

            var press = s.Devices.PressPttAsync(new PttRequest { DeviceId = "a" }, s.Headers).ResponseAsync;
            var granted = await JumpUntilAsync(a, e => e.Floor?.Kind == FloorEventKind.Granted);
            var pressed = (await press).At.ToDateTimeOffset();

            // Up 80 ms and down 80 ms. The uplink still runs in real (here: fake) time, so its late timer counts in whole
            // jumps; the grant coming down is observed 80 ms after the MCX sent it, not at the jump that ran its timer.
            var access = (granted.ObservedAt.ToDateTimeOffset() - pressed).TotalMilliseconds;
            Assert.That(access % HostLateness.TotalMilliseconds, Is.EqualTo(80).Within(0.01), $"access time {access} ms");
        }
    }

    /// <summary>A new scenario on the fake-clock host: terminals a and b at the zero-delay place, both on group G.</summary>
    private async Task<(Scenario S, DeviceProbe A, DeviceProbe B)> TwoTerminalsAsync()
    {
        var s = _host.NewScenario();
        await s.GroupAsync("G");
        return (s, await s.DeviceAsync("a", "G"), await s.DeviceAsync("b", "G"));
    }

    /// <summary>b's link gets 80 ms of latency, a talks one frame, and b's copy of it is returned (the clock moved until it arrived).</summary>
    private async Task<DeviceEvent> OneFrameWith80MsDownAsync(Scenario s, DeviceProbe a, DeviceProbe b)
    {
        await s.AddLatencyAsync(b, 80);
        await s.Devices.PressPttAsync(new PttRequest { DeviceId = "a" }, s.Headers);
        await a.WaitForAsync(e => e.FloorState?.To == "HasPermission", "a talks");
        await s.Devices.SendVoiceBurstAsync(new VoiceBurstRequest { DeviceId = "a", FrameCount = 1 }, s.Headers);
        return await JumpUntilAsync(b, e => e.Media is not null);
    }

    /// <summary>Moves the clock on by <see cref="HostLateness"/> at a time (a host that is late every time) until the event shows.</summary>
    private async Task<DeviceEvent> JumpUntilAsync(DeviceProbe probe, Func<DeviceEvent, bool> match)
    {
        for (var jump = 0; jump < 20; jump++)
        {
            _host.Time.Advance(HostLateness);
            try
            {
                return await probe.WaitForAsync(match, "the event", TimeSpan.FromSeconds(1));
            }
            catch (TimeoutException)
            {
                // Not delivered yet: it had not reached the link before this jump.
            }
        }

        throw new TimeoutException($"{probe.DeviceId}: the event never arrived");
    }
}

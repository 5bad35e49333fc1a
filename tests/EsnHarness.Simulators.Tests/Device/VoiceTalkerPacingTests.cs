using EsnHarness.Contracts.Device.V1;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Device;

/// <summary>A talker's paced frames are contiguous speech: frame i was spoken exactly i frame durations after the first,
/// however early or late the host's pacing timer fires, so a listener's play-out can keep the talker's timing.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class VoiceTalkerPacingTests
{
    [Test]
    public async Task SendVoiceBurst_PacedFrames_SpokenOneFrameDurationApart()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("G");
        using var a = await s.DeviceAsync("a", "G");
        using var b = await s.DeviceAsync("b", "G");
        await s.Devices.PressPttAsync(new PttRequest { DeviceId = "a" }, s.Headers);
        await a.WaitForAsync(e => e.FloorState?.To == "HasPermission", "a talks");

        await s.Devices.SendVoiceBurstAsync(new VoiceBurstRequest { DeviceId = "a", FrameCount = 5, FrameIntervalMs = 20 }, s.Headers);

        var frames = new List<ReceivedMedia>();
        for (var i = 0; i < 5; i++)
        {
            frames.Add((await b.WaitForAsync(e => e.Media is not null, $"frame {i}")).Media);
        }

        var first = frames[0].Packet.SentAt.ToDateTimeOffset();
        Assert.That(frames.Select(f => f.Packet.SentAt.ToDateTimeOffset() - first),
            Is.EqualTo(Enumerable.Range(0, 5).Select(i => TimeSpan.FromMilliseconds(20 * i))));
    }
}

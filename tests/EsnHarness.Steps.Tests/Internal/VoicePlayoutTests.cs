using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Steps.Internal;
using Google.Protobuf.WellKnownTypes;

namespace EsnHarness.Steps.Tests.Internal;

public sealed class VoicePlayoutTests
{
    private static readonly DateTime Spoken = new(2025, 3, 1, 12, 0, 0, DateTimeKind.Utc);
    private static readonly VoiceModel Model = new() { FrameDurationMs = 20, EncoderLookAheadMs = 5, JitterBufferDepthMs = 40 };

    [Test]
    public void Analyse_JitterBufferKeepsTheTalkersTiming_OneSampleAllFramesInTiming()
    {
        // Arrivals 50, 73, 88 ms after the first was spoken; the buffer plays the first at 90 and the rest 20 ms apart.
        var frames = Burst(("b", 0, 50, 90), ("b", 1, 73, 110), ("b", 2, 88, 130));

        var result = VoicePlayout.Analyse(frames, Model, Model);

        Assert.Multiple(() =>
        {
            Assert.That(result.MouthToEarMs, Is.EqualTo(new[] { 90.0 }));
            Assert.That(result.InTiming, Is.EqualTo(2));
            Assert.That(result.OffTiming, Is.EqualTo(0));
            Assert.That(result.Components["jitter buffer (measured)"], Is.EqualTo(40));
            Assert.That(result.Components["codec framing and look-ahead (configured)"], Is.EqualTo(25));
            Assert.That(result.Measure, Does.Contain("codec frame 20 ms and look-ahead 5 ms").And.Contain("jitter buffer 40 ms"));
        });
    }

    [Test]
    public void Analyse_FramesPlayOnArrival_InTimeFramesOffTheTalkersTiming()
    {
        // No buffer: each frame plays when it arrives, 50, 63 and 95 ms after the first was spoken.
        var frames = Burst(("b", 0, 50, 50), ("b", 1, 63, 63), ("b", 2, 95, 95));

        var result = VoicePlayout.Analyse(frames, Model, Model);

        Assert.Multiple(() =>
        {
            Assert.That(result.MouthToEarMs, Is.EqualTo(new[] { 50.0 }));
            Assert.That(result.OffTiming, Is.EqualTo(1), "frame 1 arrived early for its place (70) and played at once: a gap before frame 2");
            Assert.That(result.Quality["frames that arrived after their place in the talker's timing"], Is.EqualTo(1), "frame 2 came after its place (90): late, not judged");
        });
    }

    [Test]
    public void Analyse_DiscardedAndRepeatedFrames_SkippedCountedAndJudged()
    {
        var frames = Burst(("b", 0, 50, 90), ("b", 1, 60, 110), ("b", 1, 61, 111)).ToList();
        frames.Add(("b", Frame(2, 70, null)));

        var result = VoicePlayout.Analyse(frames, talker: null, listener: null);

        Assert.Multiple(() =>
        {
            Assert.That(result.Quality["frames discarded by the jitter buffer"], Is.EqualTo(1));
            Assert.That(result.OffTiming, Is.EqualTo(1), "frame 1 played twice");
            Assert.That(result.Measure, Does.Contain("report no voice model"));
            Assert.That(result.Components.ContainsKey("codec framing and look-ahead (configured)"), Is.False);
        });
    }

    private static IEnumerable<(string, ReceivedMedia)> Burst(params (string Listener, uint Sequence, int ArrivedMs, int? PlayedMs)[] frames) =>
        frames.Select(f => (f.Listener, Frame(f.Sequence, f.ArrivedMs, f.PlayedMs)));

    private static ReceivedMedia Frame(uint sequence, int arrivedMs, int? playedMs)
    {
        var sent = Spoken.AddMilliseconds(20 * sequence);
        var arrived = Spoken.AddMilliseconds(arrivedMs);
        return new ReceivedMedia
        {
            Packet = new MediaPacket { CallId = "call-1", BurstId = 1, Sequence = sequence, FrameDurationMs = 20, SentAt = Timestamp.FromDateTime(sent) },
            ReceivedAt = Timestamp.FromDateTime(arrived),
            PlayedAt = playedMs is { } p ? Timestamp.FromDateTime(Spoken.AddMilliseconds(p)) : null,
            JitterBufferUs = playedMs is { } q ? (q - arrivedMs) * 1000L : 0,
            DiscardedByJitterBuffer = playedMs is null,
        };
    }
}

using System.Globalization;
using EsnHarness.Contracts.Device.V1;

namespace EsnHarness.Steps.Internal;

/// <summary>
/// Mouth-to-ear latency (TS 22.179 KPI3) and play-out continuity of talk bursts, from the voice frames the listeners'
/// terminals report: per burst and listener, the first frame it played gives one sample, played_at − packet.sent_at
/// (the talker's first spoken sample to the start of play-out at the ear); frames the jitter buffer discarded are
/// skipped and counted. Every later frame has a place in the talker's timing: the burst's first played frame plus the
/// talker's offset of it. One that arrived by then (within <see cref="Tolerance"/>) must play there: playing off it (a
/// gap or an overlap the jitter buffer should have absorbed), or twice, counts against continuity; one that arrived
/// later is counted as late (the network's or the MCX's delay, which no jitter buffer could absorb), not against it.
/// </summary>
internal static class VoicePlayout
{
    public static readonly TimeSpan Tolerance = TimeSpan.FromMilliseconds(1);

    /// <summary>Analyses <paramref name="frames"/> (listener, frame), the frames of one talker's bursts.</summary>
    public static VoicePlayoutResult Analyse(IEnumerable<(string Listener, ReceivedMedia Media)> frames, VoiceModel? talker, VoiceModel? listener)
    {
        var samples = new List<double>();
        var parts = new Parts();
        var examples = new List<string>();
        int played = 0, discarded = 0, inTiming = 0, offTiming = 0, late = 0, bursts = 0;
        foreach (var burst in frames.GroupBy(f => (f.Listener, f.Media.Packet.CallId, f.Media.Packet.BurstId)))
        {
            var all = burst.Select(f => f.Media).ToList();
            discarded += all.Count(m => m.DiscardedByJitterBuffer || m.PlayedAt is null);
            var heard = all.Where(m => !m.DiscardedByJitterBuffer && m.PlayedAt is not null).OrderBy(m => m.Packet.Sequence).ToList();
            played += heard.Count;
            if (heard.Count == 0)
            {
                continue;
            }

            bursts++;
            var first = heard[0];
            samples.Add(Ms(first.PlayedAt.ToDateTime() - first.Packet.SentAt.ToDateTime()));
            parts.Add(first);
            foreach (var (previous, frame) in heard.Zip(heard.Skip(1)))
            {
                var spoken = frame.Packet.SentAt.ToDateTime() - first.Packet.SentAt.ToDateTime();
                var heardAt = frame.PlayedAt.ToDateTime() - first.PlayedAt.ToDateTime();
                var arrived = frame.ReceivedAt.ToDateTime() - first.PlayedAt.ToDateTime();
                var twice = frame.Packet.Sequence == previous.Packet.Sequence;
                if (!twice && arrived > spoken + Tolerance)
                {
                    late++; // after its place in the talker's timing: no jitter buffer could have played it there
                }
                else if (twice || (heardAt - spoken).Duration() > Tolerance)
                {
                    offTiming++;
                    if (examples.Count < 5)
                    {
                        examples.Add(string.Create(CultureInfo.InvariantCulture,
                            $"{burst.Key.Listener}: burst {burst.Key.BurstId} frame {frame.Packet.Sequence} {(twice ? "played twice" : $"played {Ms(heardAt):0.###} ms after the burst's first, spoken {Ms(spoken):0.###} ms after it")} (arrived {Ms(frame.ReceivedAt.ToDateTime() - frame.Packet.SentAt.ToDateTime()):0.###} ms after it was spoken)"));
                    }
                }
                else
                {
                    inTiming++;
                }
            }
        }

        var quality = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["bursts heard (burst × listener)"] = bursts,
            ["frames played"] = played,
            ["frames discarded by the jitter buffer"] = discarded,
            ["frames that arrived after their place in the talker's timing"] = late,
            ["frames that arrived in time but played off the talker's timing (gap, overlap or repeat)"] = offTiming,
        };
        return new VoicePlayoutResult(samples, parts.Means(samples, talker), quality, Describe(talker, listener), inTiming, offTiming, examples);
    }

    private static string Describe(VoiceModel? talker, VoiceModel? listener)
    {
        var model = talker is null || listener is null
            ? "The terminals report no voice model (codec framing, look-ahead, jitter buffer depth): the sample's terminal parts are whatever the terminals do."
            : string.Create(CultureInfo.InvariantCulture,
                $"Voice model as the terminals report it: codec frame {talker.FrameDurationMs} ms and look-ahead {talker.EncoderLookAheadMs} ms at the talker, jitter buffer {listener.JitterBufferDepthMs} ms at the listener.");
        return "Per burst and listener: played_at − sent_at of the first frame the listener played, from the talker's first spoken sample to the start of play-out at the ear. "
            + "It includes the talker's codec framing and look-ahead, the uplink radio, the MCX relay, the downlink radio and the listener's jitter buffer; "
            + "frame decoding and audio output in the terminals are not modelled. " + model;
    }

    private static double Ms(TimeSpan span) => Math.Round(span.TotalMilliseconds, 3);

    /// <summary>Sums of the parts of the samples, for their means.</summary>
    private sealed class Parts
    {
        private double _uplink;
        private double _mcx;
        private double _downlink;
        private double _buffer;

        public void Add(ReceivedMedia m)
        {
            var uplink = m.Packet.UplinkModelledDelayUs / 1000.0;
            _uplink += uplink;
            _mcx += m.Packet.ServerReceivedAt is { } received && m.Packet.ServerForwardedAt is { } forwarded
                ? (forwarded.ToDateTime() - received.ToDateTime()).TotalMilliseconds : 0;
            _downlink += (m.ModelledDelayUs / 1000.0) - uplink;
            _buffer += m.JitterBufferUs / 1000.0;
        }

        public IReadOnlyDictionary<string, double> Means(IReadOnlyList<double> samples, VoiceModel? talker)
        {
            var n = Math.Max(1, samples.Count);
            var codec = talker is null ? (double?)null : talker.FrameDurationMs + talker.EncoderLookAheadMs;
            var parts = new Dictionary<string, double>(StringComparer.Ordinal)
            {
                ["uplink radio (modelled)"] = Round(_uplink / n),
                ["MCX relay (measured)"] = Round(_mcx / n),
                ["downlink radio (modelled)"] = Round(_downlink / n),
                ["jitter buffer (measured)"] = Round(_buffer / n),
            };
            if (codec is { } framing)
            {
                parts["codec framing and look-ahead (configured)"] = framing;
                parts["transport and scheduling on the hosts (not modelled)"] = Round((samples.Sum() / n) - parts.Values.Sum());
            }

            return parts;
        }

        private static double Round(double value) => Math.Round(value, 3);
    }
}

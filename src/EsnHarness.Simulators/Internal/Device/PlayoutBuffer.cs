using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>
/// The listener's jitter buffer and play-out (TS 26.114 §8.2.3: the buffering time is decoding start minus arrival).
/// The first frame of a talk burst plays <c>depth</c> after it arrives; later frames keep the talker's timing from it
/// (their spoken instants, as RTP timestamps do), so arrival jitter up to the depth is absorbed; a frame arriving after
/// its slot plays on arrival; none plays before the previous frame of its burst has finished; a duplicate, or a frame
/// older than one already played, is discarded. Without a buffer (<c>bypass</c>: a defect) every frame plays on arrival.
/// </summary>
internal sealed class PlayoutBuffer(TimeSpan depth, DefectSwitch bypass)
{
    private const int MaxBursts = 32;
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Call, string Sender, uint Burst), BurstPlayout> _bursts = [];
    private readonly Queue<(string Call, string Sender, uint Burst)> _order = new();

    /// <summary>The burst the last frame belonged to (nearly always the next frame's too): found without hashing the key.</summary>
    private (string Call, string Sender, uint Burst) _lastKey;
    private BurstPlayout? _last;

    /// <summary>When <paramref name="packet"/>, arrived at <paramref name="arrival"/>, plays; null when discarded.</summary>
    public DateTimeOffset? Play(MediaPacket packet, DateTimeOffset arrival)
    {
        if (bypass.On)
        {
            return arrival;
        }

        var spoken = packet.SentAt?.ToDateTimeOffset() ?? arrival;
        var frame = TimeSpan.FromMilliseconds(packet.FrameDurationMs);
        var key = (packet.CallId, packet.SenderMcpttId, packet.BurstId);
        lock (_gate)
        {
            if (!IsLast(key, out var burst) && !_bursts.TryGetValue(key, out burst))
            {
                var first = arrival + depth;
                Remember(key, new BurstPlayout(first - spoken, packet.Sequence, first + frame));
                return first;
            }

            (_lastKey, _last) = (key, burst);

            if (packet.Sequence <= burst.LastSequence)
            {
                return null;
            }

            var slot = spoken + burst.Offset;
            var at = Latest(slot, arrival, burst.End);
            burst.LastSequence = packet.Sequence;
            burst.End = at + frame;
            return at;
        }
    }

    private bool IsLast((string Call, string Sender, uint Burst) key, out BurstPlayout burst)
    {
        burst = _last!;
        return _last is not null && key.Burst == _lastKey.Burst && string.Equals(key.Call, _lastKey.Call, StringComparison.Ordinal)
            && string.Equals(key.Sender, _lastKey.Sender, StringComparison.Ordinal);
    }

    private void Remember((string Call, string Sender, uint Burst) key, BurstPlayout burst)
    {
        _bursts[key] = burst;
        (_lastKey, _last) = (key, burst);
        _order.Enqueue(key);
        while (_order.Count > MaxBursts)
        {
            _bursts.Remove(_order.Dequeue()); // never the last burst: that is the one just added
        }
    }

    private static DateTimeOffset Latest(DateTimeOffset a, DateTimeOffset b, DateTimeOffset c)
    {
        var ab = a > b ? a : b;
        return ab > c ? ab : c;
    }

    /// <summary>One talk burst's play-out: spoken instant to play-out offset, last frame played and when it ends.</summary>
    private sealed class BurstPlayout(TimeSpan offset, uint lastSequence, DateTimeOffset end)
    {
        public TimeSpan Offset { get; } = offset;

        public uint LastSequence { get; set; } = lastSequence;

        public DateTimeOffset End { get; set; } = end;
    }
}

using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Internal.Grpc;
using Google.Protobuf.WellKnownTypes;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>
/// The frames of one talk burst as a talker's codec produces them, on the network or off it: each stamped with the
/// instant its first sample was spoken. Paced frames are contiguous audio: frame i was spoken exactly i frames after the
/// first, whenever the host gets round to sending it (a pacing timer firing early or late must not make speech shorter
/// or longer), and is due the codec's framing and look-ahead after that. Back-to-back frames (load tests) are stamped
/// when sent, less the codec delay.
/// </summary>
internal sealed class VoiceFrames
{
    private const uint DefaultFrameBytes = 33; // AMR-WB 12.65 kbit/s, 20 ms
    private readonly string _callId;
    private readonly string _sender;
    private readonly uint _burst;
    private readonly uint _count;
    private readonly int _size;
    private readonly TimeSpan _codecDelay;
    private readonly DateTimeOffset _firstSpoken;

    public VoiceFrames(string callId, string sender, uint burst, VoiceBurstRequest request, VoiceModelOptions voice, DateTimeOffset now)
    {
        if (request.FrameCount is 0 or > 10_000)
        {
            throw Errors.Invalid($"field 'frame_count' must be 1..10000, got {request.FrameCount}");
        }

        (_callId, _sender, _burst, _count) = (callId, sender, burst, request.FrameCount);
        _size = (int)Math.Min(request.FrameSizeBytes == 0 ? DefaultFrameBytes : request.FrameSizeBytes, 1500);
        Frame = request.FrameIntervalMs == 0 ? voice.FrameDuration : TimeSpan.FromMilliseconds(request.FrameIntervalMs);
        Paced = request.FrameIntervalMs > 0;
        _codecDelay = voice.AlgorithmicDelay(Frame);
        _firstSpoken = now - _codecDelay;
    }

    /// <summary>Audio in one frame.</summary>
    public TimeSpan Frame { get; }

    /// <summary>Frames leave one frame apart (else back to back, for load tests).</summary>
    public bool Paced { get; }

    public uint Count => _count;

    /// <summary>Frame <paramref name="sequence"/>, sent now.</summary>
    public MediaPacket At(uint sequence, DateTimeOffset now) => new()
    {
        CallId = _callId, SenderMcpttId = _sender, BurstId = _burst, Sequence = sequence,
        Payload = Google.Protobuf.ByteString.CopyFrom(new byte[_size]), FrameDurationMs = (uint)Frame.TotalMilliseconds,
        SentAt = Timestamp.FromDateTimeOffset(Paced ? _firstSpoken + (Frame * sequence) : now - _codecDelay),
        LastInBurst = sequence == _count - 1,
    };

    /// <summary>How long from <paramref name="now"/> until the frame after <paramref name="sequence"/> is complete (never negative).</summary>
    public TimeSpan UntilNext(uint sequence, DateTimeOffset now)
    {
        var due = _firstSpoken + (Frame * (sequence + 1)) + _codecDelay - now;
        return due > TimeSpan.Zero ? due : TimeSpan.Zero;
    }
}

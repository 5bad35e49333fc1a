using System.Security.Cryptography;
using EsnHarness.Contracts.Mcx.V1;
using Google.Protobuf.WellKnownTypes;

namespace EsnHarness.Simulators.Internal.Mcx.Recording;

/// <summary>One talk burst as the recorder receives it: its first and last frame and a running SHA-256 of the payloads.
/// Guarded by the recorder's lock.</summary>
internal sealed class BurstRecording(string talker, string functionalAlias, uint burstId, DateTimeOffset firstFrameAt) : IDisposable
{
    private readonly IncrementalHash _digest = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly DateTimeOffset _startsAt = firstFrameAt;
    private DateTimeOffset _endsAt = firstFrameAt;
    private uint _frames;
    private string? _final;

    public string Talker => talker;

    public uint BurstId => burstId;

    public void Add(MediaPacket frame, DateTimeOffset receivedAt)
    {
        if (_final is not null)
        {
            return;
        }

        _digest.AppendData(frame.Payload.Span);
        _frames++;
        var ends = receivedAt + TimeSpan.FromMilliseconds(frame.FrameDurationMs);
        _endsAt = ends > _endsAt ? ends : _endsAt;
    }

    /// <summary>The call ended: no more frames; the digest is fixed and its state released.</summary>
    public void Seal()
    {
        _final ??= Hex(_digest.GetHashAndReset());
        _digest.Dispose();
    }

    public TalkBurstRecord ToRecord() => new()
    {
        TalkerMcpttId = talker,
        TalkerFunctionalAlias = functionalAlias,
        BurstId = burstId,
        StartedAt = Timestamp.FromDateTimeOffset(_startsAt),
        EndedAt = Timestamp.FromDateTimeOffset(_endsAt),
        Frames = _frames,
        MediaSha256 = _final ?? Hex(_digest.GetCurrentHash()),
    };

    public void Dispose() => _digest.Dispose();

    private static string Hex(byte[] hash) => Convert.ToHexStringLower(hash);
}

using EsnHarness.Contracts.Mcx.V1;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace EsnHarness.WebConsole.Internal.Mcx;

/// <summary>
/// The dispatcher's talk burst while PTT is held and the floor granted. The reference console has no microphone path, so it
/// sends 20 ms silence frames at the voice frame rate: the floor stays taken (the arbitrator's end-of-media timer T1 sees
/// media) and every receiver gets a burst, as from a console's microphone. Each frame the MCX accepts, and the burst's end, are
/// reported to <paramref name="sent"/> (frames accepted so far, still live) for the screen's audio meter.
/// </summary>
internal sealed class TalkBurst(McxClients clients, string callId, string me, uint burstId, TimeProvider time, Action<TalkBurst, int, bool> sent)
{
    private int _accepted;

    private static readonly TimeSpan FrameInterval = TimeSpan.FromMilliseconds(20);
    private static readonly ByteString Silence = ByteString.CopyFrom(new byte[33]);
    private readonly CancellationTokenSource _stop = new();
    private Task _frames = Task.CompletedTask;
    private uint _sequence;

    public string CallId => callId;

    public uint BurstId => burstId;

    public void Start() => _frames = SendFramesAsync(_stop.Token);

    /// <summary>Stops the frames and sends the burst's last one.</summary>
    public async Task StopAsync(CancellationToken ct)
    {
        await _stop.CancelAsync();
        await _frames;
        _stop.Dispose();
        try
        {
            await clients.Mcx.SendMediaAsync(Frame(last: true), clients.Options(ct));
            _accepted++;
        }
        catch (RpcException)
        {
            // The floor is already gone (revoked, call ended): there is no burst left to close.
        }

        sent(this, _accepted, false);
    }

    private async Task SendFramesAsync(CancellationToken ct)
    {
        using var pacing = new PeriodicTimer(FrameInterval, time);
        try
        {
            // A frame on its way is never cancelled: a cancelled call may still have reached the MCX, which would then hold a frame
            // the meter did not count. The release stops the pacing; the frame in flight finishes first.
            do
            {
                await clients.Mcx.SendMediaAsync(Frame(last: false), clients.Options(CancellationToken.None));
                sent(this, ++_accepted, true);
            }
            while (!ct.IsCancellationRequested && await pacing.WaitForNextTickAsync(ct));
        }
        catch (OperationCanceledException)
        {
            // PTT released.
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.Cancelled || ct.IsCancellationRequested)
        {
            // PTT released while a frame was on its way.
        }
        catch (RpcException)
        {
            // The MCX no longer takes this burst (floor revoked, call ended): the floor event says so on the screen.
        }
    }

    private MediaPacket Frame(bool last) => new()
    {
        CallId = callId,
        SenderMcpttId = me,
        BurstId = burstId,
        Sequence = _sequence++,
        Payload = Silence,
        FrameDurationMs = (uint)FrameInterval.TotalMilliseconds,
        SentAt = Timestamp.FromDateTimeOffset(time.GetUtcNow()),
        LastInBurst = last,
    };
}

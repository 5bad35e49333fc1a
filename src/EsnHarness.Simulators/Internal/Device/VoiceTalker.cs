using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.FloorControl;
using EsnHarness.Simulators.Internal.Grpc;
using Google.Protobuf.WellKnownTypes;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>
/// The talker's end of the voice path: frames paced at the codec frame interval, each stamped with the instant its
/// first sample was spoken (paced frames: the burst's first plus one frame duration per frame, as a codec's contiguous
/// audio is; a frame is sent the codec's framing and look-ahead after that, <see cref="VoiceModelOptions"/>), sent over
/// the modelled uplink in order while the terminal holds the floor. Back-to-back frames (load tests) are stamped when sent.
/// </summary>
internal sealed class VoiceTalker(string deviceId, DeviceRegistration registration, RadioLink radio, DeviceUplink uplink, VoiceModelOptions voice, TimeProvider time)
{
    private const uint DefaultFrameBytes = 33; // AMR-WB 12.65 kbit/s, 20 ms

    public async Task<VoiceBurstResponse> SendBurstAsync(DeviceCall call, VoiceBurstRequest request, CancellationToken ct)
    {
        if (call.Participant.State != ParticipantState.HasPermission)
        {
            throw Errors.Precondition(
                $"device_id '{deviceId}' does not hold the floor in call '{call.Info.CallId}' (floor state {call.Participant.State}): press PTT and wait for Floor Granted");
        }

        if (request.FrameCount is 0 or > 10_000)
        {
            throw Errors.Invalid($"field 'frame_count' must be 1..10000, got {request.FrameCount}");
        }

        var burst = (uint)call.NextBurst();
        var size = (int)Math.Min(request.FrameSizeBytes == 0 ? DefaultFrameBytes : request.FrameSizeBytes, 1500);
        var frame = request.FrameIntervalMs == 0 ? voice.FrameDuration : TimeSpan.FromMilliseconds(request.FrameIntervalMs);
        var codecDelay = voice.AlgorithmicDelay(frame);

        // The codec's frames are contiguous audio: frame i was spoken exactly i frames after the first, whenever the
        // host gets round to sending it (a pacing timer firing early or late must not make speech shorter or longer).
        var firstSpoken = time.GetUtcNow() - codecDelay;
        Task previous = Task.CompletedTask;
        uint dropped = 0;
        uint sent = 0;
        for (uint i = 0; i < request.FrameCount; i++)
        {
            if (i > 0 && call.Participant.State != ParticipantState.HasPermission)
            {
                // Revoked (talk time, pre-emption) or the call ended: the terminal stops transmitting, as a participant
                // in 'U: pending Release' sends no media; the rest of the burst is never sent.
                break;
            }

            sent++;
            var packet = new MediaPacket
            {
                CallId = call.Info.CallId, SenderMcpttId = registration.McpttId, BurstId = burst, Sequence = i,
                Payload = Google.Protobuf.ByteString.CopyFrom(new byte[size]), FrameDurationMs = (uint)frame.TotalMilliseconds,
                SentAt = Timestamp.FromDateTimeOffset(request.FrameIntervalMs > 0 ? firstSpoken + (frame * i) : time.GetUtcNow() - codecDelay),
                LastInBurst = i == request.FrameCount - 1,
            };
            if (!radio.InService || radio.Lost())
            {
                dropped++;
            }
            else
            {
                previous = SendFrameAsync(packet, previous, ct);
            }

            if (request.FrameIntervalMs > 0 && i + 1 < request.FrameCount)
            {
                // Allowed: voice frames are paced at the codec frame interval, each sent when its audio is complete.
                var due = firstSpoken + (frame * (i + 1)) + codecDelay - time.GetUtcNow();
                await Task.Delay(due > TimeSpan.Zero ? due : TimeSpan.Zero, time, ct);
            }
        }

        await previous;
        if (request.ReleaseAfter)
        {
            call.Participant.PttReleased();
        }

        return new VoiceBurstResponse { BurstId = burst, FramesSent = sent, FramesDroppedUplink = dropped };
    }

    /// <summary>Sends a frame after its modelled uplink delay, but never before the previous frame (RTP order).</summary>
    private async Task SendFrameAsync(MediaPacket packet, Task previous, CancellationToken ct)
    {
        var delay = radio.UplinkDelay();
        packet.UplinkModelledDelayUs = delay.Ticks / 10;
        await radio.DelayAsync(delay, ct);
        await previous;
        await uplink.SendMediaAsync(packet, ct);
    }
}

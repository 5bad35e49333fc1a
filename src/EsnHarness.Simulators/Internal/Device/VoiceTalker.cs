using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.FloorControl;
using EsnHarness.Simulators.Internal.Grpc;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>
/// The talker's end of the voice path: frames paced at the codec frame interval, each stamped with the instant its
/// first sample was spoken (paced frames: the burst's first plus one frame duration per frame, as a codec's contiguous
/// audio is; a frame is sent the codec's framing and look-ahead after that, <see cref="VoiceModelOptions"/>), sent over
/// the modelled uplink in order while the terminal holds the floor. Back-to-back frames (load tests) are stamped when sent.
/// </summary>
internal sealed class VoiceTalker(string deviceId, DeviceRegistration registration, RadioLink radio, DeviceUplink uplink, VoiceModelOptions voice, TimeProvider time)
{
    public async Task<VoiceBurstResponse> SendBurstAsync(DeviceCall call, VoiceBurstRequest request, CancellationToken ct)
    {
        if (call.Participant.State != ParticipantState.HasPermission)
        {
            throw Errors.Precondition(
                $"device_id '{deviceId}' does not hold the floor in call '{call.Info.CallId}' (floor state {call.Participant.State}): press PTT and wait for Floor Granted");
        }

        var burst = (uint)call.NextBurst();
        var frames = new VoiceFrames(call.Info.CallId, registration.McpttId, burst, request, voice, time.GetUtcNow());
        Task previous = Task.CompletedTask;
        uint dropped = 0;
        uint sent = 0;
        for (uint i = 0; i < frames.Count; i++)
        {
            if (i > 0 && call.Participant.State != ParticipantState.HasPermission)
            {
                // Revoked (talk time, pre-emption) or the call ended: the terminal stops transmitting, as a participant
                // in 'U: pending Release' sends no media; the rest of the burst is never sent.
                break;
            }

            sent++;
            var packet = frames.At(i, time.GetUtcNow());
            if (!radio.InService || radio.Lost() || radio.LosesFrameToHandover(frames.Frame))
            {
                dropped++;
            }
            else
            {
                previous = SendFrameAsync(packet, previous, ct);
            }

            if (frames.Paced && i + 1 < frames.Count)
            {
                await Task.Delay(frames.UntilNext(i, time.GetUtcNow()), time, ct); // allowed: voice frames are paced at the codec frame interval
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

using EsnHarness.Contracts.Device.V1;
using EsnHarness.Simulators.FloorControl.OffNetwork;
using EsnHarness.Simulators.Internal.Grpc;

namespace EsnHarness.Simulators.Internal.Device.DirectMode;

/// <summary>The talker's end off-network: frames paced at the codec frame interval go out on the sidelink while the
/// terminal holds the floor ('O: has permission'); each receiver in range gets them after its own sidelink delay.</summary>
internal sealed class DirectModeTalker(DirectModeContext context, VoiceModelOptions voice)
{
    public async Task<VoiceBurstResponse> SendBurstAsync(DirectModeCall call, VoiceBurstRequest request, CancellationToken ct)
    {
        var participant = call.Participant;
        if (participant?.State != OffNetworkState.HasPermission)
        {
            throw Errors.Precondition(
                $"device_id '{context.DeviceId}' does not hold the floor in direct-mode call '{call.CallId}' (floor state {OffNetworkStates.Name(participant?.State ?? OffNetworkState.StartStop)}): press PTT and wait for 'O: has permission'");
        }

        var burst = (uint)call.NextBurst();
        var frames = new VoiceFrames(call.CallId, context.Self, burst, request, voice, context.Time.GetUtcNow());
        uint sent = 0;
        for (uint i = 0; i < frames.Count; i++)
        {
            if (i > 0 && participant.State != OffNetworkState.HasPermission)
            {
                // Pre-empted, talk time over or the call ended: the terminal stops transmitting.
                break;
            }

            sent++;
            context.Send(new VoiceSignal(context.Self, call.IsPrivate ? call.Peer : null, frames.At(i, context.Time.GetUtcNow())));
            if (frames.Paced && i + 1 < frames.Count)
            {
                await Task.Delay(frames.UntilNext(i, context.Time.GetUtcNow()), context.Time, ct); // allowed: voice frames are paced at the codec frame interval
            }
        }

        if (request.ReleaseAfter)
        {
            participant.PttReleased();
        }

        return new VoiceBurstResponse { BurstId = burst, FramesSent = sent };
    }
}

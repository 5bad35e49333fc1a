using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using Google.Protobuf.WellKnownTypes;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>
/// The listener's end of the voice path: a frame coming down the link tells the call's floor participant someone
/// talks, goes through the jitter buffer (unless a console's audio select keeps it off the speaker), and is observed with
/// its arrival, its modelled network delay and when it plays.
/// </summary>
internal sealed class VoiceReceiver(DeviceCallTable calls, PlayoutBuffer playout, ConsoleAudioSelect audio, DeviceEventLog events, TimeProvider time)
{
    public void OnFrame(MediaPacket packet, TimeSpan downlinkDelay, DateTimeOffset? arrival)
    {
        calls.OnMediaReceived(packet.CallId);
        var arrived = arrival ?? time.GetUtcNow();
        var muted = !audio.Plays(packet.CallId);
        var played = muted ? null : playout.Play(packet, arrived);
        var receivedAt = Timestamp.FromDateTimeOffset(arrived); // also when the terminal observed it (one stamp, not two)
        var media = new ReceivedMedia
        {
            Packet = packet,
            ReceivedAt = receivedAt,
            ModelledDelayUs = packet.UplinkModelledDelayUs + (downlinkDelay.Ticks / 10),
            PlayedAt = played is { } at ? Timestamp.FromDateTimeOffset(at) : null,
            JitterBufferUs = played is { } wait ? (wait - arrived).Ticks / 10 : 0,
            DiscardedByJitterBuffer = played is null && !muted,
            AudioMuted = muted,
        };
        events.Emit(new DeviceEvent { Media = media }, receivedAt);
    }
}

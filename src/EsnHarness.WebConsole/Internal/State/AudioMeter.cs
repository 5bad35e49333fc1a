namespace EsnHarness.WebConsole.Internal.State;

/// <summary>
/// The voice of the latest talk burst on a group or private call as the console handled it (mutated only under the state's lock):
/// frames received from a talker, or frames of the dispatcher's own burst the MCX accepted. The screen shows it with its count, so
/// a dispatcher (and a test) can tell that voice really arrived or went out, not only that the floor said so.
/// </summary>
internal sealed class AudioMeter(string senderId, uint burstId, bool outgoing)
{
    public string SenderId { get; } = senderId;

    public uint BurstId { get; } = burstId;

    /// <summary>True for the dispatcher's own burst (frames sent and accepted by the MCX); false for frames received.</summary>
    public bool Outgoing { get; } = outgoing;

    public int Frames { get; set; }

    /// <summary>True while the burst goes on; false once its last frame passed or the floor went idle.</summary>
    public bool Live { get; set; } = true;

    /// <summary>How often a live burst's count is shown: every this many frames (100 ms of 20 ms frames).</summary>
    public const int ShownEvery = 5;

    /// <summary>True when the screens should be told of this meter now: its first frame (voice arrived), every
    /// <see cref="ShownEvery"/>th, and the burst's end (the exact count).</summary>
    public bool Worth => Frames == 1 || Frames % ShownEvery == 0 || !Live;

    /// <summary>The meter for a frame of <paramref name="senderId"/>'s burst <paramref name="burstId"/>: this one while the burst is
    /// the same, else a new one.</summary>
    public static AudioMeter For(AudioMeter? current, string senderId, uint burstId, bool outgoing) =>
        current is not null && current.SenderId == senderId && current.BurstId == burstId && current.Outgoing == outgoing ? current : new AudioMeter(senderId, burstId, outgoing);
}

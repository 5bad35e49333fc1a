namespace EsnHarness.WebConsole.Internal.State;

/// <summary>A private call of the dispatcher (mutated only under the state's lock).</summary>
internal sealed class PrivateCall(string callId, string peerId, bool incoming, bool listening = false)
{
    public string CallId { get; } = callId;

    /// <summary>The other party's MCPTT ID.</summary>
    public string PeerId { get; } = peerId;

    /// <summary>True when the other party called the dispatcher.</summary>
    public bool Incoming { get; } = incoming;

    /// <summary>True for the dispatcher's ambient listening call to the peer's terminal (TS 23.379 §10.14): only the peer talks.</summary>
    public bool Listening { get; } = listening;

    /// <summary>incoming (ringing here), ringing (ringing there) or active.</summary>
    public string State { get; set; } = incoming ? "incoming" : listening ? "active" : "ringing";

    public string? TalkerId { get; set; }

    public FloorView Floor { get; set; } = FloorView.Idle;

    /// <summary>The voice of the latest talk burst in the call; null before any.</summary>
    public AudioMeter? Audio { get; set; }
}

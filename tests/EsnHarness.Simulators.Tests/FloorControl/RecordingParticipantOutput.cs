using EsnHarness.Simulators.FloorControl;

namespace EsnHarness.Simulators.Tests.FloorControl;

/// <summary>Records what a participant sends and every state change it reports.</summary>
public sealed class RecordingParticipantOutput : IParticipantOutput
{
    private readonly List<string> _sent = [];
    private readonly List<(ParticipantState From, ParticipantState To, string Reason)> _transitions = [];

    public IReadOnlyList<string> Sent => _sent;

    public IReadOnlyList<(ParticipantState From, ParticipantState To, string Reason)> Transitions => _transitions;

    public (ParticipantState From, ParticipantState To, string Reason) LastTransition => _transitions[^1];

    public int Count(string message) => _sent.Count(m => m == message);

    public void Clear()
    {
        _sent.Clear();
        _transitions.Clear();
    }

    public void SendFloorRequest(FloorPriority priority) => _sent.Add($"Request({priority.Level},{priority.Priority})");

    public void SendFloorRelease() => _sent.Add("Release");

    public void SendQueuePositionRequest() => _sent.Add("QueuePositionRequest");

    public void StateChanged(ParticipantState from, ParticipantState to, string reason) => _transitions.Add((from, to, reason));
}

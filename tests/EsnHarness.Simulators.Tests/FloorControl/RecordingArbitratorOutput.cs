using System.Collections.Concurrent;
using EsnHarness.Simulators.FloorControl;

namespace EsnHarness.Simulators.Tests.FloorControl;

/// <summary>Records every message and state change the arbitrator produces, as short readable strings.</summary>
public sealed class RecordingArbitratorOutput : IArbitratorOutput, IArbitratorStateObserver
{
    private readonly ConcurrentQueue<string> _messages = new();
    private readonly ConcurrentQueue<(ArbitratorState From, ArbitratorState To, string Reason)> _transitions = new();

    public IReadOnlyList<string> Messages => [.. _messages];

    public IReadOnlyList<(ArbitratorState From, ArbitratorState To, string Reason)> Transitions => [.. _transitions];

    public int CallInactiveCount { get; private set; }

    public IReadOnlyList<string> To(string participant) =>
        [.. _messages.Where(m => m.EndsWith($"->{participant}", StringComparison.Ordinal))];

    public int Count(string prefix) => _messages.Count(m => m.StartsWith(prefix, StringComparison.Ordinal));

    public void Clear()
    {
        _messages.Clear();
        _transitions.Clear();
    }

    public void Granted(string participant, TimeSpan durationLimit) => _messages.Enqueue($"Granted({durationLimit.TotalSeconds}s)->{participant}");

    public void Taken(string participant, string talker) => _messages.Enqueue($"Taken({talker})->{participant}");

    public void Deny(string participant, FloorCause cause) => _messages.Enqueue($"Deny({(int)cause})->{participant}");

    public void Revoke(string participant, FloorCause cause) => _messages.Enqueue($"Revoke({(int)cause})->{participant}");

    public void Idle(string participant) => _messages.Enqueue($"Idle->{participant}");

    public void QueuePositionInfo(string participant, int position) => _messages.Enqueue($"Queue({position})->{participant}");

    public void CallInactive()
    {
        CallInactiveCount++;
        _messages.Enqueue("CallInactive");
    }

    public void StateChanged(ArbitratorState from, ArbitratorState to, string reason) => _transitions.Enqueue((from, to, reason));
}

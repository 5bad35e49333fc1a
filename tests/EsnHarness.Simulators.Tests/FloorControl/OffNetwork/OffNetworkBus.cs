using EsnHarness.Simulators.FloorControl;
using EsnHarness.Simulators.FloorControl.OffNetwork;
using Microsoft.Extensions.Time.Testing;

namespace EsnHarness.Simulators.Tests.FloorControl.OffNetwork;

/// <summary>
/// A direct-mode radio channel for tests: every message a participant sends reaches every other participant, delivered
/// in order by <see cref="Pump"/> (never from inside a sender), on one fake clock.
/// </summary>
public sealed class OffNetworkBus
{
    private readonly Queue<(string Sender, OffNetworkFloorMessage Message)> _air = new();
    private readonly Dictionary<string, OffNetworkFloorParticipant> _participants = new(StringComparer.Ordinal);

    public OffNetworkBus(OffNetworkFloorTimers? timers = null, params string[] names)
    {
        Timers = timers ?? new OffNetworkFloorTimers();
        foreach (var name in names)
        {
            _participants[name] = new OffNetworkFloorParticipant(name, Timers, Time, new Radio(this, name));
        }
    }

    public OffNetworkFloorTimers Timers { get; }

    public FakeTimeProvider Time { get; } = new();

    public List<string> Log { get; } = [];

    public List<string> Warnings { get; } = [];

    public OffNetworkFloorParticipant this[string name] => _participants[name];

    /// <summary>Starts a group call (or a private call between two) that <paramref name="originator"/> set up.</summary>
    public void StartCall(string originator, bool privateCall = false, Func<string, FloorPriority>? priority = null)
    {
        foreach (var (name, participant) in _participants)
        {
            participant.Start(originator, priority?.Invoke(name) ?? FloorPriority.Normal, privateCall);
        }

        Pump();
    }

    public void Pump()
    {
        while (_air.TryDequeue(out var sent))
        {
            foreach (var (name, participant) in _participants)
            {
                if (name != sent.Sender)
                {
                    participant.Receive(sent.Message);
                }
            }
        }
    }

    public void Advance(TimeSpan by, TimeSpan? step = null)
    {
        var tick = step ?? TimeSpan.FromMilliseconds(10);
        for (var elapsed = TimeSpan.Zero; elapsed < by; elapsed += tick)
        {
            Time.Advance(tick);
            Pump();
        }
    }

    public void Media(string talker)
    {
        foreach (var (name, participant) in _participants)
        {
            if (name != talker)
            {
                participant.MediaReceived(talker);
            }
        }

        Pump();
    }

    private sealed class Radio(OffNetworkBus bus, string name) : IOffNetworkFloorOutput
    {
        public void Send(OffNetworkFloorMessage message)
        {
            bus.Log.Add($"{name}: {message.Kind}{(message.To is null ? "" : $"->{message.To}")}{(message.Cause is null ? "" : $"({(int)message.Cause})")}{(message.QueuePosition > 0 ? $"#{message.QueuePosition}" : "")}");
            bus._air.Enqueue((name, message));
        }

        public void StateChanged(OffNetworkState from, OffNetworkState to, string reason)
        {
        }

        public void TalkTimeWarning() => bus.Warnings.Add(name);
    }
}

using EsnHarness.Simulators.FloorControl;
using Microsoft.Extensions.Time.Testing;

namespace EsnHarness.Simulators.Tests.FloorControl;

/// <summary>
/// Wires one arbitrator to several participants the way a simulator should: every output only enqueues a
/// delivery, and <see cref="Pump"/> delivers them in order, so no machine is re-entered from inside another.
/// </summary>
public sealed class FloorBus : IArbitratorOutput
{
    private readonly Queue<Action> _deliveries = new();
    private readonly Dictionary<string, FloorParticipant> _participants = new(StringComparer.Ordinal);

    public FloorBus(ArbitratorOptions options, params string[] names)
    {
        Arbitrator = new FloorArbitrator(options, Time, this);
        foreach (var name in names)
        {
            var participant = new FloorParticipant(options.Timers, Time, new Uplink(this, name));
            _participants[name] = participant;
            participant.Start();
        }

        Arbitrator.Start(names);
        Pump();
    }

    public FakeTimeProvider Time { get; } = new();

    public FloorArbitrator Arbitrator { get; }

    public List<string> CallEvents { get; } = [];

    public FloorParticipant this[string name] => _participants[name];

    public void Pump()
    {
        while (_deliveries.TryDequeue(out var delivery))
        {
            delivery();
        }
    }

    public void Advance(double seconds)
    {
        for (var elapsed = 0.0; elapsed < seconds; elapsed += 0.05)
        {
            Time.Advance(TimeSpan.FromMilliseconds(50));
            Pump();
        }
    }

    public void Granted(string participant, TimeSpan durationLimit) => _deliveries.Enqueue(() => _participants[participant].OnGranted(durationLimit));

    public void Taken(string participant, string talker) => _deliveries.Enqueue(() => _participants[participant].OnTaken(talker));

    public void Deny(string participant, FloorCause cause) => _deliveries.Enqueue(() => _participants[participant].OnDeny(cause));

    public void Revoke(string participant, FloorCause cause) => _deliveries.Enqueue(() => _participants[participant].OnRevoke(cause));

    public void Idle(string participant) => _deliveries.Enqueue(() => _participants[participant].OnIdle());

    public void QueuePositionInfo(string participant, int position) => _deliveries.Enqueue(() => _participants[participant].OnQueuePositionInfo(position));

    public void CallInactive() => CallEvents.Add("inactive");

    private sealed class Uplink(FloorBus bus, string name) : IParticipantOutput
    {
        public void SendFloorRequest(FloorPriority priority) => bus._deliveries.Enqueue(() => bus.Arbitrator.FloorRequest(name, priority));

        public void SendFloorRelease() => bus._deliveries.Enqueue(() => bus.Arbitrator.FloorRelease(name));

        public void SendQueuePositionRequest() => bus._deliveries.Enqueue(() => bus.Arbitrator.QueuePositionRequest(name));

        public void StateChanged(ParticipantState from, ParticipantState to, string reason)
        {
        }
    }
}

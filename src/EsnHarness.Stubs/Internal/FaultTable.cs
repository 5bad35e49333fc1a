namespace EsnHarness.Stubs.Internal;

/// <summary>The faults switched on in one stub session, per endpoint. Thread-safe: requests consult it while
/// steps change it.</summary>
internal sealed class FaultTable(Random random)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Slot> _delays = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Slot> _outcomes = new(StringComparer.Ordinal);

    /// <summary>Raised once a delayed request's timer is running (tests use it to advance a fake clock).</summary>
    public event Action<string>? Held;

    public void NotifyHeld(string endpoint) => Held?.Invoke(endpoint);

    public void Set(string endpoint, StubFault fault)
    {
        lock (_gate)
        {
            (fault.IsDelay ? _delays : _outcomes)[endpoint] = new Slot(fault, fault.Times);
        }
    }

    public void Clear(string endpoint)
    {
        lock (_gate)
        {
            _delays.Remove(endpoint);
            _outcomes.Remove(endpoint);
        }
    }

    public IReadOnlyList<StubFault> Active(string endpoint)
    {
        lock (_gate)
        {
            return new[] { _delays.GetValueOrDefault(endpoint), _outcomes.GetValueOrDefault(endpoint) }
                .Where(s => s is not null).Select(s => s!.Fault).ToList();
        }
    }

    /// <summary>The plan for the next request to <paramref name="endpoint"/>; counts it against faults limited in times.</summary>
    public FaultPlan Take(string endpoint)
    {
        lock (_gate)
        {
            var delay = Consume(_delays, endpoint) is { } d ? Draw(d) : TimeSpan.Zero;
            return new FaultPlan(delay, Consume(_outcomes, endpoint));
        }
    }

    private static StubFault? Consume(Dictionary<string, Slot> slots, string endpoint)
    {
        if (!slots.TryGetValue(endpoint, out var slot))
        {
            return null;
        }

        if (slot.Remaining is { } remaining)
        {
            if (remaining <= 1)
            {
                slots.Remove(endpoint);
            }
            else
            {
                slots[endpoint] = slot with { Remaining = remaining - 1 };
            }
        }

        return slot.Fault;
    }

    private TimeSpan Draw(StubFault delay) => delay.Kind == StubFaultKind.RandomDelay
        ? delay.MinimumDelay + ((delay.MaximumDelay - delay.MinimumDelay) * random.NextDouble())
        : delay.MinimumDelay;

    private sealed record Slot(StubFault Fault, int? Remaining);
}

using EsnHarness.Contracts.CadGateway.V1;
using EsnHarness.Simulators.Internal.Grpc;

namespace EsnHarness.Simulators.Internal.CadGateway;

/// <summary>The last 100 things a gateway did, one line each, for failure messages (never for verdicts).</summary>
internal sealed class GatewayActivityLog(TimeProvider time)
{
    private const int Capacity = 100;
    private readonly Queue<ActivityEntry> _entries = new();
    private readonly Lock _gate = new();

    public void Add(string line, bool failed = false)
    {
        var entry = new ActivityEntry { At = Clock.Now(time), Line = line, Failed = failed };
        lock (_gate)
        {
            _entries.Enqueue(entry);
            while (_entries.Count > Capacity)
            {
                _entries.Dequeue();
            }
        }
    }

    public GatewayActivity Snapshot()
    {
        var activity = new GatewayActivity();
        lock (_gate)
        {
            activity.Entries.AddRange(_entries.Select(e => e.Clone()));
        }

        return activity;
    }
}

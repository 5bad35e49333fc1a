using System.Threading.Channels;
using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Worlds;

namespace EsnHarness.Simulators.Internal.Mcx.Location;

/// <summary>
/// The users' last reported locations (TS 23.280 §10.9 location management) and the location feed a control room's AVL
/// consumes. A leaf of the world's lock order: its lock guards the records and watchers; writing to a watcher's
/// unbounded feed never blocks.
/// </summary>
internal sealed class McxLocations(WorldScope scope)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, LocationRecord> _records = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LocationRecord> _firsts = new(StringComparer.Ordinal);
    private readonly List<LocationWatcher> _watchers = [];

    /// <summary>Records a report of a registered user and forwards it to the feeds watching them.</summary>
    public void Record(string mcpttId, GeoLocation location, string trigger)
    {
        lock (_gate)
        {
            var previous = _records.GetValueOrDefault(mcpttId);
            var record = new LocationRecord
            {
                McpttId = mcpttId,
                Location = location,
                Trigger = trigger,
                ReceivedAt = Clock.Now(scope.Time),
                ReportCount = (previous?.ReportCount ?? 0) + 1,
            };
            _records[mcpttId] = record;
            _firsts.TryAdd(mcpttId, record);
            // The stale-location defect changes only what goes to a feed: consulted when some feed watches the user.
            var watching = _watchers.Where(w => w.Watches(mcpttId)).ToList();
            var forwarded = previous is not null && watching.Count > 0 && scope.Defects.Has(McxDefects.StaleLocationForwarded) ? previous : record;
            foreach (var watcher in watching)
            {
                watcher.Feed.Writer.TryWrite(forwarded.Clone());
            }
        }
    }

    /// <summary>The user's last record; one with only the MCPTT ID when they have not reported yet.</summary>
    public LocationRecord Last(string mcpttId)
    {
        lock (_gate)
        {
            return _records.GetValueOrDefault(mcpttId)?.Clone() ?? new LocationRecord { McpttId = mcpttId };
        }
    }

    /// <summary>The user's first record since they registered (the log-on report, normally); like <see cref="Last"/> when none.</summary>
    public LocationRecord First(string mcpttId)
    {
        lock (_gate)
        {
            return _firsts.GetValueOrDefault(mcpttId)?.Clone() ?? new LocationRecord { McpttId = mcpttId };
        }
    }

    /// <summary>The user deregistered: their record goes (a new registration reports afresh).</summary>
    public void Forget(string mcpttId)
    {
        lock (_gate)
        {
            _records.Remove(mcpttId);
            _firsts.Remove(mcpttId);
        }
    }

    /// <summary>Streams the watched users' records (all users when none is named): their last known ones now, then each new report.</summary>
    public ChannelReader<LocationRecord> Watch(IReadOnlyCollection<string> mcpttIds, out Action unsubscribe)
    {
        var watcher = new LocationWatcher(new HashSet<string>(mcpttIds, StringComparer.Ordinal), Channel.CreateUnbounded<LocationRecord>());
        lock (_gate)
        {
            foreach (var record in _records.Values.Where(r => watcher.Watches(r.McpttId)))
            {
                watcher.Feed.Writer.TryWrite(record.Clone());
            }

            _watchers.Add(watcher);
        }

        unsubscribe = () =>
        {
            lock (_gate)
            {
                _watchers.Remove(watcher);
            }

            watcher.Feed.Writer.TryComplete();
        };
        return watcher.Feed.Reader;
    }

    /// <summary>Ends every feed (the namespace closes).</summary>
    public void CloseAll()
    {
        lock (_gate)
        {
            foreach (var watcher in _watchers)
            {
                watcher.Feed.Writer.TryComplete();
            }

            _watchers.Clear();
            _records.Clear();
            _firsts.Clear();
        }
    }

    private sealed record LocationWatcher(HashSet<string> McpttIds, Channel<LocationRecord> Feed)
    {
        public bool Watches(string mcpttId) => McpttIds.Count == 0 || McpttIds.Contains(mcpttId);
    }
}

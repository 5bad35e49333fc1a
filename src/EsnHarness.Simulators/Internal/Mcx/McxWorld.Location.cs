using System.Threading.Channels;
using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Internal.Grpc;

namespace EsnHarness.Simulators.Internal.Mcx;

/// <summary>Location records and the location feed (what a control room's AVL consumes).</summary>
internal sealed partial class McxWorld
{
    private readonly List<LocationWatcher> _locationWatchers = [];

    /// <summary>Streams the watched users' records: their last known ones now, then each new report.</summary>
    public ChannelReader<LocationRecord> WatchLocations(IReadOnlyCollection<string> mcpttIds, out Action unsubscribe)
    {
        var watcher = new LocationWatcher(new HashSet<string>(mcpttIds, StringComparer.Ordinal), Channel.CreateUnbounded<LocationRecord>());
        lock (_gate)
        {
            foreach (var client in _clients.Values.Where(c => c.Location is not null && watcher.Watches(c.McpttId)))
            {
                watcher.Feed.Writer.TryWrite(client.Location!.Clone());
            }

            _locationWatchers.Add(watcher);
        }

        unsubscribe = () =>
        {
            lock (_gate)
            {
                _locationWatchers.Remove(watcher);
            }

            watcher.Feed.Writer.TryComplete();
        };
        return watcher.Feed.Reader;
    }

    private void RecordLocationLocked(McxClientSession client, GeoLocation location, string trigger)
    {
        var record = new LocationRecord
        {
            McpttId = client.McpttId,
            Location = location,
            Trigger = trigger,
            ReceivedAt = Clock.Now(time),
            ReportCount = (client.Location?.ReportCount ?? 0) + 1,
        };
        client.Location = record;
        foreach (var watcher in _locationWatchers.Where(w => w.Watches(client.McpttId)))
        {
            watcher.Feed.Writer.TryWrite(record.Clone());
        }
    }

    private sealed record LocationWatcher(HashSet<string> McpttIds, Channel<LocationRecord> Feed)
    {
        public bool Watches(string mcpttId) => McpttIds.Count == 0 || McpttIds.Contains(mcpttId);
    }
}

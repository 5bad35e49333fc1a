using System.Threading.Channels;
using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators.Internal.Grpc;

namespace EsnHarness.Simulators.Internal.Network;

internal sealed partial class NetworkWorld
{
    private readonly List<Channel<NetworkStatusEvent>> _statusWatchers = [];

    /// <summary>The network operations feed of this namespace from now on: site outages and restorations, terminals losing and regaining service.</summary>
    public ChannelReader<NetworkStatusEvent> WatchStatus(out Action unsubscribe)
    {
        var channel = Channel.CreateUnbounded<NetworkStatusEvent>(new UnboundedChannelOptions { SingleReader = true });
        lock (_gate)
        {
            _statusWatchers.Add(channel);
        }

        unsubscribe = () =>
        {
            lock (_gate)
            {
                _statusWatchers.Remove(channel);
            }

            channel.Writer.TryComplete();
        };
        return channel.Reader;
    }

    private void SiteStatusLocked(Fault fault, bool restored)
    {
        if (fault.Kind != FaultKind.SiteOutage)
        {
            return;
        }

        PublishLocked(new NetworkStatusEvent
        {
            Kind = restored ? NetworkStatusKind.SiteRestored : NetworkStatusKind.SiteOutage,
            SiteId = fault.Target,
            FaultId = fault.FaultId,
            Reason = restored ? $"site {fault.Target} serves again" : $"site {fault.Target} outage",
        });
    }

    private void ServiceStatusLocked(LinkConditions? previous, LinkConditions next)
    {
        if (previous is null || previous.InService == next.InService)
        {
            return;
        }

        PublishLocked(new NetworkStatusEvent
        {
            Kind = next.InService ? NetworkStatusKind.ServiceRestored : NetworkStatusKind.ServiceLost,
            SiteId = next.SiteId,
            TerminalId = next.TerminalId,
            PlaceId = next.PlaceId,
            CellId = next.InService ? next.CellId : "",
            Reason = next.Reason,
        });
    }

    private void PublishLocked(NetworkStatusEvent e)
    {
        e.At = Clock.Now(time);
        foreach (var w in _statusWatchers)
        {
            w.Writer.TryWrite(e.Clone());
        }
    }
}

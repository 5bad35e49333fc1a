using System.Threading.Channels;
using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators.Internal.Grpc;

namespace EsnHarness.Simulators.Internal.Network.Model;

/// <summary>The network operations feed of one namespace: site outages and restorations, terminals losing and regaining service. Guarded by its world's lock.</summary>
internal sealed class StatusFeed(TimeProvider time)
{
    private readonly List<Channel<NetworkStatusEvent>> _watchers = [];

    public ChannelReader<NetworkStatusEvent> Add(out Channel<NetworkStatusEvent> channel)
    {
        channel = Channel.CreateUnbounded<NetworkStatusEvent>(new UnboundedChannelOptions { SingleReader = true });
        _watchers.Add(channel);
        return channel.Reader;
    }

    public void Remove(Channel<NetworkStatusEvent> channel) => _watchers.Remove(channel);

    public void Site(Fault fault, bool restored)
    {
        if (fault.Kind != FaultKind.SiteOutage)
        {
            return;
        }

        Publish(new NetworkStatusEvent
        {
            Kind = restored ? NetworkStatusKind.SiteRestored : NetworkStatusKind.SiteOutage,
            SiteId = fault.Target,
            FaultId = fault.FaultId,
            Reason = restored ? $"site {fault.Target} serves again" : $"site {fault.Target} outage",
        });
    }

    public void Service(LinkConditions? previous, LinkConditions next)
    {
        if (previous is null || previous.InService == next.InService)
        {
            return;
        }

        Publish(new NetworkStatusEvent
        {
            Kind = next.InService ? NetworkStatusKind.ServiceRestored : NetworkStatusKind.ServiceLost,
            SiteId = next.SiteId,
            TerminalId = next.TerminalId,
            PlaceId = next.PlaceId,
            CellId = next.InService ? next.CellId : "",
            Reason = next.Reason,
        });
    }

    public void Complete()
    {
        foreach (var w in _watchers)
        {
            w.Writer.TryComplete();
        }

        _watchers.Clear();
    }

    private void Publish(NetworkStatusEvent e)
    {
        e.At = Clock.Now(time);
        foreach (var w in _watchers)
        {
            w.Writer.TryWrite(e.Clone());
        }
    }
}

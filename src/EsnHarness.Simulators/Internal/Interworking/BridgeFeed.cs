using System.Threading.Channels;
using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Interworking.V1;
using EsnHarness.Simulators.Internal.Grpc;

namespace EsnHarness.Simulators.Internal.Interworking;

/// <summary>
/// The interworking function's status feed of one namespace (WatchBridges): what a control room watching it sees of its
/// bridges being patched, failing and being removed. A watcher first gets the bridges as they stand, then each change.
/// Without failure reports (a defect) a failed bridge is never announced: the feed only follows configuration.
/// </summary>
internal sealed class BridgeFeed(TimeProvider time, bool reportsFailures)
{
    private readonly Lock _gate = new();
    private readonly List<(Channel<BridgeStatusEvent> Channel, Agency Agency)> _watchers = [];

    /// <summary>
    /// Starts a watcher of <paramref name="agency"/>'s bridges (every bridge for UNSPECIFIED) with the bridges as they stand
    /// (read under the feed's lock, so a change is never missed: at worst it is reported twice).
    /// </summary>
    public ChannelReader<BridgeStatusEvent> Watch(Agency agency, Func<IReadOnlyList<Bridge>> current, out Action unsubscribe)
    {
        var channel = Channel.CreateUnbounded<BridgeStatusEvent>(new UnboundedChannelOptions { SingleReader = true });
        var watcher = (channel, agency);
        lock (_gate)
        {
            foreach (var bridge in current().Where(b => reportsFailures || b.State != BridgeState.Failed))
            {
                Write(watcher, Event(bridge.State == BridgeState.Failed ? BridgeStatusKind.Failed : BridgeStatusKind.Patched, bridge));
            }

            _watchers.Add(watcher);
        }

        unsubscribe = () =>
        {
            lock (_gate)
            {
                _watchers.Remove(watcher);
            }

            channel.Writer.TryComplete();
        };
        return channel.Reader;
    }

    public void Patched(Bridge bridge) => Publish(Event(BridgeStatusKind.Patched, bridge));

    /// <summary>The bridge failed; returns false when the feed does not report failures (the defect).</summary>
    public bool Failed(Bridge bridge)
    {
        if (!reportsFailures)
        {
            return false;
        }

        Publish(Event(BridgeStatusKind.Failed, bridge));
        return true;
    }

    public void Removed(Bridge bridge) => Publish(Event(BridgeStatusKind.Removed, bridge));

    private void Publish(BridgeStatusEvent e)
    {
        lock (_gate)
        {
            foreach (var watcher in _watchers)
            {
                Write(watcher, e);
            }
        }
    }

    private static void Write((Channel<BridgeStatusEvent> Channel, Agency Agency) watcher, BridgeStatusEvent e)
    {
        if (watcher.Agency == Agency.Unspecified || watcher.Agency == e.Bridge.Agency)
        {
            watcher.Channel.Writer.TryWrite(e.Clone());
        }
    }

    private BridgeStatusEvent Event(BridgeStatusKind kind, Bridge bridge) => new() { Kind = kind, Bridge = bridge.Clone(), At = Clock.Now(time) };
}

using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators.Internal.Worlds;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>
/// The device simulator's end of NetworkService.WatchTerminals: one stream of link-condition changes for every
/// powered-on terminal of a namespace, keyed by terminal (device) ID, instead of one WatchTerminal stream per
/// terminal. Falls back to WatchTerminal per terminal when the service has no WatchTerminals.
/// </summary>
internal sealed class DeviceLinkWatch(NetworkService.NetworkServiceClient network, Metadata headers, WorldScope scope)
    : TerminalMultiplexer<WatchTerminalsRequest, LinkConditionsBatch>(scope, "network WatchTerminals link watch")
{
    protected override AsyncDuplexStreamingCall<WatchTerminalsRequest, LinkConditionsBatch> Open(CancellationToken ct) =>
        network.WatchTerminals(headers, cancellationToken: ct);

    protected override WatchTerminalsRequest NewControl(IEnumerable<string> add, IEnumerable<string> remove) =>
        new() { Watch = { add }, Unwatch = { remove } };

    protected override (IList<string> Add, IList<string> Remove) Parts(WatchTerminalsRequest control) => (control.Watch, control.Unwatch);

    protected override void Deliver(LinkConditionsBatch batch, Func<string, SimulatedDevice?> route)
    {
        foreach (var link in batch.Conditions)
        {
            route(link.TerminalId)?.OnLink(link);
        }

        // A rejected watch names a terminal detached meanwhile (powered off): nothing to route.
    }

    protected override void FallBack(SimulatedDevice device) => device.StartOwnLinkWatch();
}

using EsnHarness.Contracts.Mcx.V1;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>
/// The device simulator's end of McxService.ConnectMany: one batched MCX downlink for every powered-on terminal of a
/// namespace, keyed by MCPTT ID, instead of one Connect stream per terminal (the fan-out of a voice frame to a
/// 1,000-member group is one message). Falls back to Connect per terminal when the service has no ConnectMany.
/// </summary>
internal sealed class DeviceDownlink(McxService.McxServiceClient mcx, Metadata headers) : TerminalMultiplexer<DownlinkControl, DownlinkBatch>
{
    protected override AsyncDuplexStreamingCall<DownlinkControl, DownlinkBatch> Open(CancellationToken ct) =>
        mcx.ConnectMany(headers, cancellationToken: ct);

    protected override DownlinkControl NewControl(IEnumerable<string> add, IEnumerable<string> remove) =>
        new() { Attach = { add }, Detach = { remove } };

    protected override (IList<string> Add, IList<string> Remove) Parts(DownlinkControl control) => (control.Attach, control.Detach);

    protected override void Deliver(DownlinkBatch batch, Func<string, SimulatedDevice?> route)
    {
        foreach (var e in batch.Events)
        {
            route(e.McpttId)?.Receive(e.Event);
        }

        // A rejected attach names a client the service no longer knows (deregistered meanwhile): that terminal's own
        // requests report it, so there is nothing to route.
    }

    protected override void FallBack(SimulatedDevice device) => device.StartOwnDownlink();
}

using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Internal.Worlds;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>
/// The device simulator's end of McxService.ConnectMany: one batched MCX downlink for every powered-on terminal of a
/// namespace, keyed by MCPTT ID, instead of one Connect stream per terminal (the fan-out of a voice frame to a
/// 1,000-member group is one message). Falls back to Connect per terminal when the service has no ConnectMany.
/// </summary>
internal sealed class DeviceDownlink(McxService.McxServiceClient mcx, Metadata headers, WorldScope scope)
    : TerminalMultiplexer<DownlinkControl, DownlinkBatch>(scope, "MCX ConnectMany downlink")
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
            for (var i = 0; i < e.MoreMcpttIds.Count; i++)
            {
                // The same event for another terminal: its own envelope (sequence), the content shared read-only.
                route(e.MoreMcpttIds[i])?.Receive(Envelope(e.Event, i < e.MoreSequences.Count ? e.MoreSequences[i] : 0));
            }
        }

        // A rejected attach names a client the service no longer knows (deregistered meanwhile): that terminal's own
        // requests report it, so there is nothing to route.
    }

    private static McxEvent Envelope(McxEvent e, ulong sequence)
    {
        var copy = new McxEvent { Sequence = sequence, EmittedAt = e.EmittedAt };
        switch (e.EventCase)
        {
            case McxEvent.EventOneofCase.Media:
                copy.Media = e.Media;
                break;
            case McxEvent.EventOneofCase.Floor:
                copy.Floor = e.Floor;
                break;
            case McxEvent.EventOneofCase.Call:
                copy.Call = e.Call;
                break;
            case McxEvent.EventOneofCase.Sds:
                copy.Sds = e.Sds;
                break;
            case McxEvent.EventOneofCase.Disposition:
                copy.Disposition = e.Disposition;
                break;
            case McxEvent.EventOneofCase.EmergencyAlert:
                copy.EmergencyAlert = e.EmergencyAlert;
                break;
            case McxEvent.EventOneofCase.Affiliation:
                copy.Affiliation = e.Affiliation;
                break;
            case McxEvent.EventOneofCase.Regroup:
                copy.Regroup = e.Regroup;
                break;
            case McxEvent.EventOneofCase.Preemption:
                copy.Preemption = e.Preemption;
                break;
            case McxEvent.EventOneofCase.Patch:
                copy.Patch = e.Patch;
                break;
            case McxEvent.EventOneofCase.CallBack:
                copy.CallBack = e.CallBack;
                break;
            case McxEvent.EventOneofCase.SelectedGroup:
                copy.SelectedGroup = e.SelectedGroup;
                break;
        }

        return copy;
    }

    protected override void FallBack(SimulatedDevice device) => device.StartOwnDownlink();
}

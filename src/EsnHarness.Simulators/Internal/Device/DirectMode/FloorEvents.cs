using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.FloorControl.OffNetwork;
using EsnHarness.Simulators.Internal.Mcx;

namespace EsnHarness.Simulators.Internal.Device.DirectMode;

/// <summary>What a terminal's user is shown of a floor message heard off-network: who talks (Floor Taken, or a grant to
/// someone else), and the grants, denials and queue positions addressed to them.</summary>
internal static class FloorEvents
{
    public static FloorEvent? For(FloorSignal signal, string self)
    {
        var m = signal.Message;
        return m.Kind switch
        {
            OffNetworkMessageKind.Taken => new FloorEvent { CallId = signal.CallId, Kind = FloorEventKind.Taken, TalkerMcpttId = m.From },
            OffNetworkMessageKind.Granted when m.To == self => new FloorEvent { CallId = signal.CallId, Kind = FloorEventKind.Granted, TalkerMcpttId = self },
            OffNetworkMessageKind.Deny when m.To == self => new FloorEvent { CallId = signal.CallId, Kind = FloorEventKind.Deny, Cause = m.Cause is { } cause ? FloorStates.Of(cause) : Contracts.Common.V1.FloorCause.Unspecified },
            OffNetworkMessageKind.QueuePositionInfo when m.To == self =>
                new FloorEvent { CallId = signal.CallId, Kind = FloorEventKind.QueuePositionInfo, QueuePosition = (uint)m.QueuePosition },
            _ => null,
        };
    }
}

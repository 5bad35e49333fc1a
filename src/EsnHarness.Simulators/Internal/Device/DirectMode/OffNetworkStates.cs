using EsnHarness.Contracts.Device.V1;
using EsnHarness.Simulators.FloorControl.OffNetwork;

namespace EsnHarness.Simulators.Internal.Device.DirectMode;

/// <summary>Off-network floor participant states as the device contract reports them (TS 24.380 §7.2 names).</summary>
internal static class OffNetworkStates
{
    public static FloorParticipantState Of(OffNetworkState state) => state switch
    {
        OffNetworkState.Silence => FloorParticipantState.OSilence,
        OffNetworkState.HasNoPermission => FloorParticipantState.OHasNoPermission,
        OffNetworkState.PendingRequest => FloorParticipantState.OPendingRequest,
        OffNetworkState.HasPermission => FloorParticipantState.OHasPermission,
        OffNetworkState.PendingGranted => FloorParticipantState.OPendingGranted,
        OffNetworkState.Queued => FloorParticipantState.OQueued,
        _ => FloorParticipantState.StartStop,
    };

    /// <summary>The state's name in TS 24.380 (e.g. "O: has permission").</summary>
    public static string Name(OffNetworkState state) => state switch
    {
        OffNetworkState.Silence => "O: silence",
        OffNetworkState.HasNoPermission => "O: has no permission",
        OffNetworkState.PendingRequest => "O: pending request",
        OffNetworkState.HasPermission => "O: has permission",
        OffNetworkState.PendingGranted => "O: pending granted",
        OffNetworkState.Queued => "O: queued",
        _ => "Start-stop",
    };
}

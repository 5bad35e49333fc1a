using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.FloorControl;
using ContractCause = EsnHarness.Contracts.Common.V1.FloorCause;
using ContractLevel = EsnHarness.Contracts.Common.V1.FloorPriorityLevel;

namespace EsnHarness.Simulators.Internal.Mcx;

/// <summary>Maps between the floor-control machines and the contract enums.</summary>
internal static class FloorStates
{
    public static FloorState Of(ArbitratorState state) => state switch
    {
        ArbitratorState.StartStop => FloorState.StartStop,
        ArbitratorState.FloorIdle => FloorState.Idle,
        ArbitratorState.FloorTaken => FloorState.Taken,
        ArbitratorState.PendingFloorRevoke => FloorState.PendingRevoke,
        ArbitratorState.Releasing => FloorState.Releasing,
        _ => FloorState.Initialising,
    };

    public static FloorParticipantState Of(ParticipantState state) => state switch
    {
        ParticipantState.StartStop => FloorParticipantState.StartStop,
        ParticipantState.HasNoPermission => FloorParticipantState.HasNoPermission,
        ParticipantState.PendingRequest => FloorParticipantState.PendingRequest,
        ParticipantState.HasPermission => FloorParticipantState.HasPermission,
        ParticipantState.PendingRelease => FloorParticipantState.PendingRelease,
        ParticipantState.Queued => FloorParticipantState.Queued,
        ParticipantState.Releasing => FloorParticipantState.Releasing,
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "a floor participant state the contract has no value for"),
    };

    public static ContractCause Of(FloorCause cause) => (ContractCause)(int)cause;

    public static FloorCause Of(ContractCause cause) =>
        System.Enum.IsDefined((FloorCause)(int)cause) ? (FloorCause)(int)cause : FloorCause.Other;

    public static FloorPriorityLevel Of(ContractLevel level) => (FloorPriorityLevel)(int)level;

    public static ContractLevel Of(FloorPriorityLevel level) => (ContractLevel)(int)level;
}

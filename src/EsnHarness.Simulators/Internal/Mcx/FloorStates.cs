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

    public static ContractCause Of(FloorCause cause) => (ContractCause)(int)cause;

    public static FloorCause Of(ContractCause cause) =>
        System.Enum.IsDefined((FloorCause)(int)cause) ? (FloorCause)(int)cause : FloorCause.Other;

    public static FloorPriorityLevel Of(ContractLevel level) => (FloorPriorityLevel)(int)level;

    public static ContractLevel Of(FloorPriorityLevel level) => (ContractLevel)(int)level;
}

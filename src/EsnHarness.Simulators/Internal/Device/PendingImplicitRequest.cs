using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.FloorControl;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>
/// A call set-up this terminal sent with an implicit floor request, waiting for its call to appear: from the set-up
/// answer or from the Connected event on the downlink, whichever comes first (the Granted that follows Connected must
/// find the participant already in 'U: pending Request'). Compared by reference: each set-up is its own.
/// </summary>
internal sealed class PendingImplicitRequest(Func<CallInfo, bool> matches, FloorPriority priority)
{
    public Func<CallInfo, bool> Matches { get; } = matches;

    public FloorPriority Priority { get; } = priority;
}

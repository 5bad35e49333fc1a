using System.Collections.Concurrent;
using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.FloorControl;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>
/// Call set-ups in flight that carry an implicit floor request (TS 24.379 / TS 24.380: PTT with no call up, so the new
/// call cannot go idle, and end on a short hang timer, before a separate Floor Request would arrive). Several at once
/// when the terminal starts calls on several groups together (up to its simultaneous-call limit); each is claimed once,
/// by its own call, from the set-up answer or the Connected event, whichever comes first.
/// </summary>
internal sealed class ImplicitFloorRequests
{
    private readonly ConcurrentDictionary<PendingImplicitRequest, byte> _pending = new();

    /// <summary>Marks a call set-up as carrying an implicit floor request, until its call appears.</summary>
    public PendingImplicitRequest Expect(Func<CallInfo, bool> matches, FloorPriority priority)
    {
        var pending = new PendingImplicitRequest(matches, priority);
        _pending[pending] = 0;
        return pending;
    }

    /// <summary>The pending implicit request the active call <paramref name="info"/> answers, if any.</summary>
    public PendingImplicitRequest? For(CallInfo info) =>
        info.State == CallState.Active ? _pending.Keys.FirstOrDefault(p => p.Matches(info)) : null;

    /// <summary>The call carrying the implicit request is known: its participant enters 'U: pending Request' (once).</summary>
    public void Claim(DeviceCall call, PendingImplicitRequest pending)
    {
        if (_pending.TryRemove(pending, out _))
        {
            call.Participant.ImplicitFloorRequestSent(pending.Priority);
        }
    }

    public void Forget(PendingImplicitRequest pending) => _pending.TryRemove(pending, out _);

    public static FloorControl.FloorPriorityLevel LevelOf(CallType type) => type switch
    {
        CallType.EmergencyGroup or CallType.EmergencyPrivate => FloorControl.FloorPriorityLevel.Emergency,
        CallType.ImminentPerilGroup => FloorControl.FloorPriorityLevel.ImminentPeril,
        _ => FloorControl.FloorPriorityLevel.Normal,
    };
}

using System.Collections.Immutable;
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
    /// <summary>Replaced whole on a change (a set-up starting or answered, rare); read on every call and floor event, so a
    /// read is one array walk (a concurrent dictionary cost about 500 bytes per terminal and its Keys took every lock).</summary>
    private ImmutableArray<PendingImplicitRequest> _pending = [];

    /// <summary>Marks a call set-up as carrying an implicit floor request, until its call appears.</summary>
    public PendingImplicitRequest Expect(Func<CallInfo, bool> matches, FloorPriority priority)
    {
        var pending = new PendingImplicitRequest(matches, priority);
        ImmutableInterlocked.Update(ref _pending, static (all, p) => all.Add(p), pending);
        return pending;
    }

    /// <summary>The pending implicit request the active call <paramref name="info"/> answers, if any.</summary>
    public PendingImplicitRequest? For(CallInfo info)
    {
        if (info.State != CallState.Active)
        {
            return null;
        }

        foreach (var pending in _pending) // one reference read: the array is never changed in place
        {
            if (pending.Matches(info))
            {
                return pending;
            }
        }

        return null;
    }

    /// <summary>The call carrying the implicit request is known: its participant enters 'U: pending Request' (once).</summary>
    public void Claim(DeviceCall call, PendingImplicitRequest pending)
    {
        if (Remove(pending))
        {
            call.Participant.ImplicitFloorRequestSent(pending.Priority);
        }
    }

    public void Forget(PendingImplicitRequest pending) => Remove(pending);

    /// <summary>Removes <paramref name="pending"/>; false when it was already gone (claimed or forgotten).</summary>
    private bool Remove(PendingImplicitRequest pending) =>
        ImmutableInterlocked.Update(ref _pending, static (all, p) => all.Remove(p), pending);

    public static FloorControl.FloorPriorityLevel LevelOf(CallType type) => type switch
    {
        CallType.EmergencyGroup or CallType.EmergencyPrivate => FloorControl.FloorPriorityLevel.Emergency,
        CallType.ImminentPerilGroup => FloorControl.FloorPriorityLevel.ImminentPeril,
        _ => FloorControl.FloorPriorityLevel.Normal,
    };
}

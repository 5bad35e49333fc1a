using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.FloorControl;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>
/// PTT with no call up: the call set-up carries the floor request (implicit floor request, TS 24.379 / TS 24.380), so the
/// new call cannot go idle, and end on a short hang timer, before a separate Floor Request would have arrived.
/// </summary>
internal sealed partial class SimulatedDevice
{
    /// <summary>Set-ups in flight that carry an implicit floor request: several at once when the terminal starts calls on
    /// several groups together (up to its simultaneous-call limit), each claimed by its own call.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<PendingImplicitRequest, byte> _implicitRequests = new();

    /// <summary>Marks a call set-up as carrying an implicit floor request, until its call appears.</summary>
    private PendingImplicitRequest ExpectImplicitRequest(Func<CallInfo, bool> matches, FloorPriority priority)
    {
        var pending = new PendingImplicitRequest(matches, priority);
        _implicitRequests[pending] = 0;
        return pending;
    }

    /// <summary>The pending implicit request the active call <paramref name="info"/> answers, if any.</summary>
    private PendingImplicitRequest? PendingImplicitRequestFor(CallInfo info) =>
        info.State == CallState.Active ? _implicitRequests.Keys.FirstOrDefault(p => p.Matches(info)) : null;

    /// <summary>The call carrying the implicit request is known: its participant enters 'U: pending Request' (once).</summary>
    private void ClaimImplicitRequest(DeviceCall call, PendingImplicitRequest pending)
    {
        if (_implicitRequests.TryRemove(pending, out _))
        {
            call.Participant.ImplicitFloorRequestSent(pending.Priority);
        }
    }

    private void ForgetImplicitRequest(PendingImplicitRequest pending) => _implicitRequests.TryRemove(pending, out _);

    private async Task<DeviceCall> SetupWithImplicitRequestAsync(SetupCallRequest setup, PendingImplicitRequest pending, CancellationToken ct)
    {
        SetupCallResponse response;
        try
        {
            response = await UplinkAsync(mcx => mcx.SetupCallAsync(setup, Headers, cancellationToken: ct).ResponseAsync, ct);
        }
        catch
        {
            ForgetImplicitRequest(pending);
            throw;
        }

        var call = CallFor(response.Call);
        if (response.Call.State == CallState.Active)
        {
            ClaimImplicitRequest(call, pending);
        }

        ForgetImplicitRequest(pending);
        return call;
    }

    private static FloorControl.FloorPriorityLevel LevelOf(CallType type) => type switch
    {
        CallType.EmergencyGroup or CallType.EmergencyPrivate => FloorControl.FloorPriorityLevel.Emergency,
        CallType.ImminentPerilGroup => FloorControl.FloorPriorityLevel.ImminentPeril,
        _ => FloorControl.FloorPriorityLevel.Normal,
    };
}

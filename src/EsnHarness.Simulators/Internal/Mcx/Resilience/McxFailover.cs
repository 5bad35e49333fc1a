using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Mcx.Calls;
using EsnHarness.Simulators.Internal.Mcx.Downlink;
using EsnHarness.Simulators.Internal.Mcx.Location;
using EsnHarness.Simulators.Internal.Mcx.Registry;
using EsnHarness.Simulators.Internal.Worlds;

namespace EsnHarness.Simulators.Internal.Mcx.Resilience;

/// <summary>
/// A failover of the namespace's MCX core to its geo-redundant standby (McxOperations.FailOver): what the standby holds
/// replicated survives (registrations, affiliations, configuration, SDS awaiting delivery, alerts); calls and floors are
/// lost with the failed core, and once the standby has taken over it re-establishes the group calls (see
/// <see cref="McxCalls.Recover"/>). The takeover timer belongs to the world and is disposed when it closes.
/// </summary>
internal sealed class McxFailover(McxRegistry registry, McxCalls calls, McxLocations locations, McxDownlinks downlinks, WorldScope scope) : IDisposable
{
    private static readonly TimeSpan MaxTakeover = TimeSpan.FromSeconds(60);
    private readonly Lock _gate = new();
    private readonly List<ITimer> _takeovers = [];

    public FailOverResponse FailOver(FailOverRequest request)
    {
        var takeover = TimeSpan.FromMilliseconds(request.TakeoverMs);
        if (takeover > MaxTakeover)
        {
            throw Errors.Invalid($"field 'takeover_ms' must be 0..{MaxTakeover.TotalMilliseconds:0}, got {request.TakeoverMs}");
        }

        var defects = scope.Defects;
        if (defects.Has(McxDefects.FailoverLosesRegistrations))
        {
            ForgetRegistrations();
        }

        var lost = calls.DropAll();
        var response = new FailOverResponse { RegistrationsKept = (uint)registry.RegisteredIds.Count };
        response.GroupCallsLost.AddRange(lost.Where(c => c.IsGroup).Select(c => c.CallId));
        response.PrivateCallsLost.AddRange(lost.Where(c => !c.IsGroup).Select(c => c.CallId));
        McxLog.FailedOver(scope.Logger, scope.Namespace, lost.Count, response.RegistrationsKept);
        var reestablish = !defects.Has(McxDefects.FailoverDropsCalls);
        lock (_gate)
        {
            _takeovers.Add(McxTimer.Once(scope, "the standby core's takeover", () => calls.Recover(lost, reestablish), takeover));
        }

        return response;
    }

    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var timer in _takeovers)
            {
                timer.Dispose();
            }

            _takeovers.Clear();
        }
    }

    /// <summary>A standby without replicated registrations: every user is gone (affiliations with them), nobody told.</summary>
    private void ForgetRegistrations()
    {
        foreach (var id in registry.RegisteredIds)
        {
            if (registry.Deregister(id) is { } user)
            {
                locations.Forget(id);
                downlinks.Close(user.Downlink);
            }
        }
    }
}

using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Network.Model;
using EsnHarness.Simulators.Internal.Worlds;

namespace EsnHarness.Simulators.Internal.Network;

/// <summary>
/// Injects and clears a namespace's network faults, by hand or when their duration ends: each one is logged, a site
/// outage or restoration goes to the operations feed, and every attached terminal's link is recomputed. Shares its
/// world's lock: the faults are read by every link computation.
/// </summary>
internal sealed class FaultControl(Lock gate, string ns, WorldScope scope, FaultBook faults, StatusFeed status, Attachments terminals)
{
    public Fault Inject(Fault? request)
    {
        lock (gate)
        {
            var fault = faults.Inject(request, terminals.Contains);
            NetworkLog.FaultInjected(scope.Logger, ns, fault.FaultId, fault.Kind.ToString(), fault.Target, fault.DurationMs);
            status.Site(fault, restored: false);
            terminals.UpdateAll();
            return fault;
        }
    }

    public IReadOnlyList<Fault> List()
    {
        lock (gate)
        {
            return faults.List();
        }
    }

    /// <summary>Clears a fault; <paramref name="expired"/> when its duration ended (then one already cleared is no error).</summary>
    public void Clear(string faultId, bool expired)
    {
        lock (gate)
        {
            if (!faults.TryClear(faultId, out var fault))
            {
                if (expired)
                {
                    return;
                }

                throw Errors.NotFound($"fault_id '{faultId}' is not an active fault in namespace '{ns}'");
            }

            NetworkLog.FaultCleared(scope.Logger, ns, fault.FaultId, fault.Kind.ToString(), fault.Target, expired ? "expired" : "cleared");
            status.Site(fault, restored: true);
            terminals.UpdateAll();
        }
    }
}

using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Worlds;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Mcx.MultiAgency;

/// <summary>
/// How the service asks the radio network for mission-critical resources (its Rx interface, TS 29.214; TS 24.379 §4.13):
/// which network terminal each user's UE is (learnt at registration), one request per new call with the call's ARP, and
/// the release of the sessions of calls that ended. Requests and releases go one at a time, so a release always reaches
/// the network before a later request. Its lock guards the bindings and pending releases and is a leaf: the call layer
/// releases sessions under its own lock.
/// </summary>
internal sealed class McxRadioResources(NetworkService.NetworkServiceClient? network, WorldScope scope)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, string> _terminals = new(StringComparer.Ordinal);
    private readonly HashSet<string> _released = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _wire = new(1, 1);
    private readonly Metadata _headers = Namespaces.Headers(scope.Namespace);
    private long _sessions;
    private bool _flushScheduled;
    private bool _unimplemented;

    /// <summary>Remembers the network terminal of a user's UE (empty: the user has no radio bearer, e.g. a console).</summary>
    public void Bind(string mcpttId, string terminalId)
    {
        lock (_gate)
        {
            if (terminalId.Length > 0)
            {
                _terminals[mcpttId] = terminalId;
            }
            else
            {
                _terminals.Remove(mcpttId);
            }
        }
    }

    /// <summary>
    /// Asks the network for resources for a call about to be set up. Null when nothing was asked: no party has a radio
    /// bearer, or the network has no resource interface (logged once).
    /// </summary>
    /// <exception cref="RpcException">UNAVAILABLE when the network did not answer.</exception>
    public async Task<(string Session, McResourceAnswer Answer, AllocationRetentionPriority Arp)?> RequestAsync(CallPlan plan, CancellationToken ct)
    {
        string[] terminals;
        lock (_gate)
        {
            terminals = [.. plan.Parties.Select(p => _terminals.GetValueOrDefault(p)).OfType<string>().Distinct(StringComparer.Ordinal)];
            if (network is null || _unimplemented || terminals.Length == 0)
            {
                return null;
            }
        }

        // The signalled priority changes nothing until the network chooses by it: the reference network notes the defect where
        // it does (McAdmissionControl); a refusal or a pre-emption is noted here too, whichever network answered.
        var arp = CallPriorities.Of(plan, scope.Defects.IsOn(MultiAgencyDefects.CallPriorityNotSignalled));
        var request = new McResourceRequest { SessionId = $"rx-{Interlocked.Increment(ref _sessions)}", TerminalIds = { terminals }, Arp = arp };
        await _wire.WaitAsync(ct);
        try
        {
            request.ReleasedSessionIds.Add(TakeReleased());
            var answer = await network.RequestMcResourcesAsync(request, _headers, cancellationToken: ct);
            if (!answer.Granted || answer.Preempted.Count > 0)
            {
                scope.Defects.NoteReached(MultiAgencyDefects.CallPriorityNotSignalled);
            }

            return (request.SessionId, answer, arp);
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.Unimplemented)
        {
            lock (_gate)
            {
                _unimplemented = true;
            }

            MultiAgencyLog.NetworkWithoutResources(scope.Logger, scope.Namespace);
            return null;
        }
        catch (RpcException e) when (!ct.IsCancellationRequested)
        {
            Requeue(request.ReleasedSessionIds);
            throw Errors.Unavailable($"the radio network did not answer the request for mission-critical resources: {e.Status.StatusCode} {e.Status.Detail}");
        }
        finally
        {
            _wire.Release();
        }
    }

    /// <summary>A call holding <paramref name="session"/> ended: its resources are released (soon, and before any later request).</summary>
    public void Release(string session)
    {
        if (scope.Defects.Has(MultiAgencyDefects.RadioResourcesNotReleased))
        {
            return;
        }

        lock (_gate)
        {
            _released.Add(session);
            if (_flushScheduled || network is null || _unimplemented)
            {
                return;
            }

            _flushScheduled = true;
        }

        scope.Run("release mission-critical radio resources", FlushAsync);
    }

    private async Task FlushAsync(CancellationToken ct)
    {
        await _wire.WaitAsync(ct);
        try
        {
            var ids = TakeReleased();
            if (ids.Length > 0)
            {
                await network!.ReleaseMcResourcesAsync(new ReleaseMcResourcesRequest { SessionIds = { ids } }, _headers, cancellationToken: ct);
            }
        }
        finally
        {
            _wire.Release();
        }
    }

    private string[] TakeReleased()
    {
        lock (_gate)
        {
            string[] ids = [.. _released];
            _released.Clear();
            _flushScheduled = false;
            return ids;
        }
    }

    private void Requeue(IEnumerable<string> ids)
    {
        lock (_gate)
        {
            _released.UnionWith(ids);
        }
    }
}

using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Network.Catalogue;
using EsnHarness.Simulators.Internal.Network.Model;
using EsnHarness.Simulators.Internal.Worlds;

namespace EsnHarness.Simulators.Internal.Network;

/// <summary>
/// The cell loads of a namespace and the mission-critical resources the MC service asks for in them (its Rx requests):
/// owns the loads and the admitted MC sessions. Shares its world's lock, since a load change recomputes the links of
/// every attached terminal and an admission reads the cell serving one.
/// </summary>
internal sealed class McResources
{
    private readonly Lock _gate;
    private readonly string _ns;
    private readonly PlaceCatalogue _catalogue;
    private readonly WorldScope _scope;
    private readonly Attachments _terminals;
    private readonly CellLoads _loads;
    private readonly McAdmissionControl _admission;

    public McResources(Lock gate, string ns, PlaceCatalogue catalogue, WorldScope scope, Attachments terminals, CellLoads loads)
    {
        (_gate, _ns, _catalogue, _scope, _terminals, _loads) = (gate, ns, catalogue, scope, terminals, loads);
        _admission = new McAdmissionControl(catalogue, loads, scope.Defects);
    }

    public McResourceAnswer Request(McResourceRequest request)
    {
        lock (_gate)
        {
            var answer = _admission.Request(request, ServingCell);
            McAdmissionLog.Requested(_scope.Logger, _ns, answer.SessionId, request.Arp.PriorityLevel, answer.Granted,
                answer.Preempted.Count, answer.Granted ? "" : answer.Reason);
            return answer;
        }
    }

    public void Release(IEnumerable<string> sessionIds)
    {
        lock (_gate)
        {
            _admission.Release(sessionIds);
        }
    }

    public CongestionReport SetCongestion(SetCongestionRequest request)
    {
        lock (_gate)
        {
            var report = _loads.Set(request);
            NetworkLog.CongestionSet(_scope.Logger, _ns, report.CellId, report.PublicOffered, report.McOffered, report.McAdmitted, report.PublicPreempted, report.McPreempted);
            _terminals.UpdateAll();
            return _admission.Report(report.CellId);
        }
    }

    public CongestionReport GetCongestion(string cellId)
    {
        lock (_gate)
        {
            return _catalogue.Cells.ContainsKey(cellId)
                ? _admission.Report(cellId)
                : throw Errors.NotFound($"cell_id '{cellId}' is not a known cell; see ListCells");
        }
    }

    /// <summary>The cell serving a terminal now, or null when it is not attached or has no service.</summary>
    private string? ServingCell(string terminalId) =>
        _terminals.Contains(terminalId) && _terminals.Require(terminalId).Current is { InService: true, CellId.Length: > 0 } link ? link.CellId : null;
}

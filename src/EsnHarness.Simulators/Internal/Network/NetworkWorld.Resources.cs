using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators.Internal.Grpc;

namespace EsnHarness.Simulators.Internal.Network;

/// <summary>Mission-critical resources the MC service asks for (its Rx requests), and the cell loads they show in.</summary>
internal sealed partial class NetworkWorld
{
    public McResourceAnswer RequestMcResources(McResourceRequest request)
    {
        lock (_gate)
        {
            var answer = _admission.Request(request, ServingCellLocked);
            McAdmissionLog.Requested(_scope.Logger, _ns, answer.SessionId, request.Arp.PriorityLevel, answer.Granted,
                answer.Preempted.Count, answer.Granted ? "" : answer.Reason);
            return answer;
        }
    }

    public void ReleaseMcResources(IEnumerable<string> sessionIds)
    {
        lock (_gate)
        {
            _admission.Release(sessionIds);
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
    private string? ServingCellLocked(string terminalId) =>
        _terminals.Contains(terminalId) && _terminals.Require(terminalId).Current is { InService: true, CellId.Length: > 0 } link ? link.CellId : null;
}

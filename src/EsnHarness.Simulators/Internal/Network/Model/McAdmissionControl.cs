using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Network.Catalogue;

namespace EsnHarness.Simulators.Internal.Network.Model;

/// <summary>
/// Admission of mission-critical sessions (the MC service's calls) by ARP, cell by cell (TS 23.203 §6.1.4; the MCPTT
/// server's Rx request, TS 24.379 §4.13): a session needs one unit per party a cell serves. For a session of level L a
/// cell's free units are its capacity less the offered mission-critical load of levels 1..L (SetCongestion; load of lower
/// priority gives way) and the units the sessions hold. When that is too few, vulnerable sessions of lower priority are
/// pre-empted, lowest priority first and, within a level, the most recently admitted first; if even that cannot free
/// enough, nothing is pre-empted and the session is refused. Guarded by its world's lock.
/// </summary>
internal sealed class McAdmissionControl(PlaceCatalogue catalogue, CellLoads loads, DefectSet defects)
{
    private readonly Dictionary<string, McSession> _sessions = new(StringComparer.Ordinal);
    private long _order;

    /// <summary>Admits (or refuses) a session; <paramref name="servingCell"/> gives a terminal's serving cell, or null without service.</summary>
    public McResourceAnswer Request(McResourceRequest request, Func<string, string?> servingCell)
    {
        if (string.IsNullOrWhiteSpace(request.SessionId))
        {
            throw Errors.Invalid(Errors.Required("session_id"));
        }

        var arp = request.Arp ?? throw Errors.Invalid(Errors.Required("arp"));
        if (arp.PriorityLevel is < 1 or > 15)
        {
            throw Errors.Invalid($"field 'arp.priority_level' must be 1..15, got {arp.PriorityLevel}");
        }

        Release(request.ReleasedSessionIds);
        _sessions.Remove(request.SessionId);
        var answer = new McResourceAnswer { SessionId = request.SessionId };
        var needs = new SortedDictionary<string, uint>(StringComparer.Ordinal);
        foreach (var terminal in request.TerminalIds.Distinct(StringComparer.Ordinal))
        {
            if (servingCell(terminal) is { Length: > 0 } cell)
            {
                needs[cell] = needs.GetValueOrDefault(cell) + 1;
            }
            else
            {
                answer.UnservedTerminalIds.Add(terminal);
            }
        }

        var victims = new List<(McSession Session, string CellId)>();
        foreach (var (cellId, need) in needs)
        {
            var free = Free(cellId, arp.PriorityLevel, victims.Select(v => v.Session));
            if (free < need || HasPrioritisedLoad(cellId))
            {
                NotePriorityChose();
            }

            answer.Cells.Add(new McCellAdmission { CellId = cellId, CapacityUnits = Capacity(cellId), UnitsRequested = need, UnitsFree = free });
            if (free >= need)
            {
                continue;
            }

            var shortfall = need - free;
            foreach (var candidate in Candidates(cellId, arp, victims.Select(v => v.Session)))
            {
                victims.Add((candidate, cellId));
                shortfall -= Math.Min(shortfall, candidate.UnitsIn(cellId));
                if (shortfall == 0)
                {
                    break;
                }
            }

            if (shortfall > 0)
            {
                answer.Reason = $"cell {cellId}: {need} units needed at ARP {arp.PriorityLevel}, {free} free and not enough of lower priority to pre-empt";
                return answer;
            }
        }

        foreach (var (victim, cellId) in victims)
        {
            _sessions.Remove(victim.SessionId);
            answer.Preempted.Add(new McPreemption
            {
                SessionId = victim.SessionId,
                CellId = cellId,
                PriorityLevel = victim.Level,
                Reason = $"cell {cellId} full: ARP {arp.PriorityLevel} session '{request.SessionId}' pre-empted ARP {victim.Level} session '{victim.SessionId}'",
            });
        }

        _sessions[request.SessionId] = new McSession(request.SessionId, arp.PriorityLevel, arp.PreEmptionVulnerability, needs, ++_order);
        answer.Granted = true;
        return answer;
    }

    public void Release(IEnumerable<string> sessionIds)
    {
        foreach (var id in sessionIds)
        {
            _sessions.Remove(id);
        }
    }

    /// <summary>The cell's load report with the sessions holding units there and its free units.</summary>
    public CongestionReport Report(string cellId)
    {
        if (_sessions.Values.Any(s => s.UnitsIn(cellId) > 0))
        {
            NotePriorityChose(); // the report lists each session's priority
        }

        var report = loads.For(cellId)?.Clone() ?? new CongestionReport { CellId = cellId, McAdmitted = true };
        report.CapacityUnits = Capacity(cellId);
        report.Sessions.AddRange(_sessions.Values.Where(s => s.UnitsIn(cellId) > 0).OrderBy(s => s.Level).ThenBy(s => s.Order)
            .Select(s => new McSessionLoad { SessionId = s.SessionId, PriorityLevel = s.Level, Units = s.UnitsIn(cellId) }));
        report.FreeUnits = Free(cellId, 15, []);
        return report;
    }

    /// <summary>Units free in the cell for a session of <paramref name="level"/>, not counting the sessions in <paramref name="leaving"/>.</summary>
    private uint Free(string cellId, uint level, IEnumerable<McSession> leaving)
    {
        var capacity = Capacity(cellId);
        var offered = loads.For(cellId)?.McByPriority.Where(l => l.PriorityLevel <= level).Sum(l => l.Offered) ?? 0;
        var background = (uint)Math.Min(capacity, Math.Floor((offered * capacity) + 1e-9));
        var gone = leaving.Select(s => s.SessionId).ToHashSet(StringComparer.Ordinal);
        var held = _sessions.Values.Where(s => !gone.Contains(s.SessionId)).Sum(s => (long)s.UnitsIn(cellId));
        return (uint)Math.Max(0, capacity - background - held);
    }

    /// <summary>Sessions the new one may pre-empt in the cell, in the order it pre-empts them.</summary>
    private IEnumerable<McSession> Candidates(string cellId, AllocationRetentionPriority arp, IEnumerable<McSession> taken)
    {
        if (!arp.PreEmptionCapability || defects.Has(NetworkDefects.McOverloadIgnoresArp))
        {
            return [];
        }

        var gone = taken.Select(s => s.SessionId).ToHashSet(StringComparer.Ordinal);
        var lower = _sessions.Values.Where(s => s.UnitsIn(cellId) > 0 && s.Vulnerable && s.Level > arp.PriorityLevel && !gone.Contains(s.SessionId));
        return defects.Has(NetworkDefects.McPreemptionWrongVictim)
            ? lower.OrderBy(s => s.Level).ThenBy(s => s.Order)
            : lower.OrderByDescending(s => s.Level).ThenByDescending(s => s.Order);
    }

    /// <summary>Mission-critical load offered at some priority: the free units a session sees then depend on its level.</summary>
    private bool HasPrioritisedLoad(string cellId) => loads.For(cellId)?.McByPriority.Any(l => l.Offered > 0) == true;

    /// <summary>
    /// The call priority the MC service signalled decided something here (a level's free units, a pre-emption or a refusal,
    /// the sessions' levels in a report): only then can an MCX that signals one priority for every call
    /// (<see cref="MultiAgencyDefects.CallPriorityNotSignalled"/>, switched on in the MCX) change what a scenario sees, so
    /// only then is it noted as consulted. An admission that any level would have granted alike does not reach it.
    /// </summary>
    private void NotePriorityChose() => defects.NoteReached(MultiAgencyDefects.CallPriorityNotSignalled);

    private uint Capacity(string cellId) =>
        catalogue.Cells.TryGetValue(cellId, out var cell) ? cell.CapacityUnits : 0;
}

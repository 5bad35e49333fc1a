namespace EsnHarness.Reporting;

/// <summary>
/// Agencies x capabilities: how many blocking (<c>@must</c>) requirements pass, fail or were not run, so a
/// transition board sees what still blocks switching Airwave off. The rows are the vocabulary's agencies that the run's
/// scenarios name, in its order; the columns the capabilities in the vocabulary's order, others after. A requirement is its
/// <c>@REQ-</c> ID (the pickles of an outline count once): failing if any pickle failed, was
/// ambiguous, pending or undefined; passing if all passed; otherwise not run.
/// </summary>
public sealed record ReadinessMatrix(IReadOnlyList<string> Agencies, IReadOnlyList<string> Capabilities, IReadOnlyList<ReadinessCell> Cells)
{
    /// <summary>The cell for an agency and capability (zero counts when there are none).</summary>
    public ReadinessCell this[string agency, string capability] =>
        Cells.FirstOrDefault(c => c.Agency == agency && c.Capability == capability) ?? new ReadinessCell(agency, capability, 0, 0, 0);

    /// <summary>Computes the matrix for a run.</summary>
    public static ReadinessMatrix From(ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var vocabulary = model.Vocabulary;
        var capabilities = model.Features.Select(f => f.Capability).Distinct()
            .OrderBy(capability => Rank(vocabulary.Capabilities, capability))
            .ToList();
        var agencies = vocabulary.Agencies.Where(agency => model.Scenarios.Any(s => s.Requirement.Agencies.Contains(agency))).ToList();
        var requirements = model.Features
            .SelectMany(f => f.Scenarios.Select(s => (Feature: f, Scenario: s)))
            .Where(x => x.Scenario.Requirement.Priority == vocabulary.BlockingPriority)
            .GroupBy(x => (x.Feature.Capability, Id: x.Scenario.Requirement.RequirementId ?? x.Scenario.PickleId))
            .Select(g => (g.Key.Capability, Agencies: g.SelectMany(x => x.Scenario.Requirement.Agencies).Distinct().ToList(),
                Outcome: Outcome(g.Select(x => x.Scenario.Status).ToList())))
            .ToList();
        var cells = new List<ReadinessCell>();
        foreach (var agency in agencies)
        {
            foreach (var capability in capabilities)
            {
                var mine = requirements.Where(r => r.Capability == capability && r.Agencies.Contains(agency)).ToList();
                cells.Add(new ReadinessCell(agency, capability, mine.Count(r => r.Outcome == 1), mine.Count(r => r.Outcome == -1), mine.Count(r => r.Outcome == 0)));
            }
        }
        return new ReadinessMatrix(agencies, capabilities, cells);
    }

    /// <summary>Where <paramref name="item"/> stands in <paramref name="order"/>; after all of it when absent (OrderBy is stable).</summary>
    private static int Rank(IReadOnlyList<string> order, string item)
    {
        for (var i = 0; i < order.Count; i++)
        {
            if (order[i] == item)
            {
                return i;
            }
        }

        return order.Count;
    }

    /// <summary>1 passing, -1 failing, 0 not run.</summary>
    private static int Outcome(IReadOnlyList<ScenarioStatus> statuses)
    {
        if (statuses.Any(IsFailing))
        {
            return -1;
        }
        return statuses.All(s => s == ScenarioStatus.Passed) ? 1 : 0;
    }

    internal static bool IsFailing(ScenarioStatus s) =>
        s is ScenarioStatus.Failed or ScenarioStatus.Ambiguous or ScenarioStatus.Pending or ScenarioStatus.Undefined;
}

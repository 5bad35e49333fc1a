namespace EsnHarness.Reporting;

/// <summary>
/// Agencies x capabilities: how many blocking (<c>@must</c>) requirements pass, fail or were not run, so a
/// transition board sees what still blocks switching Airwave off. The rows are the vocabulary's agencies that the run's
/// scenarios name, in its order; the columns the capabilities in the vocabulary's order, others after. A requirement is its
/// <c>@REQ-</c> ID (the pickles of an outline count once); for an agency it counts the requirement's pickles tagged with
/// that agency (an outline's Examples may each carry their own): failing if any of them failed, was ambiguous, pending or
/// undefined; passing if all passed with the agency taking part (the agencies a scenario's terminals, consoles and
/// systems recorded, <see cref="ScenarioReport.TookPart"/>; a scenario that recorded none is taken at its tags);
/// otherwise not run. A pass in which the agency did not take part is no evidence for it.
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
            .Select(g => (g.Key.Capability, Pickles: g.Select(x => (x.Scenario.Requirement.Agencies, x.Scenario.Status, x.Scenario.TookPart)).ToList()))
            .ToList();
        var cells = new List<ReadinessCell>();
        foreach (var agency in agencies)
        {
            foreach (var capability in capabilities)
            {
                var outcomes = requirements
                    .Where(r => r.Capability == capability)
                    .Select(r => r.Pickles.Where(p => p.Agencies.Contains(agency)).Select(p => StatusFor(p.Status, p.TookPart, agency)).ToList())
                    .Where(statuses => statuses.Count > 0)
                    .Select(Outcome)
                    .ToList();
                cells.Add(new ReadinessCell(agency, capability, outcomes.Count(o => o == 1), outcomes.Count(o => o == -1), outcomes.Count(o => o == 0)));
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

    /// <summary>A pickle's status for one agency it is tagged with: a pass counts only when the agency took part (the
    /// scenario recorded who did); without that, the requirement is not evidenced for the agency, so not run.</summary>
    private static ScenarioStatus StatusFor(ScenarioStatus status, IReadOnlyList<string>? tookPart, string agency) =>
        status == ScenarioStatus.Passed && tookPart is not null && !tookPart.Contains(agency, StringComparer.Ordinal)
            ? ScenarioStatus.NotRun
            : status;

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

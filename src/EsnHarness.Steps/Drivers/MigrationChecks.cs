using EsnHarness.Contracts.Interworking.V1;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Scenario-scoped: the checks an agency runs around a migration wave, each reading the system's state through the
/// contracts (the MCX service's affiliations, the interworking function's bridges, what a console receives): before the
/// cut-over (the borough's officers on ESN, every talkgroup patched with its radios homed, the emergency path from every
/// talkgroup) and after it (the borough's bridges gone, nothing changed outside the wave).
/// </summary>
public sealed class MigrationChecks(MigrationWave wave, Interworking interworking, AirwaveTerminals terminals, TerminalFleet fleet, Cast cast, EsnSession session)
{
    private readonly List<(MigrationTalkgroup Row, TetraTerminal Radio)> _emergencyTests = [];

    /// <summary>Every officer of the borough is registered and affiliated to each of their ESN groups, as the MCX service holds it.</summary>
    public async Task ExpectOnEsnAsync(string borough)
    {
        var missing = new List<string>();
        foreach (var group in wave.Of(borough).Select(r => r.Group).Concat(wave.OfficersOf(borough).SelectMany(o => o.Groups)).Distinct())
        {
            var affiliated = await wave.AffiliatedAsync(group);
            missing.AddRange(wave.OfficersOf(borough).Where(o => o.Groups.Contains(group) && !affiliated.Contains(Cast.EsnIdentityOf(o.Name, wave.Agency)))
                .Select(o => $"{o.Name} on {group}"));
        }

        if (missing.Count > 0)
        {
            throw new ExpectationFailedException($"Not every {borough} officer is registered and affiliated on ESN; the MCX service has no affiliation for: {string.Join("; ", missing)}.");
        }
    }

    /// <summary>Every talkgroup of the plan (or of <paramref name="borough"/>) is patched to its ESN group and working, and every officer's radio on it is homed on that group under its mapped identity.</summary>
    public async Task ExpectPatchedWithRadiosMappedAsync(string? borough = null)
    {
        var bridges = await interworking.ListBridgesAsync();
        var problems = new List<string>();
        foreach (var row in borough is null ? wave.Talkgroups : wave.Of(borough))
        {
            var bridge = bridges.FirstOrDefault(b => string.Equals(b.Talkgroup, row.Talkgroup, StringComparison.OrdinalIgnoreCase));
            if (bridge is null || bridge.GroupId != row.Group.Value || bridge.State != BridgeState.Active)
            {
                problems.Add(bridge is null ? $"{row.Talkgroup} is not patched" : $"{row.Talkgroup} is patched to '{bridge.GroupId}' ({bridge.State}), not {row.Group}");
                continue;
            }

            var affiliated = await wave.AffiliatedAsync(row.Group);
            problems.AddRange(terminals.RadiosOn(row.Talkgroup).Where(r => !affiliated.Contains(Cast.AirwaveIdentityOf(r.Name, r.Agency)))
                .Select(r => $"{r} (ISSI {r.Issi}) is not on {row.Group} as {Cast.AirwaveIdentityOf(r.Name, r.Agency)}"));
        }

        if (problems.Count > 0)
        {
            throw new ExpectationFailedException($"Not every talkgroup of the migration plan is patched with its radios mapped: {string.Join("; ", problems)}.");
        }
    }

    /// <summary>On every patched talkgroup of the plan, its first officer's radio sends an emergency status (TETRA status 0) as a test.</summary>
    public async Task TestEmergencyPathsAsync()
    {
        fleet.MarkAction();
        foreach (var row in wave.Talkgroups)
        {
            var radio = terminals.RadiosOn(row.Talkgroup).FirstOrDefault()
                ?? throw new ArgumentException($"No officer of the migration plan has a radio on '{row.Talkgroup}' to test its emergency path from.");
            await interworking.SendStatusAsync(radio.Name, 0);
            _emergencyTests.Add((row, radio));
        }
    }

    /// <summary>A console of the control room received each test emergency from the radio's ESN identity, naming the radio as its origin, on the talkgroup's ESN group.</summary>
    public async Task ExpectTestEmergenciesAsync(ControlRoom room)
    {
        if (_emergencyTests.Count == 0)
        {
            throw new ArgumentException("No emergency path was tested in this scenario; add 'When an officer on every talkgroup of the migration plan tests the emergency path from their Airwave radio'.");
        }

        var log = fleet.Log(cast.Consoles(room)[0]);
        await Task.WhenAll(_emergencyTests.Select(t => log.WaitAsync(
            e => e.EmergencyAlert is { Alert: { Cancelled: false } a } && a.McpttId == t.Radio.McpttId && a.GroupId == t.Row.Group.Value && a.Origin.Contains(t.Radio.Issi, StringComparison.Ordinal),
            0, session.Timeout, $"{room} to receive the test emergency from {t.Radio} on {t.Row.Group} as '{t.Radio.McpttId}'")));
    }

    /// <summary>None of the borough's talkgroups is patched to ESN any more.</summary>
    public async Task ExpectNotPatchedAsync(string borough)
    {
        var bridges = await interworking.ListBridgesAsync();
        var still = wave.Of(borough).Where(r => bridges.Any(b => string.Equals(b.Talkgroup, r.Talkgroup, StringComparison.OrdinalIgnoreCase))).Select(r => r.Talkgroup).ToList();
        if (still.Count > 0)
        {
            throw new ExpectationFailedException($"After the {borough} cut-over, the interworking function still bridges: {string.Join(", ", still)}.");
        }
    }

    /// <summary>The talkgroups outside the borough's wave and their ESN groups are as they were when it cut over.</summary>
    public async Task ExpectOutsideUnchangedAsync(string borough)
    {
        var before = wave.OutsideAtCutOver ?? throw new ArgumentException($"The {borough} talkgroups have not been cut over in this scenario, so there is nothing to compare with.");
        var now = await wave.ReadOutsideAsync(borough);
        var changed = before.Except(now).Select(l => $"was: {l}").Concat(now.Except(before).Select(l => $"now: {l}")).ToList();
        if (changed.Count > 0)
        {
            throw new ExpectationFailedException($"The {borough} wave changed things outside it: {string.Join("; ", changed)}.");
        }
    }
}

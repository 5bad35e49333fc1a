using System.Collections.Concurrent;

namespace EsnHarness.Cli.Internal.Mutation;

/// <summary>
/// Which failures under a defect need a clean re-run of their own (<see cref="CleanRecheck"/>). A functional scenario needs
/// one the first time it fails against a defect; once it has passed a re-run, a later failure against another defect takes
/// that answer. A scenario whose re-run failed has shown it can fail without any defect on this machine: it is unreliable
/// from then on, and every later failure of it needs its own re-run (one flaky scenario no longer makes the whole run
/// re-run everything). Once re-runs of <see cref="MachineFailingScenarios"/> different scenarios have failed, the machine
/// rather than a scenario is failing them, and from then on every failure needs its own re-run, as before. A measured
/// scenario always needs one: its verdict depends on the load of the moment. Thread-safe.
/// </summary>
internal sealed class ConfirmationMemory
{
    /// <summary>How many different scenarios must fail a clean re-run before every failure of every scenario is re-run.</summary>
    public const int MachineFailingScenarios = 3;

    private readonly ConcurrentDictionary<string, bool> _passedAgain = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _unreliable = new(StringComparer.Ordinal);

    /// <summary>True once re-runs of <see cref="MachineFailingScenarios"/> different scenarios have failed.</summary>
    public bool MachineFailing => _unreliable.Count >= MachineFailingScenarios;

    /// <summary>The scenarios whose clean re-run failed, ordered.</summary>
    public IReadOnlyList<string> Unreliable => [.. _unreliable.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Whether the failure of the scenario at <paramref name="location"/> must be run again without the defect.</summary>
    public bool NeedsRerun(string location, bool measured) =>
        measured || MachineFailing || _unreliable.ContainsKey(location) || !_passedAgain.ContainsKey(location);

    /// <summary>Records what re-runs found.</summary>
    public void Record(IEnumerable<string> passedAgain, IEnumerable<string> failedAgain)
    {
        foreach (var location in passedAgain)
        {
            _passedAgain[location] = true;
        }

        foreach (var location in failedAgain)
        {
            _unreliable[location] = true;
        }
    }
}

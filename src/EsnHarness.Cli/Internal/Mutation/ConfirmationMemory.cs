using System.Collections.Concurrent;

namespace EsnHarness.Cli.Internal.Mutation;

/// <summary>
/// Which failures under a defect need a clean re-run of their own (<see cref="CleanRecheck"/>). A functional scenario needs
/// one the first time it fails against a defect; once it has passed a re-run, a later failure against another defect takes
/// that answer, as long as no re-run of the mutation run has failed. A failed re-run shows the machine failing scenarios
/// without any defect (on a loaded machine, reusing answers once counted load failures as catches), so from then on every
/// failure needs its own re-run. A measured scenario always needs one: its verdict depends on the load of the moment.
/// Thread-safe.
/// </summary>
internal sealed class ConfirmationMemory
{
    private readonly ConcurrentDictionary<string, bool> _passedAgain = new(StringComparer.Ordinal);
    private int _machineFailed;

    /// <summary>True once a re-run has failed.</summary>
    public bool MachineFailedOne => Volatile.Read(ref _machineFailed) == 1;

    /// <summary>Whether the failure of the scenario at <paramref name="location"/> must be run again without the defect.</summary>
    public bool NeedsRerun(string location, bool measured) => measured || MachineFailedOne || !_passedAgain.ContainsKey(location);

    /// <summary>Records what re-runs found.</summary>
    public void Record(IEnumerable<string> passedAgain, IEnumerable<string> failedAgain)
    {
        foreach (var location in passedAgain)
        {
            _passedAgain[location] = true;
        }

        if (failedAgain.Any())
        {
            Volatile.Write(ref _machineFailed, 1);
        }
    }
}

namespace EsnHarness.Cli.Internal.Mutation;

/// <summary>
/// Gathers what a defect's parts found (its functional part in the first phase, its measured part in the second) into
/// its outcome, once its last part has run. Thread-safe: the parts of a phase run side by side.
/// </summary>
internal sealed class DefectTally(ReferenceDefect defect, IReadOnlyList<string> reachable, int parts)
{
    private readonly Lock _gate = new();
    private readonly List<Catch> _catches = [];
    private readonly List<Catch> _unconfirmed = [];
    private TimeSpan _duration;
    private int _remaining = parts;

    /// <summary>Adds one part's catches, unconfirmed failures and time.</summary>
    /// <returns>The defect's outcome when this was its last part; otherwise null.</returns>
    public DefectOutcome? Add(IEnumerable<Catch> catches, IEnumerable<Catch> unconfirmed, TimeSpan duration)
    {
        lock (_gate)
        {
            _catches.AddRange(catches);
            _unconfirmed.AddRange(unconfirmed);
            _duration += duration;
            _remaining--;
            return _remaining == 0 ? OutcomeLocked() : null;
        }
    }

    /// <summary>The outcome so far (every part's, once all have run).</summary>
    public DefectOutcome Outcome
    {
        get
        {
            lock (_gate)
            {
                return OutcomeLocked();
            }
        }
    }

    private DefectOutcome OutcomeLocked() => new(
        defect,
        [.. reachable.Order(StringComparer.Ordinal)],
        [.. _catches.OrderBy(c => c.Scenario, StringComparer.Ordinal)],
        _duration,
        [.. _unconfirmed.OrderBy(c => c.Scenario, StringComparer.Ordinal)]);
}

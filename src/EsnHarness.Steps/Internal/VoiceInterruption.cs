namespace EsnHarness.Steps.Internal;

/// <summary>
/// How long a listener's voice was interrupted within one talk burst: the longest run of frames missing between two
/// frames it received, from the frames' sequence numbers (TS 24.380 media: one sequence per 20 ms frame). Counting
/// missing frames rather than timing arrivals keeps the host's own timer lateness out of the measurement.
/// </summary>
internal static class VoiceInterruption
{
    /// <summary>The longest run of missing frames between received <paramref name="sequences"/> (any order, duplicates
    /// ignored) and the sequence of the first frame missing in it; (0, 0) when nothing is missing.</summary>
    public static (int Missing, uint FirstMissing) LongestLoss(IEnumerable<uint> sequences)
    {
        var sorted = sequences.Distinct().Order().ToArray();
        var (missing, first) = (0, 0u);
        for (var i = 1; i < sorted.Length; i++)
        {
            var run = (int)(sorted[i] - sorted[i - 1] - 1);
            if (run > missing)
            {
                (missing, first) = (run, sorted[i - 1] + 1);
            }
        }

        return (missing, first);
    }
}

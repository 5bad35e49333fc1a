namespace EsnHarness.Steps.Internal;

/// <summary>What <see cref="VoicePlayout"/> found in one talker's bursts.</summary>
/// <param name="MouthToEarMs">One mouth-to-ear sample per burst and listener, milliseconds.</param>
/// <param name="Components">The samples' parts (means, ms).</param>
/// <param name="Quality">Counts: bursts heard, frames played, discarded, off the talker's timing.</param>
/// <param name="Measure">What a sample measures, in words.</param>
/// <param name="InTiming">Frames after a burst's first that played in the talker's timing.</param>
/// <param name="OffTiming">Frames after a burst's first that did not (gap, overlap, or played twice).</param>
/// <param name="OffTimingExamples">The first few of those, described.</param>
internal sealed record VoicePlayoutResult(
    IReadOnlyList<double> MouthToEarMs,
    IReadOnlyDictionary<string, double> Components,
    IReadOnlyDictionary<string, double> Quality,
    string Measure,
    int InTiming,
    int OffTiming,
    IReadOnlyList<string> OffTimingExamples);

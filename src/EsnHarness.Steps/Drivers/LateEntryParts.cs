using EsnHarness.Steps.Kpi;

namespace EsnHarness.Steps.Drivers;

/// <summary>The parts of the late entries measured, for the evidence (means, ms). Lanes add to it at once.</summary>
internal sealed class LateEntryParts(bool encrypted)
{
    private readonly Lock _gate = new();
    private readonly List<LateEntrySample> _samples = [];

    public void Add(LateEntrySample sample)
    {
        lock (_gate)
        {
            _samples.Add(sample);
        }
    }

    public MeasureNote Note()
    {
        lock (_gate)
        {
            return NoteOf(_samples);
        }
    }

    private MeasureNote NoteOf(List<LateEntrySample> samples)
    {
        var parts = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["affiliation request to Call Connected"] = Mean(samples, s => s.Connected),
            ["to the first Floor Taken naming the talker"] = Mean(samples, s => s.Taken),
            ["to the start of play-out of the talker's first frame"] = Mean(samples, s => s.Heard),
        };
        if (encrypted)
        {
            parts["to holding the group key from the KMS"] = Mean(samples, s => s.Keyed);
        }

        return new MeasureNote(
            "From the late joiner's affiliation request (harness clock) to the later of: the first Floor Taken naming the talker, and the start of play-out of the talker's first frame at the joiner's ear (jitter buffer included)"
            + (encrypted ? ", and holding the group key, fetched from the KMS as the member affiliates (the group uses application-layer encryption)." : ". The group uses no application-layer encryption."),
            parts);
    }

    private static double Mean(List<LateEntrySample> samples, Func<LateEntrySample, double> part) => samples.Count == 0 ? 0 : Math.Round(samples.Average(part), 3);
}

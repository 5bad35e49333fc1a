namespace EsnHarness.Steps.Kpi;

/// <summary>A measured quantity a requirement can name, with the label and unit its evidence carries.</summary>
/// <param name="Name">Name as written in step text, e.g. "access time".</param>
/// <param name="Label">Label in the evidence, e.g. "KPI1 access time".</param>
/// <param name="Unit">Unit of the samples, e.g. "ms".</param>
public sealed record Metric(string Name, string Label, string Unit)
{
    /// <summary>KPI1: PTT press to permission to talk (TS 22.179 R-6.15.3.2-012).</summary>
    public static Metric AccessTime { get; } = new("access time", "KPI1 access time", "ms");

    /// <summary>KPI2: PTT press to talking, call set-up and first receiver included (R-6.15.3.2-014).</summary>
    public static Metric EndToEndAccessTime { get; } = new("end-to-end access time", "KPI2 end-to-end access time", "ms");

    /// <summary>KPI3: mouth-to-ear latency per voice burst (R-6.15.3.2-015).</summary>
    public static Metric MouthToEar { get; } = new("mouth-to-ear latency", "KPI3 mouth-to-ear latency", "ms");

    /// <summary>KPI4: late call entry time (R-6.15.4.2-004).</summary>
    public static Metric LateEntry { get; } = new("late entry time", "KPI4 late call entry time", "ms");

    /// <summary>Share of voice frames (after a burst's first) that play in the talker's timing: no gap, overlap or repeat.</summary>
    public static Metric PlayoutContinuity { get; } = new("voice frames played in the talker's timing", "Voice play-out continuity", "%");

    /// <summary>Time for an SDS to reach its recipient's terminal.</summary>
    public static Metric SdsDelivery { get; } = new("SDS delivery time", "SDS delivery time", "ms");

    /// <summary>Delay the Airwave interworking bridge adds to a voice frame.</summary>
    public static Metric InterworkingLatency { get; } = new("interworking added latency", "Interworking added latency", "ms");

    /// <summary>Share of group call set-ups that succeed.</summary>
    public static Metric CallSetupSuccess { get; } = new("group call set-ups", "Group call set-up success ratio", "%");

    /// <summary>Metrics that step text can name, longest name first so the parameter regex prefers it.</summary>
    public static IReadOnlyList<Metric> Named { get; } =
        new[] { AccessTime, EndToEndAccessTime, MouthToEar, LateEntry, SdsDelivery, InterworkingLatency, CallSetupSuccess }
            .OrderByDescending(m => m.Name.Length)
            .ToArray();

    /// <summary>The metric whose name is <paramref name="name"/> (case-insensitive).</summary>
    /// <exception cref="ArgumentException">No such metric.</exception>
    public static Metric Parse(string name) =>
        Named.FirstOrDefault(m => string.Equals(m.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"'{name}' is not a measured quantity; use one of: {string.Join(", ", Named.Select(m => m.Name))}.", nameof(name));

    /// <summary>A single-value metric for a "within N ms" check, e.g. "emergency alert delivery time".</summary>
    public static Metric Single(string label) => new(label, label, "ms");
}

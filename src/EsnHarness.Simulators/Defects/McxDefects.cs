namespace EsnHarness.Simulators.Defects;

/// <summary>Faults of an MCX service (MCPTT/MCData server): floor control, calls, SDS, emergencies, affiliation, location.</summary>
public static class McxDefects
{
    /// <summary>The floor queue serves the most recent request first.</summary>
    public static readonly Defect FloorQueueLifo = new(
        "mcx.floor-queue-lifo", "mcx",
        "Queued talkers of equal priority are granted the floor last-in first-out: the first to ask waits longest.",
        "TS 24.380 §6.3.4.4.4 (queued requests served in order of priority, then arrival)");

    /// <summary>Every MCX defect.</summary>
    public static IReadOnlyList<Defect> All { get; } = [FloorQueueLifo];
}

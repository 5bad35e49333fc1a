using EsnHarness.Simulators.Defects;

namespace EsnHarness.Simulators.FloorControl;

/// <summary>Configuration of one floor arbitrator (one group call's floor control server).</summary>
/// <param name="Timers">Timer and counter values (TS 24.380 §11.2).</param>
/// <param name="QueueingEnabled">Whether requests that cannot be granted are queued (TS 24.380 §4.1.1.4 queueing).</param>
/// <param name="MaxQueueLength">How many requests the queue holds; a request beyond it is denied with cause 7.</param>
/// <param name="BroadcastInitiator">For a broadcast group call, the only participant allowed to talk; null otherwise.</param>
/// <param name="AudioCutIn">Audio cut-in group (TS 24.380 §6.3.4.4.3 note): the latest request pre-empts and T3 is zero.</param>
/// <param name="Defects">Reference defects of the MCX this arbitrator belongs to (<see cref="McxDefects"/>); null or empty: faithful.</param>
public sealed record ArbitratorOptions(
    FloorTimers Timers,
    bool QueueingEnabled = true,
    int MaxQueueLength = 8,
    string? BroadcastInitiator = null,
    bool AudioCutIn = false,
    DefectSet? Defects = null)
{
    /// <summary>
    /// The talk time (T2) of a talker granted at the emergency level, when it differs from <see cref="FloorTimers.T2"/>: the
    /// group's emergency talk time, which the open microphone of the emergency button uses (a London assumption carried from
    /// TETRA practice; TS 24.380 leaves T2 to configuration). Null: T2 for every talker.
    /// </summary>
    public TimeSpan? EmergencyTalkTime { get; init; }
}

namespace EsnHarness.Simulators.Defects;

/// <summary>
/// Faults of what a control room's positions rely on: the MCX service's recorder, retention and evidential export, its
/// handling of a position that logs on again at a fallback site, group patches and the separation of the services'
/// consoles, and a console's audio select.
/// </summary>
public static class ControlRoomDefects
{
    /// <summary>The recorder keeps the crews' talk bursts but not the dispatchers'.</summary>
    public static readonly Defect RecordingMissesDispatchers = new(
        "mcx.recording-misses-dispatchers", "mcx",
        "The recorder keeps the crews' talk bursts but not the dispatchers' (console audio left to a recorder nobody checks): the record has no trace of what the control room said.",
        "London assumption: every talk burst of a call is recorded (LFB records main-scheme radio traffic, ESN-DOMAIN §2)");

    /// <summary>The evidence's content hash covers the header only.</summary>
    public static readonly Defect EvidenceHashPartial = new(
        "mcx.evidence-hash-partial", "mcx",
        "An exported recording's content hash covers the call's header (call, group, times) but not its talk bursts: a changed talker, time or frame count still verifies.",
        "esn.mcx.v1.EvidenceExport.content_sha256 (the canonical text includes every talk burst); London assumption: evidential integrity");

    /// <summary>Records are never deleted.</summary>
    public static readonly Defect RetentionIgnored = new(
        "mcx.retention-ignored", "mcx",
        "Recordings are never deleted: a recording past its service's retention period can still be exported.",
        "London assumption: each service's retention period decides what can still be exported (LFB: at least 5 years)");

    /// <summary>Every record is kept for the shortest period any agency has.</summary>
    public static readonly Defect RetentionShortestPeriod = new(
        "mcx.retention-shortest-period", "mcx",
        "Every recording is kept for the shortest retention period any service configured: an MPS recording is deleted when LFB's shorter period ends.",
        "London assumption: each service's own retention period applies to its recordings");

    /// <summary>A dispatcher that affiliates again is not given its groups' open emergency alerts.</summary>
    public static readonly Defect FailoverLosesEmergencies = new(
        "mcx.failover-loses-emergencies", "mcx",
        "A dispatcher position that logs on again at a fallback control room is not given the open emergency alerts of its groups: an unacknowledged emergency vanishes from the control room.",
        "TS 23.280 §10.10.1 (emergency alert to the group's affiliated members); London assumption: control-room site failover loses nothing");

    /// <summary>A log-on from another client is taken as a refresh of the old one.</summary>
    public static readonly Defect ReregistrationKeepsOldClient = new(
        "mcx.reregistration-keeps-old-client", "mcx",
        "A dispatcher logging on from another console (a fallback site) is taken as a refresh of the failed one: the new console is never entered into the calls in progress on its groups.",
        "TS 24.379 (registration of an MCPTT client; late entry on affiliation); London assumption: calls carried over at a control-room failover");

    /// <summary>A dispatcher may monitor, patch and export another service's groups.</summary>
    public static readonly Defect DispatcherAgencyUnchecked = new(
        "mcx.dispatcher-agency-unchecked", "mcx",
        "A dispatcher console can monitor, patch and export the recordings of another service's groups when a group document lets it: one console answers two services.",
        "London's collaboration principle: control rooms share a space, not integrated systems (ESN-DOMAIN §2)");

    /// <summary>A patch is told only to the first group's members.</summary>
    public static readonly Defect PatchToldToOneGroup = new(
        "mcx.patch-told-to-one-group", "mcx",
        "A patch is announced only to the members of the first group named: the second group's members talk across a patch they do not know of.",
        "TS 23.379 §10.6.2.10.2 (members of the groups told of the temporary group); esn.mcx.v1.GroupPatchEvent");

    /// <summary>Unpatching is announced but the groups stay joined.</summary>
    public static readonly Defect UnpatchKeepsBridge = new(
        "mcx.unpatch-keeps-bridge", "mcx",
        "Removing a patch is announced but the groups stay joined: the next call on one group is still heard on the other.",
        "TS 23.379 §10.6.2.10 (tear-down of a temporary group restores its constituent groups)");

    /// <summary>A console plays every monitored group's audio.</summary>
    public static readonly Defect AudioSelectIgnored = new(
        "device.audio-select-ignored", "device",
        "A console plays the audio of every monitored group, not only the selected one: the dispatcher hears several groups talking over each other.",
        "London assumption: a console position plays the selected group and shows the talkers of the others (esn.device.v1 audio select)");

    /// <summary>Every control-room defect.</summary>
    public static IReadOnlyList<Defect> All { get; } =
    [
        RecordingMissesDispatchers, EvidenceHashPartial, RetentionIgnored, RetentionShortestPeriod, FailoverLosesEmergencies,
        ReregistrationKeepsOldClient, DispatcherAgencyUnchecked, PatchToldToOneGroup, UnpatchKeepsBridge, AudioSelectIgnored,
    ];
}

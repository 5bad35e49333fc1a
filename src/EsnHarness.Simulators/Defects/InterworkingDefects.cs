namespace EsnHarness.Simulators.Defects;

/// <summary>Faults of the Airwave (TETRA) interworking function: identity mapping, emergencies, latency, floor, status, failure.</summary>
public static class InterworkingDefects
{
    /// <summary>The IWF ignores its identity table: every radio user appears on ESN as the bridge's own identity, and ESN users to radios by MCPTT ID.</summary>
    public static readonly Defect IdentityNotMapped = new(
        "interworking.identity-not-mapped", "interworking",
        "An Airwave talker reaches ESN as the bridge itself ('iwf-...'), never under the MCPTT ID the ISSI is mapped to: ESN users and dispatchers cannot tell which radio user is talking.",
        "TS 23.283 §10.5.8 step 3 (floor requests from LMR users carry the MCPTT ID the IWF converted), §10.13.2");

    /// <summary>A TETRA emergency crosses as an ordinary call: no ESN alert, normal priority.</summary>
    public static readonly Defect EmergencyAsNormalCall = new(
        "interworking.emergency-as-normal-call", "interworking",
        "A radio user's emergency button (alarm and open-microphone call) reaches ESN as an ordinary group call: no emergency alert to the dispatchers, no emergency priority, an ESN talker is not pre-empted.",
        "TS 23.283 §10.6.2.7 (emergency priority for a talker whose radio is in emergency); EN 300 392-2 emergency call");

    /// <summary>The bridge adds 400 ms each way on top of its modelled latency.</summary>
    public static readonly Defect Adds400Ms = new(
        "interworking.adds-400-ms", "interworking",
        "The bridge adds 400 ms to every frame in each direction (e.g. a transcoder buffering too deep): conversation across Airwave and ESN becomes stilted and the interworking latency budget is broken.",
        "REQ-LDN-INTEROP-013 (interworking adds under 150 ms for 95 % of bursts, London assumption)");

    /// <summary>The IWF grants a radio's PTT on the TETRA side without asking the ESN floor.</summary>
    public static readonly Defect FloorNotArbitrated = new(
        "interworking.floor-not-arbitrated", "interworking",
        "A radio pressing PTT is granted at once on the Airwave side even while an ESN user holds the floor: both sides talk over each other and the radio is never queued.",
        "TS 23.283 §10.5.8 (the MCPTT floor control server decides LMR users' requests); REQ-LDN-INTEROP-014");

    /// <summary>TETRA statuses cross to ESN as free text instead of status messages.</summary>
    public static readonly Defect StatusAsText = new(
        "interworking.status-as-text", "interworking",
        "A radio's pre-coded status reaches ESN as a text message ('STATUS 32771') instead of an MCData status: terminals and CAD integrations looking for status codes never see it.",
        "TS 23.283 §10.8 (TETRA SDS and status interworked with MCData SDS)");

    /// <summary>When the IWF fails, the radios are not told: they keep talking into a dead bridge.</summary>
    public static readonly Defect FailureNotSignalled = new(
        "interworking.failure-not-signalled", "interworking",
        "When the interworking function fails the Airwave radios on the patched talkgroup are not told: their users believe ESN still hears them.",
        "London assumption for the Airwave cut-over: radio users are told when their talkgroup's patch to ESN is lost (TS 23.283 leaves IWF failure handling to the LMR system)");

    /// <summary>A failed bridge is not reported on the IWF's status feed: control rooms are not told.</summary>
    public static readonly Defect FailureNotReported = new(
        "interworking.failure-not-reported", "interworking",
        "When a bridge fails, the interworking function's status feed says nothing (it reports only bridges being patched and removed): dispatchers believe their Airwave talkgroup still reaches ESN.",
        "London assumption for the Airwave cut-over: control rooms are told when a talkgroup's patch to ESN is lost (TS 23.283 leaves IWF failure handling to the operator)");

    /// <summary>The IWF leaves every call that is not on its own bridged group, so a dispatcher's regroup does not reach the talkgroup.</summary>
    public static readonly Defect RegroupNotCarried = new(
        "interworking.regroup-not-carried", "interworking",
        "The interworking function only carries calls on the ESN group its talkgroup is bridged to and leaves a call set up on a group a dispatcher patched to it: Airwave radios never hear the ESN users of the regrouped group.",
        "TS 23.283 §10.3.7-10.3.8 (group regroup across the IWF); REQ-LDN-INTEROP (dynamic regrouping across the bridge)");

    /// <summary>One emergency becomes two across the bridge.</summary>
    public static readonly Defect EmergencyDoubled = new(
        "interworking.emergency-doubled", "interworking",
        "One emergency becomes two across the bridge: a radio's emergency raises the ESN alert for its alarm and again for its open-microphone call, and an ESN emergency call is announced to the talkgroup again after its alert. A dual-running dispatcher sees the same emergency twice.",
        "London assumption for dual running: an emergency reaches each control-room console once; TS 23.283 §10.6 (emergency interworking)");

    /// <summary>Removing one bridge wipes the whole identity table.</summary>
    public static readonly Defect CutOverDropsOtherMappings = new(
        "interworking.cut-over-drops-other-mappings", "interworking",
        "Removing one bridge (a migration wave's cut-over) makes the interworking function drop its whole ISSI <-> MCPTT ID table: radio users on every talkgroup that stays bridged vanish from ESN and reappear as the bridge itself.",
        "TS 23.283 §10.5.8 step 3 (the provisioned identity mapping); London assumption: a migration wave changes nothing for the boroughs outside it");

    /// <summary>Every interworking defect.</summary>
    public static IReadOnlyList<Defect> All { get; } =
        [IdentityNotMapped, EmergencyAsNormalCall, Adds400Ms, FloorNotArbitrated, StatusAsText, FailureNotSignalled, FailureNotReported, RegroupNotCarried,
            EmergencyDoubled, CutOverDropsOtherMappings];
}

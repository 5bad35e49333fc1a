namespace EsnHarness.Simulators.Defects;

/// <summary>Faults of a terminal's direct mode (off-network MCPTT client, TS 24.379 §10.2 / §11.2, TS 24.380 clause 7).</summary>
public static class DirectModeDefects
{
    /// <summary>The terminal does not fall back to direct mode when it loses service.</summary>
    public static readonly Defect NoFallBack = new(
        "device.dmo-no-fallback", "device",
        "A terminal that loses coverage (a basement, a tunnel, a collapsed building) stays silently on the network instead of falling back to direct mode on its selected group: the crew beside it can no longer talk to it.",
        "TS 23.379 §10.6 / TS 24.483 off-network configuration (fall back to off-network operation without EPS coverage); London assumption: crews keep talking to each other when coverage is lost");

    /// <summary>Pressing PTT in direct mode takes the floor at once, without Floor Request.</summary>
    public static readonly Defect FloorSelfGrant = new(
        "device.dmo-floor-self-grant", "device",
        "In direct mode the terminal takes the floor the moment PTT is pressed (Floor Taken) instead of asking the talker and waiting C201 requests: it talks over whoever is talking and is never queued.",
        "TS 24.380 §7.2, Annex C.2 ('O: has no permission': PTT sends Floor Request and starts T201; Floor Taken only after C201 unanswered requests)");

    /// <summary>A talker releasing the floor drops its queue instead of granting the first in it.</summary>
    public static readonly Defect QueueNotHandedOn = new(
        "device.dmo-queue-not-handed-on", "device",
        "A direct-mode talker who lets go of PTT sends Floor Release and forgets its queue: users waiting their turn are never granted the floor and have to press again, in any order.",
        "TS 24.380 §7.2, Annex C.2 ('O: has permission', PTT released with a non-empty queue: Floor Granted to the head of the queue)");

    /// <summary>A direct-mode emergency call asks for the floor at normal priority.</summary>
    public static readonly Defect EmergencyNotPreempting = new(
        "device.dmo-emergency-not-preempting", "device",
        "A user who starts an emergency call in direct mode asks for the floor at normal priority: the talker queues them instead of giving way, so the user in distress waits their turn.",
        "TS 24.380 §7.2 ('O: has permission': a Floor Request of a higher class, emergency, is granted at once); TS 24.379 §10.2.3 emergency group call off-network");

    /// <summary>The sidelink reaches every terminal in direct mode, whatever the distance or the ground between.</summary>
    public static readonly Defect RangeUnlimited = new(
        "device.dmo-range-unlimited", "device",
        "Direct mode is modelled without range: a terminal kilometres away, or below ground, hears the call. A requirement relying on it proves nothing about who is really in reach.",
        "Direct mode reaches only terminals in radio range (TS 23.303 ProSe direct communication); London assumption: about 1 km on open ground, far less inside buildings and underground");

    /// <summary>The terminal stays in direct mode after service comes back.</summary>
    public static readonly Defect NoReturnOnCoverage = new(
        "device.dmo-no-return-on-coverage", "device",
        "A terminal that fell back to direct mode stays there when coverage returns: its user never rejoins the group's call on the network and control cannot reach them.",
        "TS 23.379 §10.6.2.3.1.1.4 (back in coverage the user is brought into the ongoing call by late entry); TS 24.483 off-network configuration");

    /// <summary>The terminal plays voice of private calls between others in range.</summary>
    public static readonly Defect PrivateVoiceUnfiltered = new(
        "device.dmo-private-voice-unfiltered", "device",
        "A terminal in direct mode plays every voice frame it hears on the sidelink, including a private call between two others nearby: private calls are not private.",
        "TS 24.379 §11.2 (an off-network private call is between its two users; media of other calls is not rendered)");

    /// <summary>A caller whose probe nobody answers never announces the call.</summary>
    public static readonly Defect CallNotAnnounced = new(
        "device.dmo-call-not-announced", "device",
        "A terminal never sends GROUP CALL ANNOUNCEMENT (not when it sets a call up, not to answer a probe): its user talks as if the call were up, but nobody else joins it and the talker speaks to no one.",
        "TS 24.379 §10.2.2 (TFG1 expiry: the caller sends GROUP CALL ANNOUNCEMENT and the call is established); TS 36.579-2 §7.1.1");

    /// <summary>A gateway relays direct mode to the network but not the network back to direct mode.</summary>
    public static readonly Defect GatewayDropsDownlink = new(
        "device.dmo-gateway-drops-downlink", "device",
        "A vehicle gateway carries the direct-mode crew's voice to the network but never relays the network's talkers (control, the incident commander) back to direct mode: the crew cannot hear control.",
        "London assumption for the direct-mode gateway (the Airwave DMO gateway's role, ETSI EN 300 396-5): voice relayed both ways");

    /// <summary>Every direct-mode defect.</summary>
    public static IReadOnlyList<Defect> All { get; } =
        [NoFallBack, FloorSelfGrant, QueueNotHandedOn, EmergencyNotPreempting, RangeUnlimited, NoReturnOnCoverage, PrivateVoiceUnfiltered, CallNotAnnounced, GatewayDropsDownlink];
}

namespace EsnHarness.Simulators.Defects;

/// <summary>Faults of a terminal (UE) and its MCX client: location reporting, message dispositions, voice play-out, emergency alerts.</summary>
public static class DeviceDefects
{
    /// <summary>The terminal never reports on distance travelled, only on time, cell change and events.</summary>
    public static readonly Defect DistanceTriggerIgnored = new(
        "device.distance-trigger-ignored", "device",
        "A terminal moving within its cell never sends a distance-triggered location report: the control room sees a crew where it was until the next periodic report.",
        "TS 24.379 location reporting configuration (distance travelled trigger); REQ-LDN-LOC (every 30 s or 200 m)");

    /// <summary>The terminal keeps reporting the position it had at log-on, stamped as a new fix.</summary>
    public static readonly Defect StaleLocation = new(
        "device.stale-location", "device",
        "Location reports carry the position cached at log-on with a fresh timestamp: the control room sees an up-to-date report of where the user no longer is.",
        "TS 23.280 §10.9 (a location report carries the current location information)");

    /// <summary>Opening a message never sends the READ (or DELIVERED AND READ) report the sender asked for.</summary>
    public static readonly Defect ReadDispositionNeverSent = new(
        "device.read-disposition-never-sent", "device",
        "A message the user opens is never reported read: the sender (a dispatcher awaiting acknowledgement) never learns it was seen.",
        "TS 24.282 §13 / TS 36.579-7 §6.1.2 (READ disposition notification on opening)");

    /// <summary>The terminal plays each voice frame the moment it arrives: no jitter buffer, no ordering.</summary>
    public static readonly Defect JitterBufferMissing = new(
        "device.jitter-buffer-missing", "device",
        "Voice frames play the instant they arrive: with arrival jitter they overlap or leave gaps and duplicates play twice, so speech is choppy even though every frame arrived.",
        "TS 26.114 §8.2.3 (jitter buffer management in the receiving terminal)");

    /// <summary>The emergency alert goes out without the user's position.</summary>
    public static readonly Defect EmergencyAlertWithoutLocation = new(
        "device.emergency-alert-without-location", "device",
        "Pressing the emergency button raises the alert without the user's position: the control room knows who is in danger but not where.",
        "TS 23.280 §10.10 (the emergency alert carries location information); REQ-LDN-LOC-011");

    /// <summary>A silent emergency alert sounds the alert tone at the terminal raising it.</summary>
    public static readonly Defect SilentAlertAudible = new(
        "device.silent-alert-audible", "device",
        "A lone worker's silent alert sounds the terminal's alert tone all the same: whoever threatens the user hears that they raised the alarm.",
        "TS 22.280 emergency alert; London requirement REQ-LDN-EMER-013 (a silent alert gives no audible indication at the terminal)");

    /// <summary>The vehicle device takes the handheld's affiliations at docking but not its selected group.</summary>
    public static readonly Defect DockSelectedGroupLost = new(
        "device.dock-selected-group-lost", "device",
        "An officer who gets into the car and presses PTT on the vehicle device talks on the vehicle's own group, not the one they had selected on the handheld: the call they were in never hears them.",
        "London assumption REQ-LDN-VEH-001/002 (docking moves the selected group to the vehicle device; 3GPP leaves docking to suppliers)");

    /// <summary>The device taking over at a dock or undock does not ask for the floor the user held.</summary>
    public static readonly Defect DockFloorDropped = new(
        "device.dock-floor-dropped", "device",
        "A user talking as they get in or out of the vehicle is cut off mid-sentence: the new device joins the call but does not ask for the floor again, so the next talker takes it.",
        "London assumption REQ-LDN-VEH-003/006 (a handover keeps the floor the user held; floor control per TS 24.380)");

    /// <summary>At undocking the handheld logs on with its selected group only: the other groups the user monitored are lost.</summary>
    public static readonly Defect UndockAffiliationsLost = new(
        "device.undock-affiliations-lost", "device",
        "An officer leaving the car keeps the talkgroup they had selected but silently stops hearing every other group they monitored in the vehicle.",
        "London assumption REQ-LDN-VEH-005/007 (undocking gives back every group the user had in the vehicle)");

    /// <summary>The terminal shows lost service only when a later registration check fails, not when the radio link goes.</summary>
    public static readonly Defect NoServiceShownLate = new(
        "device.no-service-shown-late", "device",
        "A responder who walks out of coverage is told so only 30 s later (when the terminal's next registration check fails): meanwhile they press PTT and talk, believing they are heard.",
        "TS 36.331 §5.3.11 (radio link failure detected within T310, 1 s by default); REQ-LDN-COV-017 and REQ-LDN-RES-009 (told within 5 s)");

    /// <summary>The terminal's key management client never asks the KMS for the key of a group its user affiliates to.</summary>
    public static readonly Defect GroupKeyNotRequested = new(
        "device.group-key-not-requested", "device",
        "A terminal affiliates to its group but its key management client never asks the KMS for the group's key (GMK): the user is in the group yet holds no key, so the group's encrypted calls and messages stay silent on their terminal.",
        "TS 33.180 §5.7 (each member's MC client holds the group's GMK before group communication); REQ-LDN-SEC-007");

    /// <summary>Every device defect.</summary>
    public static IReadOnlyList<Defect> All { get; } =
    [
        DistanceTriggerIgnored, StaleLocation, ReadDispositionNeverSent, JitterBufferMissing, EmergencyAlertWithoutLocation, SilentAlertAudible,
        DockSelectedGroupLost, DockFloorDropped, UndockAffiliationsLost, NoServiceShownLate, GroupKeyNotRequested,
    ];
}

namespace EsnHarness.Simulators.Defects;

/// <summary>Faults of a terminal's emergency features and of how it treats remote actions: ambient listening, a remote
/// change of selected group, man-down, and emergencies raised out of coverage.</summary>
public static class TerminalFunctionDefects
{
    /// <summary>The listened-to terminal shows the ambient listening call and its floor like any call.</summary>
    public static readonly Defect AmbientListeningShown = new(
        "device.ambient-listening-shown", "device",
        "A terminal being listened to shows the call and sounds its tones: the person under observation (or a hostage-taker beside them) learns they are overheard.",
        "TS 23.379 §10.14 (the listened-to UE gives no indication of the ambient listening call)");

    /// <summary>An emergency alert raised without service is dropped instead of stored.</summary>
    public static readonly Defect OutOfCoverageEmergencyDropped = new(
        "device.out-of-coverage-emergency-dropped", "device",
        "An emergency button pressed in a basement with no coverage is lost: the control room never learns of it, even when the officer walks back into coverage.",
        "London assumption (an alert raised out of coverage is sent when service returns); TS 23.280 §10.10.1 (emergency alert)");

    /// <summary>A stored emergency alert carries the location at delivery instead of where it was raised.</summary>
    public static readonly Defect StoredAlertLocationAtDelivery = new(
        "device.stored-alert-location-at-delivery", "device",
        "An emergency raised out of coverage reaches the control room with where the terminal is when service returns, not where the officer was when they pressed the button.",
        "TS 23.280 §10.10 (the alert carries the location at the time it is raised); table 10.9.2.1-1 (location stored while not reporting)");

    /// <summary>The man-down sensor's timer runs out but the terminal raises no alert.</summary>
    public static readonly Defect ManDownNotRaised = new(
        "device.man-down-not-raised", "device",
        "A firefighter lying still for longer than the man-down time raises no alert: nobody comes.",
        "London assumption (man-down raises an emergency alert after the configured time without movement or while tilted)");

    /// <summary>Movement does not reset the man-down timer.</summary>
    public static readonly Defect ManDownMovementIgnored = new(
        "device.man-down-movement-ignored", "device",
        "A paramedic who stands still to treat a patient and then moves on raises a false man-down alert: movement does not reset the sensor's time.",
        "London assumption (movement before the man-down time resets it)");

    /// <summary>The terminal acknowledges a remote change of selected group but keeps the old selection.</summary>
    public static readonly Defect RemoteGroupChangeIgnored = new(
        "device.remote-group-change-ignored", "device",
        "The terminal shows that the control room moved it to the incident group, but PTT still goes out on the old group.",
        "TS 22.280 (remote change of selected group)");

    /// <summary>Every terminal-function defect.</summary>
    public static IReadOnlyList<Defect> All { get; } =
    [
        AmbientListeningShown, OutOfCoverageEmergencyDropped, StoredAlertLocationAtDelivery, ManDownNotRaised, ManDownMovementIgnored, RemoteGroupChangeIgnored,
    ];
}

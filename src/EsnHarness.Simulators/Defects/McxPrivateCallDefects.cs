namespace EsnHarness.Simulators.Defects;

/// <summary>
/// Faults of an MCX service's on-network private calls (TS 24.379 §11.1, TS 22.179 §5.6): commencement mode, the offer,
/// a declined or unanswered call, and the media of the called party.
/// </summary>
public static class McxPrivateCallDefects
{
    /// <summary>A private call asking for automatic commencement is set up as a manual one: it rings.</summary>
    public static readonly Defect AutoCommencementIgnored = new(
        "mcx.private-call-auto-commencement-ignored", "mcx",
        "A private call with automatic commencement rings on the called terminal and waits to be answered, so a control room's urgent call to a crew member who cannot touch the handset is never heard.",
        "TS 24.379 §11.1.1 (automatic commencement: the called client accepts without user action); TS 22.179 §5.6");

    /// <summary>The offer of a manual-commencement private call carries no caller identity.</summary>
    public static readonly Defect CallerWithheld = new(
        "mcx.private-call-caller-withheld", "mcx",
        "The called terminal rings without showing who is calling: an officer cannot tell the control room's call from anyone else's before answering.",
        "TS 24.379 §11.1.1 (the invitation carries the calling user's MCPTT ID); TS 22.179 §5.6");

    /// <summary>A declined private call is reported to the caller as not answered.</summary>
    public static readonly Defect DeclineReportedAsNoAnswer = new(
        "mcx.private-call-decline-reported-as-no-answer", "mcx",
        "When the called user declines a private call the caller is told it was not answered, so the dispatcher keeps trying someone who has refused the call on purpose.",
        "TS 24.379 §11.1.1 (the called user rejects: the caller gets the rejection, cause rejected by user)");

    /// <summary>The no-answer time in the called user's profile is ignored: the service's default is used.</summary>
    public static readonly Defect RingingTimeIgnored = new(
        "mcx.private-call-ringing-time-ignored", "mcx",
        "A private call nobody answers rings for the service's default time (30 s) instead of the time configured for the called user, so the caller waits far longer to learn nobody is there.",
        "TS 24.484 (user profile: private call no-answer time); London assumption REQ-LDN-VOICE-023");

    /// <summary>In a private call the called party's voice is not relayed back to the caller.</summary>
    public static readonly Defect OneWayMedia = new(
        "mcx.private-call-one-way-media", "mcx",
        "In a private call only the caller is heard: the called officer gets the floor and talks, but the caller never hears the answer.",
        "TS 24.380 §6.3 (floor control in a private call: either party may talk); TS 22.179 §5.6");

    /// <summary>Every private call defect.</summary>
    public static IReadOnlyList<Defect> All { get; } = [AutoCommencementIgnored, CallerWithheld, DeclineReportedAsNoAnswer, RingingTimeIgnored, OneWayMedia];
}

namespace EsnHarness.Simulators.Defects;

/// <summary>
/// Faults of an MCX service in what it refuses: who may cancel an emergency, affiliate, call without affiliation, raise an
/// emergency on a group, or send an SDS above the size limit. Each lets through what the service must refuse.
/// </summary>
public static class McxAuthorisationDefects
{
    /// <summary>Any user may cancel another user's emergency (alert and call).</summary>
    public static readonly Defect EmergencyCancelByAnyMember = new(
        "mcx.emergency-cancel-by-any-member", "mcx",
        "Any member of the group can cancel a colleague's emergency: a crew member presses cancel on the wrong alert and the control room stops seeing an officer in distress.",
        "TS 23.280 §10.10.1 (emergency alert cancel by the originator or an authorised user); TS 24.379 (emergency call cancel)");

    /// <summary>A user who is not a member of a group may still affiliate to it.</summary>
    public static readonly Defect AffiliationToNonMemberAccepted = new(
        "mcx.affiliation-to-non-member-accepted", "mcx",
        "A user who is not a member of a group can affiliate to it and listen in: a paramedic joins a police operations group.",
        "TS 23.280 §10.8 (affiliation only to a group the user is a member of)");

    /// <summary>A group requiring affiliation accepts a call from an unaffiliated member.</summary>
    public static readonly Defect CallWithoutAffiliationAccepted = new(
        "mcx.call-without-affiliation-accepted", "mcx",
        "A member who is not affiliated to a group that requires affiliation can still start a call and talk on it.",
        "TS 23.280 §10.8 and TS 24.379 (a group requiring affiliation serves only affiliated members)");

    /// <summary>The group's allow-emergency setting is ignored: emergencies are accepted on any group.</summary>
    public static readonly Defect EmergencyOnAnyGroup = new(
        "mcx.emergency-on-any-group", "mcx",
        "An emergency alert and emergency call are accepted on a group configured not to allow them, so an emergency goes where no control room watches for one.",
        "TS 24.481 (group configuration: allow MCPTT emergency call and alert); TS 24.379 §4.6");

    /// <summary>An SDS above the sender's maximum size is cut to the limit and delivered instead of refused.</summary>
    public static readonly Defect SdsOversizeTruncated = new(
        "mcx.sds-oversize-truncated", "mcx",
        "An SDS above the maximum size is not refused: it is cut to the limit and delivered, so the recipient reads part of the message and the sender is never told.",
        "TS 24.484 §10.4 (maximum data size for SDS); TS 24.282 (a message above the limit is rejected)");

    /// <summary>Every authorisation defect.</summary>
    public static IReadOnlyList<Defect> All { get; } =
        [EmergencyCancelByAnyMember, AffiliationToNonMemberAccepted, CallWithoutAffiliationAccepted, EmergencyOnAnyGroup, SdsOversizeTruncated];
}

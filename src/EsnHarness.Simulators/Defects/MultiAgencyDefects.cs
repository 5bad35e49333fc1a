namespace EsnHarness.Simulators.Defects;

/// <summary>Faults of an MCX service in multi-agency working: regrouping, mutual aid, METHANE reports, call-level pre-emption.</summary>
public static class MultiAgencyDefects
{
    /// <summary>A call set up on a regrouped group stays on that group instead of going to the regroup group.</summary>
    public static readonly Defect RegroupNotSteering = new(
        "mcx.regroup-not-steering", "mcx",
        "After a major-incident regroup, a call on one service's group stays on that group: the other services regrouped with it never hear it.",
        "TS 23.379 §10.6.2.9.5.1 (a call on a regrouped group is set up on the regroup group); TS 23.280 §10.15");

    /// <summary>A user who affiliates to a regrouped group after the regroup is not added to the regroup group.</summary>
    public static readonly Defect RegroupLateAffiliatorMissed = new(
        "mcx.regroup-late-affiliator-missed", "mcx",
        "A crew arriving at the incident after the regroup joins its own group but is never added to the regroup: it hears nothing of the incident.",
        "TS 23.280 §10.15.3.4.1 (users affiliating to a regrouped group later are added to the regroup group)");

    /// <summary>EndRegroup is acknowledged but the regroup stays in force.</summary>
    public static readonly Defect RegroupEndNotApplied = new(
        "mcx.regroup-end-not-applied", "mcx",
        "Standing down the regroup is acknowledged but nothing changes: crews stay on the incident group and their own group's calls still go there.",
        "TS 23.280 §10.15 (cancelling a regroup restores the regrouped groups)");

    /// <summary>Activating a mutual-aid group takes its members off their home groups.</summary>
    public static readonly Defect MutualAidMovesMembers = new(
        "mcx.mutual-aid-moves-members", "mcx",
        "Activating a mutual-aid group moves the visiting units onto it and off their own borough's or area's group, so their home control room loses them.",
        "London assumption: mutual-aid members keep their home groups (Airwave Police Mutual Aid talkgroups 71 to 80 practice); TS 24.379 §9.2 (affiliation to several groups)");

    /// <summary>A METHANE report with a missing field is delivered instead of refused.</summary>
    public static readonly Defect MethaneNotValidated = new(
        "mcx.methane-not-validated", "mcx",
        "An incomplete METHANE report (say, without hazards) is delivered to the control rooms as if it were complete instead of refused back to the commander.",
        "JESIP M/ETHANE (every element reported); London requirement: a malformed METHANE is refused with a reason");

    /// <summary>The hazards of a METHANE report are lost on the way.</summary>
    public static readonly Defect MethaneFieldDropped = new(
        "mcx.methane-field-dropped", "mcx",
        "The control rooms receive the METHANE report without its hazards (H): the service re-encodes it through a schema that drops them.",
        "JESIP M/ETHANE; TS 24.282 (an SDS payload is delivered as sent)");

    /// <summary>A METHANE report to the multi-agency group reaches only the sender's own control room.</summary>
    public static readonly Defect MethaneOneControlRoom = new(
        "mcx.methane-one-control-room", "mcx",
        "A METHANE report sent to the three control rooms reaches only the commander's own service's control room: the other two never see it.",
        "JESIP (shared situational awareness: the METHANE goes to every service); TS 24.282 (group SDS to every affiliated member)");

    /// <summary>A pre-empted call ends with a normal release and no reason.</summary>
    public static readonly Defect PreemptedUsersNotTold = new(
        "mcx.preempted-users-not-told", "mcx",
        "When a call is pre-empted for radio resources, its users see it end as if someone hung up: no pre-emption cause, no reason.",
        "TS 24.379 §4.13 (resource management: the pre-empted party is told); ESN-DOMAIN-DEPTH §3 (call-level pre-emption, cause and warning text)");

    /// <summary>Dispatchers are not told of call-level pre-emption.</summary>
    public static readonly Defect PreemptionNotRaised = new(
        "mcx.preemption-not-raised", "mcx",
        "A call pre-empted in a full cell is never raised on the control room's consoles: dispatchers do not know their crews lost their call.",
        "London requirement: call-level pre-emption is raised and shown to dispatchers (issue 12 theme 6)");

    /// <summary>Every call asks the network for resources at one priority.</summary>
    public static readonly Defect CallPriorityNotSignalled = new(
        "mcx.call-priority-not-signalled", "mcx",
        "The service asks the radio network for every call's resources at the same priority, so in a full cell an emergency call cannot pre-empt a routine one and is refused.",
        "TS 23.280 §5.2.11 (requested priority to the network); TS 24.379 §4.13 (resource management by priority)");

    /// <summary>An inactive mutual-aid group takes affiliations.</summary>
    public static readonly Defect MutualAidAlwaysOpen = new(
        "mcx.mutual-aid-always-open", "mcx",
        "Anyone on the mutual-aid group's list can join it before a dispatcher activates it (or after it is stood down), so it carries traffic nobody in control is watching.",
        "London assumption: a mutual-aid group is used only while a dispatcher has activated it (Airwave Police Mutual Aid talkgroup practice)");

    /// <summary>A call the radio network refused resources for is set up anyway.</summary>
    public static readonly Defect RadioRefusalIgnored = new(
        "mcx.radio-refusal-ignored", "mcx",
        "When the radio network has no mission-critical capacity for a call, the service sets it up anyway: the caller is told it works while nothing gets through a full cell.",
        "TS 24.379 §4.13 (resource management: a call without resources is not set up); TS 29.214 (Rx: the network's refusal)");

    /// <summary>The radio resources of an ended call are never released.</summary>
    public static readonly Defect RadioResourcesNotReleased = new(
        "mcx.radio-resources-not-released", "mcx",
        "The service never releases the radio resources of calls that ended, so a busy cell fills with dead calls and new calls are refused.",
        "TS 29.214 (Rx session termination when the call ends); TS 24.379 §4.13");

    /// <summary>Every multi-agency defect.</summary>
    public static IReadOnlyList<Defect> All { get; } =
    [
        RegroupNotSteering, RegroupLateAffiliatorMissed, RegroupEndNotApplied, MutualAidMovesMembers, MethaneNotValidated,
        MethaneFieldDropped, MethaneOneControlRoom, PreemptedUsersNotTold, PreemptionNotRaised, CallPriorityNotSignalled, MutualAidAlwaysOpen,
        RadioRefusalIgnored, RadioResourcesNotReleased,
    ];
}

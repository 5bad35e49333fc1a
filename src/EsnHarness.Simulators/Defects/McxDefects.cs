namespace EsnHarness.Simulators.Defects;

/// <summary>Faults of an MCX service (MCPTT/MCData server): floor control, calls, SDS, emergencies, affiliation, location.</summary>
public static class McxDefects
{
    /// <summary>The floor queue serves the most recent request first.</summary>
    public static readonly Defect FloorQueueLifo = new(
        "mcx.floor-queue-lifo", "mcx",
        "Queued talkers of equal priority are granted the floor last-in first-out: the first to ask waits longest.",
        "TS 24.380 §6.3.4.4.4 (queued requests served in order of priority, then arrival)");

    /// <summary>Floor Queue Position Info reports one more than the participant's place.</summary>
    public static readonly Defect QueuePositionOffByOne = new(
        "mcx.queue-position-off-by-one", "mcx",
        "A queued talker is told a queue position one higher than its place: the first in line hears it is second.",
        "TS 24.380 §8.2 (Floor Queue Position Info: the requester's position in the queue)");

    /// <summary>Within one call type, a higher floor priority does not pre-empt the talker.</summary>
    public static readonly Defect FloorPriorityIgnored = new(
        "mcx.floor-priority-ignored", "mcx",
        "A higher-priority talker of the same call type does not pre-empt the routine talker: at a fire the officer in charge waits behind a routine message.",
        "TS 24.380 §6.3.4.4.7 (pre-emptive Floor Request); TS 22.179 §6.8.6 (floor priority within a call type)");

    /// <summary>A pre-empted talker gets Floor Revoke cause 2 (talk time exceeded) instead of 4 (pre-empted).</summary>
    public static readonly Defect WrongRevokeCause = new(
        "mcx.wrong-revoke-cause", "mcx",
        "A pre-empted talker is told its talk time ran out (cause 2) instead of that it was pre-empted (cause 4), so the terminal shows the wrong reason.",
        "TS 24.380 §6.3.4.4.7 and Table 8.2.6.2-2 (Floor Revoke cause 4, media burst pre-empted)");

    /// <summary>Without queueing, a request while the floor is taken is denied with cause 7 (queue full) instead of 1.</summary>
    public static readonly Defect WrongDenyCause = new(
        "mcx.wrong-deny-cause", "mcx",
        "On a group without queueing, a second talker is told the queue is full (cause 7) instead of that someone else is talking (cause 1).",
        "TS 24.380 Table 8.2.6.2-1 (Floor Deny cause 1, another MCPTT client has permission)");

    /// <summary>T2 never starts: a talker keeps the floor past the maximum talk time.</summary>
    public static readonly Defect TalkTimeNotEnforced = new(
        "mcx.talk-time-not-enforced", "mcx",
        "A talker can hold the floor past the group's maximum talk time and is never revoked, so nobody else gets to speak.",
        "TS 24.380 §6.3.4.4.4 (T2 stop-talking timer: Floor Revoke cause 2)");

    /// <summary>An emergency alert goes to the group's members except its dispatchers.</summary>
    public static readonly Defect AlertNotToDispatchers = new(
        "mcx.alert-not-to-dispatchers", "mcx",
        "An emergency alert reaches the crews on the group but not the control room's consoles.",
        "TS 23.280 §10.10.1 (emergency alert to the group's affiliated members); TS 22.280 (emergency alert)");

    /// <summary>Cancelling an emergency (alert or call) is told only to the one who cancelled it.</summary>
    public static readonly Defect EmergencyCancelNotPropagated = new(
        "mcx.emergency-cancel-not-propagated", "mcx",
        "A cancelled emergency stays active on every other terminal and console: only the one who cancelled it is told.",
        "TS 23.280 §10.10.1 (emergency alert cancel to the group); TS 24.379 (emergency group call cancel)");

    /// <summary>An emergency floor request is handled at the normal level.</summary>
    public static readonly Defect EmergencyNoPreemption = new(
        "mcx.emergency-no-preemption", "mcx",
        "An emergency call does not pre-empt a routine talker: the user in distress is queued behind them.",
        "TS 24.380 §6.3.4.4.7 (pre-emptive Floor Request); TS 22.179 (emergency > imminent peril > normal)");

    /// <summary>An SDS is delivered once and never retransmitted.</summary>
    public static readonly Defect SdsNotRetransmitted = new(
        "mcx.sds-not-retransmitted", "mcx",
        "A short data message lost on the way to a terminal is never sent again: under radio loss, messages go missing.",
        "TS 24.282 (SDS delivery: the MCData server repeats until the recipient acknowledges)");

    /// <summary>SDS to a recipient carry no per-sender sequence number.</summary>
    public static readonly Defect SdsOrderNotKept = new(
        "mcx.sds-order-not-kept", "mcx",
        "Messages from one sender reach a recipient out of order when one needed a retransmission: 'at scene' arrives before 'mobile'.",
        "TS 24.282 (SDS delivery); London requirement: a sequence of statuses arrives in order (REQ-LDN-DATA)");

    /// <summary>READ dispositions are not forwarded; DELIVERED AND READ arrives as DELIVERED.</summary>
    public static readonly Defect ReadDispositionDropped = new(
        "mcx.read-disposition-dropped", "mcx",
        "The sender never learns that a message was read: READ reports are dropped and DELIVERED AND READ arrives as DELIVERED.",
        "TS 24.282 (disposition notification); TS 36.579-7 §6.1.2 (READ and DELIVERED AND READ)");

    /// <summary>Floor Taken carries neither the talker's MCPTT ID nor its functional alias.</summary>
    public static readonly Defect FloorTakenAnonymous = new(
        "mcx.floor-taken-anonymous", "mcx",
        "Listeners see that someone is talking but not who: Floor Taken carries neither the talker's identity nor functional alias.",
        "TS 24.380 §8.2 (Floor Taken: granted party's identity); TS 23.280 §10.13 (functional alias in floor control)");

    /// <summary>A late entrant gets no Floor Taken (or Floor Idle).</summary>
    public static readonly Defect LateEntryNoFloorTaken = new(
        "mcx.late-entry-no-floor-taken", "mcx",
        "A member who enters a call in progress is not told who is talking, so its terminal shows no talker until the next change of floor.",
        "TS 24.380 §6.3.5 (floor status to a participant that joins); TS 22.179 (late call entry)");

    /// <summary>Affiliation is acknowledged (answer and event) but the service does not record it.</summary>
    public static readonly Defect AffiliationNotApplied = new(
        "mcx.affiliation-not-applied", "mcx",
        "Affiliation is acknowledged but not applied: the terminal shows the group, yet its calls, alerts and messages never reach the member.",
        "TS 24.379 (affiliation procedure); TS 23.280 (group affiliation)");

    /// <summary>Anyone may (de)affiliate other users.</summary>
    public static readonly Defect RemoteAffiliationUnauthorised = new(
        "mcx.remote-affiliation-unauthorised", "mcx",
        "Any user, not only an authorised dispatcher, can affiliate other users to groups or take them off.",
        "TS 22.280 (remote affiliation only by an authorised user)");

    /// <summary>The location feed forwards the previous position of a user instead of the new one.</summary>
    public static readonly Defect StaleLocationForwarded = new(
        "mcx.stale-location-forwarded", "mcx",
        "The location feed forwards each unit's previous position instead of the one just reported: the control room's map is one report behind.",
        "TS 23.280 §10.9 (location reporting to the location management client)");

    /// <summary>Tokens are not re-checked before calls and SDS are served.</summary>
    public static readonly Defect RevokedUserServed = new(
        "mcx.revoked-user-served", "mcx",
        "A user revoked at the IdMS (a lost or stolen handset) keeps receiving calls and messages until it registers again.",
        "TS 33.180 §5.1 (service authorisation with the IdMS)");

    /// <summary>Group calls use the service's default hang time, not the group's.</summary>
    public static readonly Defect HangTimerIgnored = new(
        "mcx.hang-timer-ignored", "mcx",
        "A group call stays up for the service's default hang time instead of the group's: it lingers (or ends early) after the last talker.",
        "TS 24.481 (group configuration: on-network hang timer)");

    /// <summary>Broadcast group calls let any participant take the floor.</summary>
    public static readonly Defect BroadcastOthersTalk = new(
        "mcx.broadcast-others-talk", "mcx",
        "In a broadcast group call the listeners can take the floor and talk over the broadcast.",
        "TS 24.379 (broadcast group call: only the initiator talks); TS 24.380 Table 8.2.6.2-1 (Floor Deny cause 5, receive only)");

    /// <summary>The user-priority the group document gives each member is ignored.</summary>
    public static readonly Defect GmsUserPriorityIgnored = new(
        "mcx.gms-user-priority-ignored", "mcx",
        "The floor priority the group document gives each member is ignored: on a multi-agency group the commander the GMS ranks first does not pre-empt.",
        "TS 24.481 (user-priority of a group member); TS 22.179 §6.8.6");

    /// <summary>A group call admits more participants than the group allows.</summary>
    public static readonly Defect MaxParticipantsIgnored = new(
        "mcx.max-participants-ignored", "mcx",
        "A group call takes in more participants than the group's maximum participant count.",
        "TS 24.481 (max-participant-count)");

    /// <summary>A silent emergency alert is delivered to every affiliated member, as a loud one is.</summary>
    public static readonly Defect SilentAlertBroadcast = new(
        "mcx.silent-alert-broadcast", "mcx",
        "A lone worker's silent alert reaches every member of the group, not only the dispatchers: the crews' terminals sound an alarm for a colleague who must not be heard.",
        "TS 23.280 §10.10.1 (emergency alert); London requirement REQ-LDN-EMER-013 (a silent alert goes to the dispatchers only)");

    /// <summary>The standby core holds no replicated registrations: every user is dropped by a failover.</summary>
    public static readonly Defect FailoverLosesRegistrations = new(
        "mcx.failover-loses-registrations", "mcx",
        "After a core failover the standby knows nobody: every user is deregistered and off their groups while their handsets still show them logged on, so calls, messages and alerts stop reaching them.",
        "London requirement REQ-LDN-RES-005 (registrations survive a core failover; a geo-redundant MC server replicates them)");

    /// <summary>The standby core does not re-establish the group calls in progress.</summary>
    public static readonly Defect FailoverDropsCalls = new(
        "mcx.failover-drops-calls", "mcx",
        "After a core failover every group call in progress is simply ended: crews in the middle of an incident must set their calls up again.",
        "London requirement REQ-LDN-RES-004 (calls in progress resume within 5 s of a core failover)");

    /// <summary>An emergency alert reaches only the dispatchers of the originator's own agency.</summary>
    public static readonly Defect AlertOwnAgencyDispatchersOnly = new(
        "mcx.alert-own-agency-dispatchers-only", "mcx",
        "An emergency alert on a group two services share reaches only the originator's own control room: the LAS EOC never hears of the JRU officer's emergency, nor MetCC of an LAS crew's on a sector it is working.",
        "TS 23.280 §10.10.1 (emergency alert to every affiliated member of the group); REQ-LDN-JRU-007, REQ-LDN-CORESP-007, REQ-LDN-MDG-007");

    /// <summary>A dispatcher may remotely affiliate only users of its own agency.</summary>
    public static readonly Defect RemoteAffiliationOwnAgencyOnly = new(
        "mcx.remote-affiliation-own-agency-only", "mcx",
        "A dispatcher's remote affiliation of a user of another service is refused: the LAS EOC cannot move the JRU's police officer or an LFB co-responder onto its incident group, nor a MetCC dispatcher an LAS crew.",
        "TS 22.280 (remote affiliation by an authorised user, whatever the target's organisation); REQ-LDN-JRU-004, REQ-LDN-CORESP-003, REQ-LDN-MDG-005");

    /// <summary>A call on an agency's group invites only that agency's affiliated users.</summary>
    public static readonly Defect GroupCallOwnAgencyOnly = new(
        "mcx.group-call-own-agency-only", "mcx",
        "A call on one service's group reaches only that service's users: a police officer, firefighter or MetCC dispatcher affiliated to an LAS group is left out of its calls.",
        "TS 24.379 (a group call reaches every affiliated member); TS 24.481 (group membership is not limited to one organisation)");

    /// <summary>Every SDS goes standalone on the signalling plane, whatever the control-plane limit.</summary>
    public static readonly Defect SdsControlPlaneLimitIgnored = new(
        "mcx.sds-control-plane-limit-ignored", "mcx",
        "An SDS larger than the profile's control-plane limit (a photo from the beat) is still sent standalone over signalling instead of in an SDS session on the media plane, loading the signalling bearer the limit protects.",
        "TS 24.282 §9.2 (SDS above the control-plane limit uses the media plane); TS 24.484 §10.4 (max control-plane SDS payload)");

    /// <summary>The dispatch arrangement in a dispatcher's profile is ignored.</summary>
    public static readonly Defect DispatchArrangementIgnored = new(
        "mcx.dispatch-arrangement-ignored", "mcx",
        "A dispatcher another service has authorised to answer its groups (the MPS Dispatch Group on LAS sectors in winter, LFB Control on an LAS co-responder incident) is still refused them: the extra dispatchers cannot take the groups.",
        "TS 24.484 (dispatcher rights in the user profile); London assumption REQ-LDN-MDG (an owning service may authorise another service's dispatchers)");

    /// <summary>Every MCX defect.</summary>
    public static IReadOnlyList<Defect> All { get; } =
    [
        FloorQueueLifo, QueuePositionOffByOne, FloorPriorityIgnored, WrongRevokeCause, WrongDenyCause, TalkTimeNotEnforced,
        AlertNotToDispatchers, EmergencyCancelNotPropagated, EmergencyNoPreemption, SdsNotRetransmitted, SdsOrderNotKept,
        ReadDispositionDropped, FloorTakenAnonymous, LateEntryNoFloorTaken, AffiliationNotApplied, RemoteAffiliationUnauthorised,
        StaleLocationForwarded, RevokedUserServed, HangTimerIgnored, BroadcastOthersTalk, GmsUserPriorityIgnored, MaxParticipantsIgnored,
        SilentAlertBroadcast, FailoverLosesRegistrations, FailoverDropsCalls,
        AlertOwnAgencyDispatchersOnly, RemoteAffiliationOwnAgencyOnly, GroupCallOwnAgencyOnly, SdsControlPlaneLimitIgnored,
        DispatchArrangementIgnored,
    ];
}

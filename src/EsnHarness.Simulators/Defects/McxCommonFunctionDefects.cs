namespace EsnHarness.Simulators.Defects;

/// <summary>
/// Faults of an MCX service in the common functions that say who and where: functional aliases, talker location,
/// first-to-answer and ambient listening calls, call-back requests, remote change of the selected group, and the
/// emergency talk time of an open microphone.
/// </summary>
public static class McxCommonFunctionDefects
{
    /// <summary>Floor Taken carries the talker's MCPTT ID but not the functional alias they activated.</summary>
    public static readonly Defect AliasMissingFromFloorTaken = new(
        "mcx.functional-alias-missing-from-floor-taken", "mcx",
        "Listeners and consoles see the talker's personal identity but not the role they are acting in: \"Trojan 21\" or \"RRU43\" never shows on Floor Taken.",
        "TS 23.379 §10.9.1.2 (floor taken: functional alias of the granted party); TS 23.280 §10.13");

    /// <summary>A private call to a functional alias several users hold is offered to the first holder only.</summary>
    public static readonly Defect AliasFirstHolderOnly = new(
        "mcx.functional-alias-first-holder-only", "mcx",
        "A call to a shared functional alias (every crew member of an appliance) rings only the first to have activated it: if they cannot answer, nobody does.",
        "TS 23.379 §10.15 (first-to-answer call to a functional alias); TS 23.280 §10.13 (shared functional alias)");

    /// <summary>A functional alias configured for one holder at a time can be activated by a second user.</summary>
    public static readonly Defect AliasNotExclusive = new(
        "mcx.functional-alias-not-exclusive", "mcx",
        "Two officers can both be \"Trojan 21\" at once: a call to the alias no longer reaches the one unit the control room means.",
        "TS 23.280 §10.13.4 (activation checks the alias's configuration: whether several users may hold it)");

    /// <summary>Deactivating a functional alias is acknowledged but the user keeps holding it.</summary>
    public static readonly Defect AliasDeactivationIgnored = new(
        "mcx.functional-alias-deactivation-ignored", "mcx",
        "An officer going off shift deactivates \"Trojan 21\" and is told it is done, but still holds it: the next officer cannot take it over and calls to it keep reaching the wrong person.",
        "TS 23.280 §10.13.5 (functional alias de-activation)");

    /// <summary>Every user who accepts a first-to-answer call is connected, and the others are never released.</summary>
    public static readonly Defect FirstToAnswerConnectsAll = new(
        "mcx.first-to-answer-connects-all", "mcx",
        "A first-to-answer call keeps ringing after the first user accepts, and everyone who accepts is put into it: two crews both think they took the job.",
        "TS 23.379 §10.15 (the first to answer is connected, the other invited users are released)");

    /// <summary>Any user, not only an authorised dispatcher, can change another user's selected group.</summary>
    public static readonly Defect RemoteGroupChangeUnauthorised = new(
        "mcx.remote-group-change-unauthorised", "mcx",
        "Any user can switch another user's terminal to a different talkgroup: a crew member can take a colleague off the incident channel.",
        "TS 22.280 (remote change of selected group only by an authorised user)");

    /// <summary>An emergency talker's open microphone is revoked at the group's normal maximum talk time.</summary>
    public static readonly Defect OpenMicCutAtTalkTime = new(
        "mcx.open-mic-cut-at-talk-time", "mcx",
        "The open microphone of an emergency is cut off at the normal talk-time limit: the control room stops hearing the officer in danger after a few seconds.",
        "London assumption (TETRA emergency open microphone, ESN-DOMAIN §7): the group's emergency talk time applies to an emergency talker; TS 24.380 §6.3.4.4.4 (T2)");

    /// <summary>Floor Taken carries the location the talker reported at log-on, not their latest.</summary>
    public static readonly Defect TalkerLocationFromLogOn = new(
        "mcx.talker-location-from-log-on", "mcx",
        "Floor Taken shows where the talker logged on, not where they last reported: a unit that has driven across London is shown at its station.",
        "TS 23.280 §10.9 (the last location information the server holds); London requirement: talker location on Floor Taken");

    /// <summary>A call-back request stays standing after the target called the requester back.</summary>
    public static readonly Defect CallBackNotCleared = new(
        "mcx.call-back-not-cleared", "mcx",
        "A dispatcher who has called the officer back still sees the call-back request: the queue of requests never empties and real ones are missed.",
        "TS 24.379 Annex G.13 (the call-back request ends when the call back is made)");

    /// <summary>In an ambient listening call the listener can take the floor and talk to the listened-to terminal.</summary>
    public static readonly Defect AmbientListenerCanTalk = new(
        "mcx.ambient-listener-can-talk", "mcx",
        "A dispatcher listening in can take the floor and their voice comes out of the officer's terminal, giving the listening away.",
        "TS 23.379 §10.14 (ambient listening: only the listened-to user sends media)");

    /// <summary>Every MCX common-function defect.</summary>
    public static IReadOnlyList<Defect> All { get; } =
    [
        AliasMissingFromFloorTaken, AliasFirstHolderOnly, AliasNotExclusive, AliasDeactivationIgnored, FirstToAnswerConnectsAll, RemoteGroupChangeUnauthorised,
        OpenMicCutAtTalkTime, TalkerLocationFromLogOn, CallBackNotCleared, AmbientListenerCanTalk,
    ];
}

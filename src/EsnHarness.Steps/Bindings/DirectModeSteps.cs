using EsnHarness.Bdd;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Bindings;

/// <summary>Direct mode: terminals talking to each other off the network, in range (the Airwave DMO equivalent; TS 24.379 §10.2, §11.2, TS 24.380 clause 7).</summary>
[Binding]
public sealed class DirectModeSteps(DirectMode directMode)
{
    /// <summary>Powers users on in direct mode.</summary>
    [Given("these users are in direct mode on {group}:", Description = "Powers on each user's terminal straight into direct mode on the group at a place (columns: user, agency, place); no network is needed.",
        Example = "Given these users are in direct mode on \"FLON-FG07\":\n  | user | agency | place |\n  | FF Jones | LFB | Wembley Stadium basement |")]
    public Task InDirectMode(GroupName group, DataTable table) =>
        Task.WhenAll(table.Rows.Select(row => directMode.PowerOnAsync(
            new UserName(SetupSteps.Cell(row, "user")), AgencyNames.Parse(SetupSteps.Cell(row, "agency")), new PlaceName(SetupSteps.Cell(row, "place")), group)));

    /// <summary>Fall-back provisioning.</summary>
    [Given("the terminals of {group} fall back to direct mode on it when coverage is lost", Description = "Provisions every member's terminal (user profile and the group's off-network configuration) to switch by itself to direct mode on the group, which it has selected, when it loses service, and back to the network when service returns.",
        Example = "Given the terminals of \"FLON-FG03\" fall back to direct mode on it when coverage is lost")]
    public Task FallBack(GroupName group) => directMode.ProvisionFallBackAsync(group);

    /// <summary>No floor queue off-network.</summary>
    [Given("direct mode on {group} does not queue floor requests", Description = "The group's off-network configuration turns queueing off: a request made while someone talks is denied.",
        Example = "Given direct mode on \"MPS-DMO-1\" does not queue floor requests")]
    public Task NoQueue(GroupName group) => directMode.QueueingOffAsync(group);

    /// <summary>A vehicle gateway.</summary>
    [Given("the {agency} vehicle {user} at {place} relays {group} between direct mode and the network", Description = "Logs on a vehicle device in coverage, affiliated to the group, that relays the group's direct-mode traffic to the network and back (voice both ways).",
        Example = "Given the LFB vehicle \"Pump A211\" at \"Wembley Stadium\" relays \"FLON-FG03\" between direct mode and the network")]
    public Task Gateway(Agency agency, UserName vehicle, PlaceName place, GroupName group) => directMode.GatewayAsync(vehicle, agency, place, group);

    /// <summary>Distance.</summary>
    [Given("{user} is {int} m away from the others", Description = "The user's terminal moves that far east of where it is, within the same place.", Example = "Given \"PC Khan\" is 1500 m away from the others")]
    public Task Away(UserName user, int metres) => directMode.MoveAwayAsync(user, metres);

    /// <summary>Holding the floor.</summary>
    [Given("{user} is talking in direct mode on {group}", Description = "The user presses PTT in direct mode and holds the floor ('O: has permission').",
        Example = "Given \"Watch Manager Cole\" is talking in direct mode on \"FLON-FG07\"")]
    public Task Talking(UserName user, GroupName group) => directMode.HoldFloorAsync(user, group);

    /// <summary>PTT.</summary>
    [When("{user} presses PTT in direct mode on {group}", Description = "The user presses PTT in direct mode and hears the floor's answer: talking, queued by the talker, or denied.",
        Example = "When \"FF Jones\" presses PTT in direct mode on \"FLON-FG07\"")]
    public Task Press(UserName user, GroupName group) => directMode.PressAsync(user, group);

    /// <summary>PTT released.</summary>
    [When("{user} releases PTT in direct mode on {group}", Description = "The user lets go of PTT in direct mode; a talker hands the floor to the first in its queue.",
        Example = "When \"Watch Manager Cole\" releases PTT in direct mode on \"FLON-FG07\"")]
    public Task Release(UserName user, GroupName group) => directMode.ReleaseAsync(user, group);

    /// <summary>Talks.</summary>
    [When("{user} talks in direct mode on {group}", Description = "The user presses PTT in direct mode, is given the floor, speaks for 200 ms and lets go.",
        Example = "When \"FF Jones\" talks in direct mode on \"FLON-FG07\"")]
    public Task Talks(UserName user, GroupName group) => directMode.TalkAsync(user, group);

    /// <summary>Emergency call off-network.</summary>
    [When("{user} starts an emergency call in direct mode on {group}", Description = "The user starts an emergency group call in direct mode (the call is upgraded if one runs) and asks for the floor at emergency priority.",
        Example = "When \"FF Novak\" starts an emergency call in direct mode on \"FLON-FG07\"")]
    public Task Emergency(UserName user, GroupName group) => directMode.PressAsync(user, group, Contracts.Common.V1.CallType.EmergencyGroup);

    /// <summary>Private call off-network.</summary>
    [When("{user} makes a direct-mode private call to {user}", Description = "The user rings another user in direct mode (manual commencement: the called user answers).",
        Example = "When \"Paramedic Okafor\" makes a direct-mode private call to \"Paramedic Hughes\"")]
    public Task PrivateCall(UserName caller, UserName callee) => directMode.PrivateCallAsync(caller, callee);

    /// <summary>Talks in the private call.</summary>
    [When("{user} talks in the direct-mode private call", Description = "The user gets the floor in their direct-mode private call, speaks for 200 ms and lets go.",
        Example = "When \"Paramedic Okafor\" talks in the direct-mode private call")]
    public Task TalksPrivately(UserName user) => directMode.TalkInPrivateCallAsync(user);

    /// <summary>Talking.</summary>
    [Then("{user} has the floor in direct mode on {group}", Description = "The user's terminal holds the direct-mode floor ('O: has permission'): they may talk.",
        Example = "Then \"FF Novak\" has the floor in direct mode on \"FLON-FG07\"")]
    public Task IsTalking(UserName user, GroupName group) => directMode.ExpectTalkingAsync(user, group);

    /// <summary>Hears.</summary>
    [Then("{user} hears {user} in direct mode", Description = "The first user's terminal plays the second user's voice in a direct-mode call.", Example = "Then \"FF Ahmed\" hears \"FF Jones\" in direct mode")]
    public Task Hears(UserName listener, UserName talker) => directMode.ExpectHearsAsync(listener, talker);

    /// <summary>Does not hear.</summary>
    [Then("{user} does not hear {user} in direct mode", Description = "Once someone in range has heard the whole burst, the first user's terminal has played none of it (out of range, or not in the call).",
        Example = "Then \"PC Khan\" does not hear \"PC Walsh\" in direct mode")]
    public Task DoesNotHear(UserName listener, UserName talker) => directMode.ExpectDoesNotHearAsync(listener, talker);

    /// <summary>Sees who talks.</summary>
    [Then("{user} sees {user} talking in direct mode", Description = "The first user's terminal shows the second as the talker (off-network Floor Taken).", Example = "Then \"FF Ahmed\" sees \"FF Jones\" talking in direct mode")]
    public Task SeesTalking(UserName listener, UserName talker) => directMode.ExpectSeesTalkingAsync(listener, talker);

    /// <summary>Queued off-network.</summary>
    [Then("{user} is queued at position {int} in direct mode", Description = "The direct-mode talker queued the user's request and told them their position (1 = next).",
        Example = "Then \"FF Jones\" is queued at position 1 in direct mode")]
    public Task Queued(UserName user, int position) => directMode.ExpectQueuedAsync(user, position);

    /// <summary>Denied off-network.</summary>
    [Then("{user} is denied the floor in direct mode with cause {floorCause}", Description = "The direct-mode talker refused the user's request with the TS 24.380 cause.",
        Example = "Then \"PC Khan\" is denied the floor in direct mode with cause 1 (another client has permission)")]
    public Task Denied(UserName user, FloorCauseCode cause) => directMode.ExpectDeniedAsync(user, cause);

    /// <summary>Fell back.</summary>
    [Then("{user} falls back to direct mode on {group} within {int} ms", Description = "Having lost service, the user's terminal switches to direct mode on the group by itself within the time.",
        Example = "Then \"FF Jones\" falls back to direct mode on \"FLON-FG03\" within 2000 ms")]
    public Task FellBack(UserName user, GroupName group, int ms) => directMode.ExpectFellBackAsync(user, group, TimeSpan.FromMilliseconds(ms));

    /// <summary>Back on the network.</summary>
    [Then("{user} is back on the network in the call on {group} within {int} ms", Description = "With service back, the user's terminal leaves direct mode and is in the group's ongoing call on the network (late entry) within the time.",
        Example = "Then \"FF Jones\" is back on the network in the call on \"FLON-FG03\" within 5000 ms")]
    public Task Back(UserName user, GroupName group, int ms) => directMode.ExpectBackInCallAsync(user, group, TimeSpan.FromMilliseconds(ms));

    /// <summary>Emergency call seen.</summary>
    [Then("{user} sees the direct-mode call on {group} as an emergency call", Description = "The user's terminal shows the group's direct-mode call with emergency priority.",
        Example = "Then \"FF Ahmed\" sees the direct-mode call on \"FLON-FG07\" as an emergency call")]
    public Task SeesEmergency(UserName user, GroupName group) => directMode.ExpectEmergencyCallAsync(user, group);

    /// <summary>Private call up.</summary>
    [Then("{user} and {user} are in a direct-mode private call", Description = "Both terminals are connected in the same off-network private call.",
        Example = "Then \"Paramedic Okafor\" and \"Paramedic Hughes\" are in a direct-mode private call")]
    public Task InPrivateCall(UserName a, UserName b) => directMode.ExpectPrivateCallAsync(a, b);

    /// <summary>Heard through the gateway.</summary>
    [Then("{user} hears {user} through the vehicle gateway", Description = "The first user's terminal plays, from the vehicle gateway, the words the second user spoke (the relay keeps when they were spoken).",
        Example = "Then \"LFB Control Dispatcher Shaw\" hears \"FF Jones\" through the vehicle gateway")]
    public Task HearsThroughGateway(UserName listener, UserName talker) => directMode.ExpectHearsThroughGatewayAsync(listener, talker);
}

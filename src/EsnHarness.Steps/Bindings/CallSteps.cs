using EsnHarness.Bdd;
using EsnHarness.Contracts.Common.V1;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Bindings;

/// <summary>Group, broadcast and private calls: set-up, who is in them, who hears whom, and how they end.</summary>
[Binding]
public sealed class CallSteps(Calls calls, UserProfiles profiles, Groups groups, EsnSession session, Interworking interworking, Cast cast, ControlRoomConsoles consoles)
{
    /// <summary>Starts a group call.</summary>
    [When("{user} starts a group call on {group}", Description = "The user presses PTT on the group with no call up: the call is set up, the user granted the floor and speaks a short burst.",
        Example = "When \"Watch Manager Cole\" starts a group call on \"FLON-OPS01\"")]
    public Task StartGroupCall(UserName user, GroupName group) =>
        consoles.AtWebConsole(user) ? consoles.Web!.StartGroupCallAsync(cast.Get(user), group) : calls.StartGroupCallAsync(user, group);

    /// <summary>Starts a broadcast call.</summary>
    [When("{user} starts a broadcast call on {group}", Description = "A broadcast group call: only the initiator may talk.", Example = "When \"MetCC Dispatcher Ward\" starts a broadcast call on \"MPS-CW-ALL\"")]
    public Task StartBroadcast(UserName user, GroupName group) =>
        consoles.AtWebConsole(user) ? consoles.Controls!.StartBroadcastAsync(cast.Get(user), group) : calls.StartGroupCallAsync(user, group, CallType.BroadcastGroup);

    /// <summary>Every affiliated member is in the call.</summary>
    [Then("every affiliated member of {group} is in the call", Description = "Each member's terminal is connected to the group's call.", Example = "Then every affiliated member of \"FLON-OPS01\" is in the call")]
    public Task EveryoneInCall(GroupName group) =>
        Task.WhenAll(groups.TerminalMembers(group).Select(m => calls.ExpectInCallAsync(m.Name, group)));

    /// <summary>Every other member hears the talker.</summary>
    [Then("every other member of {group} hears {user}", Description = "Each other member's terminal receives the talker's voice.", Example = "Then every other member of \"FLON-OPS01\" hears \"FF Jones\"")]
    public Task OthersHear(GroupName group, UserName talker) =>
        Task.WhenAll(groups.OthersThan(group, talker).Select(m => consoles.AtWebConsole(m.Name) ? consoles.Web!.ExpectHearsAsync(m, talker) : calls.ExpectHearsAsync(m.Name, talker)));

    /// <summary>One listener hears the talker.</summary>
    [Then("{user} hears {user}", Description = "The first user's terminal receives the second user's voice.", Example = "Then \"PC Patel\" hears \"MetCC Dispatcher Ward\"")]
    public Task Hears(UserName listener, UserName talker)
    {
        if (consoles.AtWebConsole(listener))
        {
            return consoles.Web!.ExpectHearsAsync(cast.Get(listener), talker);
        }

        return cast.Get(listener).Kind == MemberKind.AirwaveRadio ? interworking.ExpectHearsAsync(listener, talker) : calls.ExpectHearsAsync(listener, talker);
    }

    /// <summary>No clipping.</summary>
    [Then("every other member of {group} hears the first burst from {user} complete", Description = "Nobody misses the first frames of the first burst (no clipping, R-6.15.3.2-016).",
        Example = "Then every other member of \"LAS-CENTRAL-SECTOR\" hears the first burst from \"Paramedic Okafor\" complete")]
    public Task FirstBurstComplete(GroupName group, UserName talker) =>
        Task.WhenAll(groups.OthersThan(group, talker).Select(m => calls.ExpectFirstBurstCompleteAsync(m.Name, talker)));

    /// <summary>Private call.</summary>
    [When("{user} makes a private call to {user} with manual commencement", Description = "A private call that rings until the called user answers.",
        Example = "When \"MetCC Dispatcher Ward\" makes a private call to \"PC Patel\" with manual commencement")]
    public Task PrivateManual(UserName caller, UserName callee) =>
        consoles.AtWebConsole(caller) ? consoles.Controls!.PrivateCallAsync(cast.Get(caller), callee, automatic: false) : calls.PrivateCallAsync(caller, callee, automatic: false);

    /// <summary>Private call, automatic commencement.</summary>
    [When("{user} makes a private call to {user} with automatic commencement", Description = "A private call the called terminal answers at once.",
        Example = "When \"LAS EOC Dispatcher Reid\" makes a private call to \"Paramedic Okafor\" with automatic commencement")]
    public Task PrivateAutomatic(UserName caller, UserName callee) =>
        consoles.AtWebConsole(caller) ? consoles.Controls!.PrivateCallAsync(cast.Get(caller), callee, automatic: true) : calls.PrivateCallAsync(caller, callee, automatic: true);

    /// <summary>The call rings.</summary>
    [Then("{user} is offered a private call from {user}", Description = "The called terminal rings with the caller's identity.", Example = "Then \"PC Patel\" is offered a private call from \"MetCC Dispatcher Ward\"")]
    public Task Offered(UserName callee, UserName caller) => calls.ExpectOfferedAsync(callee, caller);

    /// <summary>Accepts.</summary>
    [When("{user} accepts the private call", Description = "The called user answers.", Example = "When \"PC Patel\" accepts the private call")]
    public Task Accept(UserName callee) => calls.AnswerAsync(callee, accept: true);

    /// <summary>Declines.</summary>
    [When("{user} declines the private call", Description = "The called user rejects the call.", Example = "When \"PC Byrne\" declines the private call")]
    public Task Decline(UserName callee) => calls.AnswerAsync(callee, accept: false);

    /// <summary>Both in the call.</summary>
    [Then("{user} and {user} are in a private call", Description = "Both terminals are connected in the same private call.", Example = "Then \"MetCC Dispatcher Ward\" and \"PC Patel\" are in a private call")]
    public async Task InPrivateCall(UserName a, UserName b)
    {
        if (!consoles.AtWebConsole(a) && !consoles.AtWebConsole(b))
        {
            await calls.ExpectPrivateCallAsync(a, b);
            return;
        }

        // A web console shows the call connected on its screen; the other party's terminal must be connected in a call with it, or,
        // at a web console too, its screen show the call connected.
        var (screen, other) = consoles.AtWebConsole(a) ? (a, b) : (b, a);
        await consoles.Controls!.ExpectInPrivateCallAsync(cast.Get(screen), other);
        if (consoles.AtWebConsole(other))
        {
            await consoles.Controls.ExpectInPrivateCallAsync(cast.Get(other), screen);
            return;
        }

        await calls.ExpectPrivateCallWithAsync(other, screen);
    }

    /// <summary>Ringing time.</summary>
    [Given("private calls to {user} ring for at most {int} s", Description = "Sets how long a manual-commencement private call to the user rings unanswered before it fails (user profile).",
        Example = "Given private calls to \"PC Byrne\" ring for at most 2 s")]
    public Task RingingTime(UserName callee, int seconds) => profiles.SetNoAnswerTimeAsync(callee, TimeSpan.FromSeconds(seconds));

    /// <summary>Caller told nobody answered.</summary>
    [Then("{user} is told the private call was not answered after {int} s", Description = "The caller's terminal shows the call failed with cause \"no answer\", not before the ringing time.",
        Example = "Then \"Inspector Grant\" is told the private call was not answered after 2 s")]
    public Task ToldNotAnswered(UserName caller, int seconds) => calls.ExpectNotAnsweredAsync(caller, TimeSpan.FromSeconds(seconds));

    /// <summary>Caller told of the rejection.</summary>
    [Then("{user} is told the private call was declined", Description = "The caller's terminal shows the call rejected by the user.", Example = "Then \"Inspector Grant\" is told the private call was declined")]
    public Task ToldDeclined(UserName caller) => calls.ExpectRejectedAsync(caller, CallCause.RejectedByUser, "the private call was declined");

    /// <summary>Group full.</summary>
    [Then("{user} is refused from the call on {group} with reason {string}", Description = "The user's terminal is told it cannot join the group's call, with the reason (\"group full\", \"not affiliated\").",
        Example = "Then \"PC Walsh\" is refused from the call on \"MPS-CW-ALL\" with reason \"group full\"")]
    public Task RefusedFromCall(UserName user, GroupName group, string reason) => calls.ExpectRejectedAsync(user, CallReasons.Parse(reason), $"refused from the call on {group} ({reason})");

    /// <summary>The call is up.</summary>
    [Then("the call on {group} is still active", Description = "The group's call has not ended.", Example = "Then the call on \"MPS-CW-ALL\" is still active")]
    public async Task StillActive(GroupName group)
    {
        if (await calls.ActiveCallAsync(group) is null)
        {
            throw new ExpectationFailedException($"Expected the call on {group} to be active, but it has ended.");
        }
    }

    /// <summary>The call ends.</summary>
    [Then("the call on {group} ends within {int} ms", Description = "The group's call ends (hang time expired) within the time.", Example = "Then the call on \"MPS-CW-ALL\" ends within 2000 ms")]
    public Task Ends(GroupName group, int ms) => calls.ExpectCallEndedAsync(group, TimeSpan.FromMilliseconds(ms));

    /// <summary>Call type.</summary>
    [Then("the call on {group} is an emergency call", Description = "The group's call carries emergency priority.", Example = "Then the call on \"MPS-LX-OPS1\" is an emergency call")]
    public Task IsEmergency(GroupName group) => CallFlagAsync(group, c => c.Emergency, "an emergency call");

    /// <summary>Call type.</summary>
    [Then("the call on {group} is an imminent peril call", Description = "The group's call carries imminent-peril priority.", Example = "Then the call on \"MPS-LX-OPS1\" is an imminent peril call")]
    public Task IsImminentPeril(GroupName group) => CallFlagAsync(group, c => c.ImminentPeril, "an imminent peril call");

    /// <summary>Call type.</summary>
    [Then("the call on {group} is not an emergency call", Description = "The group's call is back to normal priority.", Example = "Then the call on \"FLON-OPS01\" is not an emergency call")]
    public Task IsNotEmergency(GroupName group) => CallFlagAsync(group, c => !c.Emergency, "a normal-priority call");

    private async Task CallFlagAsync(GroupName group, Func<Contracts.Mcx.V1.CallInfo, bool> check, string what)
    {
        var call = await calls.ActiveCallAsync(group) ?? throw new ExpectationFailedException($"Expected {what} on {group}, but no call is up (namespace {session.Namespace}).");
        if (!check(call))
        {
            throw new ExpectationFailedException($"Expected {what} on {group}, but the call is {call.CallType} (emergency: {call.Emergency}, imminent peril: {call.ImminentPeril}).");
        }
    }
}

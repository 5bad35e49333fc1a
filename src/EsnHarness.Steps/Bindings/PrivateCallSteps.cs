using EsnHarness.Bdd;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Bindings;

/// <summary>Talking in an on-network private call, and a control room called as such (MetCC, LFB Control, LAS EOC) rather than a named dispatcher.</summary>
[Binding]
public sealed class PrivateCallSteps(PrivateCalls privateCalls, Calls calls)
{
    /// <summary>Either party talks.</summary>
    [When("{user} talks in the private call", Description = "The caller or the called user gets the floor in their private call (pressing PTT unless they hold it already), speaks a short burst and lets go.",
        Example = "When \"PC Patel\" talks in the private call")]
    public Task Talk(UserName user) => privateCalls.TalkAsync(user);

    /// <summary>Calls a control room.</summary>
    [When("{user} calls (the ){controlRoom}", Description = "A private call (manual commencement) to the control room: it rings on its dispatcher's console, or, when the scenario names no dispatcher there, on the room's duty console.",
        Example = "When \"Paramedic Okafor\" calls the LAS EOC")]
    public Task CallControlRoom(UserName caller, ControlRoom room) => privateCalls.CallAsync(caller, room);

    /// <summary>The control room rings.</summary>
    [Then("(the ){controlRoom} is offered a private call from {user}", Description = "The control room's console rings with the caller's identity.",
        Example = "Then the LAS EOC is offered a private call from \"Paramedic Okafor\"")]
    public async Task ControlRoomOffered(ControlRoom room, UserName caller) =>
        await calls.ExpectOfferedAsync((await privateCalls.ConsoleAsync(room)).Name, caller);

    /// <summary>The control room answers.</summary>
    [When("(the ){controlRoom} answers the call", Description = "The control room's console accepts the private call ringing on it.",
        Example = "When the LAS EOC answers the call")]
    public Task ControlRoomAnswers(ControlRoom room) => calls.AnswerAsync(privateCalls.Console(room).Name, accept: true);

    /// <summary>Connected to the control room.</summary>
    [Then("{user} and (the ){controlRoom} are in a private call", Description = "The user's terminal and the control room's console are connected in the same private call.",
        Example = "Then \"Paramedic Okafor\" and the LAS EOC are in a private call")]
    public Task InCallWithControlRoom(UserName user, ControlRoom room) => calls.ExpectPrivateCallAsync(user, privateCalls.Console(room).Name);

    /// <summary>The control room talks.</summary>
    [When("(the ){controlRoom} talks in the private call", Description = "The control room's console gets the floor in its private call, speaks a short burst and lets go.",
        Example = "When the LAS EOC talks in the private call")]
    public Task ControlRoomTalks(ControlRoom room) => privateCalls.TalkAsync(privateCalls.Console(room).Name);

    /// <summary>The control room hears the user.</summary>
    [Then("(the ){controlRoom} hears {user}", Description = "The control room's console receives the user's voice.", Example = "Then the LAS EOC hears \"Paramedic Okafor\"")]
    public Task ControlRoomHears(ControlRoom room, UserName talker) => calls.ExpectHearsAsync(privateCalls.Console(room).Name, talker);

    /// <summary>The user hears the control room.</summary>
    [Then("{user} hears (the ){controlRoom}", Description = "The user's terminal receives the control room's voice.", Example = "Then \"Paramedic Okafor\" hears the LAS EOC")]
    public Task HearsControlRoom(UserName listener, ControlRoom room) => calls.ExpectHearsAsync(listener, privateCalls.Console(room).Name);
}

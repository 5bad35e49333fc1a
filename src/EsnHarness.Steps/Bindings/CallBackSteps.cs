using EsnHarness.Bdd;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Bindings;

/// <summary>Private call call-back requests (TS 24.379 Annex G.13) and first-to-answer calls (TS 23.379 §10.15).</summary>
[Binding]
public sealed class CallBackSteps(CallBacks callBacks, FirstToAnswer firstToAnswer)
{
    /// <summary>Asking for a call back.</summary>
    [When("{user} asks {user} to call back", Description = "The user asks someone (typically their dispatcher) to call them back, from their terminal.",
        Example = "When \"PC Patel\" asks \"MetCC Dispatcher Ward\" to call back")]
    public Task Ask(UserName requester, UserName target) => callBacks.RequestAsync(requester, target);

    /// <summary>The request is shown.</summary>
    [Then("{user} is shown a call-back request from {user}", Description = "The target's terminal shows the request and the MCX holds it standing.",
        Example = "Then \"MetCC Dispatcher Ward\" is shown a call-back request from \"PC Patel\"")]
    public Task Shown(UserName target, UserName requester) => callBacks.ExpectShownAsync(target, requester);

    /// <summary>The request clears.</summary>
    [Then("the call-back request from {user} to {user} is cleared", Description = "Once the target called back, both terminals show the request fulfilled and the MCX no longer holds it.",
        Example = "Then the call-back request from \"PC Patel\" to \"MetCC Dispatcher Ward\" is cleared")]
    public Task Cleared(UserName requester, UserName target) => callBacks.ExpectClearedAsync(requester, target);

    /// <summary>First-to-answer call.</summary>
    [When("{user} makes a first-to-answer call to {users}", Description = "A call offered to every one of the users at once; the first to accept takes it and the others stop ringing.",
        Example = "When \"LAS EOC Dispatcher Reid\" makes a first-to-answer call to \"Paramedic Okafor\" and \"EMT Silva\"")]
    public Task FirstToAnswerCall(UserName caller, IReadOnlyList<UserName> candidates) => firstToAnswer.CallAsync(caller, candidates);

    /// <summary>Released: someone else answered.</summary>
    [Then("{users} stop/stops ringing because the call was answered elsewhere", Description = "Each user's terminal stops ringing with the cause \"call completed elsewhere\".",
        Example = "Then \"EMT Silva\" stops ringing because the call was answered elsewhere")]
    public Task AnsweredElsewhere(IReadOnlyList<UserName> users) => Task.WhenAll(users.Select(firstToAnswer.ExpectAnsweredElsewhereAsync));
}

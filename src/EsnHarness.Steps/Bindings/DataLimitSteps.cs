using EsnHarness.Bdd;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Bindings;

/// <summary>MCData size limits (TS 24.484 §10.4) and data services beyond SDS.</summary>
[Binding]
public sealed class DataLimitSteps(Messaging messaging, UserProfiles profiles, Refusals refusals, CheckService checks)
{
    /// <summary>Maximum SDS size.</summary>
    [Given("the maximum SDS size is {int} bytes", Description = "Sets the maximum SDS payload in every user's profile.", Example = "Given the maximum SDS size is 50000 bytes")]
    public Task MaxSize(int bytes) => profiles.SetMaxSdsSizeAsync((uint)bytes);

    /// <summary>Control-plane limit.</summary>
    [Given("the maximum control-plane SDS payload is {int} bytes", Description = "Sets the control-plane SDS limit in every user's profile: a larger SDS goes over the media plane (an SDS session).",
        Example = "Given the maximum control-plane SDS payload is 1000 bytes")]
    public Task ControlPlaneLimit(int bytes) => profiles.SetMaxSdsControlPlaneAsync((uint)bytes);

    /// <summary>A sized SDS.</summary>
    [When("{user} sends an SDS of {int} bytes to {user}", Description = "Sends a text SDS of that size; a refusal is kept for the next check.", Example = "When \"PC Patel\" sends an SDS of 60000 bytes to \"PC Byrne\"")]
    public Task SendSized(UserName sender, int bytes, UserName recipient) =>
        refusals.AttemptAsync(() => messaging.SendSdsAsync(sender, recipient, null, new string('x', bytes), Disposition.Delivered));

    /// <summary>Any SDS received.</summary>
    [Then("{user} receives the SDS within {int} ms", Description = "The recipient's terminal receives the last SDS sent to it within the time.", Example = "Then \"PC Byrne\" receives the SDS within 2000 ms")]
    public Task ReceivesAny(UserName recipient, int ms) => messaging.ExpectSdsAsync(recipient, null, TimeSpan.FromMilliseconds(ms));

    /// <summary>Plane used.</summary>
    [Then("the SDS went over the media plane", Description = "The service carried the latest SDS on the media plane and its recipients received it in an SDS session.",
        Example = "Then the SDS went over the media plane")]
    public void MediaPlane() => messaging.ExpectLastSdsOverMediaPlane();

    /// <summary>Check service.</summary>
    [When("{user} sends the check query {string} to the MPS check service",
        Description = "A PNC-style check as data: an SDS to the MPS check gateway, which asks the back office (CAD stub /cad/mps/checks) and sends the answer back as an SDS.",
        Example = "When \"PC Byrne\" sends the check query \"VRM LX19 ABC\" to the MPS check service")]
    public Task CheckQuery(UserName user, string query) => checks.AskAsync(user, query);

    /// <summary>Check answer.</summary>
    [Then("{user} receives the check answer within {int} ms",
        Description = "The answer SDS reaches the officer's terminal; the round trip (query sent to answer shown) is judged against the limit and attached as evidence.",
        Example = "Then \"PC Byrne\" receives the check answer within 3000 ms")]
    public Task CheckAnswer(UserName user, int ms) => checks.ExpectAnswerAsync(user, TimeSpan.FromMilliseconds(ms));

    /// <summary>Message log.</summary>
    [Then("the SDS from {user} is in the message log",
        Description = "The user's latest SDS is stored in a control-room console's message log (its received-message list), with sender and time.",
        Example = "Then the SDS from \"FF Jones\" is in the message log")]
    public Task InLog(UserName user) => messaging.ExpectInConsoleLogAsync(user);
}

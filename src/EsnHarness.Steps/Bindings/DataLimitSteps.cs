using EsnHarness.Bdd;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Bindings;

/// <summary>MCData size limits (TS 24.484 §10.4) and data services beyond SDS.</summary>
[Binding]
public sealed class DataLimitSteps(Terminals terminals, Refusals refusals)
{
    /// <summary>Maximum SDS size.</summary>
    [Given("the maximum SDS size is {int} bytes", Description = "Sets the maximum SDS payload in every user's profile.", Example = "Given the maximum SDS size is 50000 bytes")]
    public Task MaxSize(int bytes) => terminals.SetMaxSdsSizeAsync((uint)bytes);

    /// <summary>Control-plane limit: the contracts do not distinguish the planes yet.</summary>
    [Given("the maximum control-plane SDS payload is {int} bytes", Description = "Sets the control-plane SDS limit (pending: esn.mcx.v1 has one SDS size limit, no plane).",
        Example = "Given the maximum control-plane SDS payload is 1000 bytes")]
    public void ControlPlaneLimit(int bytes) =>
        throw new PendingStepException($"Cannot set a {bytes}-byte control-plane limit: esn.mcx.v1 has no signalling/media plane distinction for SDS.");

    /// <summary>A sized SDS.</summary>
    [When("{user} sends an SDS of {int} bytes to {user}", Description = "Sends a text SDS of that size; a refusal is kept for the next check.", Example = "When \"PC Patel\" sends an SDS of 60000 bytes to \"PC Byrne\"")]
    public Task SendSized(UserName sender, int bytes, UserName recipient) =>
        refusals.AttemptAsync(() => terminals.SendSdsAsync(sender, recipient, null, new string('x', bytes), Disposition.Delivered));

    /// <summary>Any SDS received.</summary>
    [Then("{user} receives the SDS within {int} ms", Description = "The recipient's terminal receives the last SDS sent to it within the time.", Example = "Then \"PC Byrne\" receives the SDS within 2000 ms")]
    public Task ReceivesAny(UserName recipient, int ms) => terminals.ExpectSdsAsync(recipient, null, TimeSpan.FromMilliseconds(ms));

    /// <summary>Plane used.</summary>
    [Then("the SDS went over the media plane", Description = "The SDS used the media plane (pending, as above).", Example = "Then the SDS went over the media plane")]
    public void MediaPlane() => throw new PendingStepException("esn.mcx.v1 does not report which plane carried an SDS.");

    /// <summary>Check service.</summary>
    [When("{user} sends the check query {string} to the MPS check service", Description = "A PNC-style check as data (pending: no check-service endpoint in the reference profile).",
        Example = "When \"PC Byrne\" sends the check query \"VRM LX19 ABC\" to the MPS check service")]
    public void CheckQuery(UserName user, string query) =>
        throw new PendingStepException($"Cannot send {user}'s check '{query}': there is no check-service role or stub yet.");

    /// <summary>Check answer.</summary>
    [Then("{user} receives the check answer within {int} ms", Description = "The check answer arrives as data (pending, as above).", Example = "Then \"PC Byrne\" receives the check answer within 3000 ms")]
    public void CheckAnswer(UserName user, int ms) => throw new PendingStepException($"No check service: cannot wait {ms} ms for {user}'s answer.");

    /// <summary>Message log.</summary>
    [Then("the SDS from {user} is in the message log", Description = "The control room's message log holds the SDS (pending: no logging recorder role).", Example = "Then the SDS from \"FF Jones\" is in the message log")]
    public void InLog(UserName user) => throw new PendingStepException($"No message-log (recorder) role to read {user}'s SDS from.");
}

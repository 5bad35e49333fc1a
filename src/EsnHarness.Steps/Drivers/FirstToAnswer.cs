using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>Scenario-scoped: first-to-answer calls (TS 23.379 §10.15) to a list of users, as the caller's terminal makes them and the others are released.</summary>
public sealed class FirstToAnswer(TerminalFleet fleet, Cast cast, EsnSession session)
{
    private readonly DeviceService.DeviceServiceClient _devices = new(session.Invoker(EsnRole.Device));

    /// <summary>The caller offers a call to every one of <paramref name="candidates"/>; the first to accept takes it.</summary>
    public async Task CallAsync(UserName caller, IEnumerable<UserName> candidates)
    {
        fleet.MarkAction();
        var result = await Rpc.CallAsync(() => _devices.StartCallAsync(new StartCallRequest
        {
            DeviceId = cast.Get(caller).DeviceId, CallType = CallType.FirstToAnswer, CandidateMcpttIds = { candidates.Select(c => cast.Get(c).McpttId) },
        }).ResponseAsync, $"make a first-to-answer call from {caller}");
        fleet.RememberCall(result.Call);
    }

    /// <summary>Waits until the user's terminal stops ringing because another user answered first.</summary>
    public Task ExpectAnsweredElsewhereAsync(UserName user) =>
        fleet.Log(cast.Get(user)).WaitAsync(e => e.Call is { Kind: CallEventKind.Ended, Cause: CallCause.CompletedElsewhere }, 0, session.Timeout,
            $"the terminal of {user} to stop ringing: answered elsewhere");
}

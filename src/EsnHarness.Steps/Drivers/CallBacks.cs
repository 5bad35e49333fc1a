using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Scenario-scoped: private call call-back requests (TS 24.379 Annex G.13) as a user makes them on their terminal, the
/// target's terminal shows them and the MCX holds them until the target calls back.
/// </summary>
public sealed class CallBacks(TerminalFleet fleet, Cast cast, EsnSession session)
{
    private readonly TerminalFunctions.TerminalFunctionsClient _terminals = new(session.Invoker(EsnRole.Device));
    private readonly McxCommonFunctions.McxCommonFunctionsClient _mcx = new(session.Invoker(EsnRole.Mcx));

    /// <summary><paramref name="requester"/> asks <paramref name="target"/> to call back.</summary>
    public async Task RequestAsync(UserName requester, UserName target)
    {
        fleet.MarkAction();
        await Rpc.CallAsync(() => _terminals.RequestCallBackAsync(new TerminalCallBackRequest
        {
            DeviceId = cast.Get(requester).DeviceId, TargetMcpttId = cast.Get(target).McpttId,
        }).ResponseAsync, $"ask {target} to call {requester} back");
    }

    /// <summary>Waits until the target's terminal shows the request, and the MCX lists it as standing.</summary>
    public async Task ExpectShownAsync(UserName target, UserName requester)
    {
        var id = cast.Get(requester).McpttId;
        await fleet.Log(cast.Get(target)).WaitAsync(e => e.CallBack?.CallBack is { State: CallBackState.Requested } c && c.RequesterMcpttId == id, 0, session.Timeout,
            $"the terminal of {target} to show a call-back request from {requester}");
        if (!(await StandingAsync(target)).Any(c => c.RequesterMcpttId == id))
        {
            throw new ExpectationFailedException($"The terminal of {target} shows a call-back request from {requester}, but the MCX holds none standing.");
        }
    }

    /// <summary>Waits until both terminals are told the request was fulfilled, and checks the MCX no longer holds it.</summary>
    public async Task ExpectClearedAsync(UserName requester, UserName target)
    {
        var id = cast.Get(requester).McpttId;
        foreach (var name in new[] { target, requester })
        {
            await fleet.Log(cast.Get(name)).WaitAsync(e => e.CallBack?.CallBack is { State: CallBackState.Fulfilled } c && c.RequesterMcpttId == id, 0, session.Timeout,
                $"the terminal of {name} to show the call-back request from {requester} to {target} cleared");
        }

        if ((await StandingAsync(target)).Any(c => c.RequesterMcpttId == id))
        {
            throw new ExpectationFailedException($"{target} called {requester} back, but the MCX still holds the call-back request standing.");
        }
    }

    private async Task<IReadOnlyList<CallBack>> StandingAsync(UserName target) =>
        (await Rpc.CallAsync(() => _mcx.ListCallBacksAsync(new ListCallBacksRequest { TargetMcpttId = cast.Get(target).McpttId }).ResponseAsync,
            $"list the call-back requests for {target}")).CallBacks;
}

using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Scenario-scoped: functional aliases (TS 23.280 §10.13) as the functional alias management server configures them
/// (esn.mcx.v1 McxCommonFunctions), users activate them on their terminals (esn.device.v1 TerminalFunctions) and callers
/// address private calls to them.
/// </summary>
public sealed class FunctionalAliases(TerminalFleet fleet, Cast cast, EsnSession session)
{
    private readonly McxCommonFunctions.McxCommonFunctionsClient _mcx = new(session.Invoker(EsnRole.Mcx));
    private readonly TerminalFunctions.TerminalFunctionsClient _terminals = new(session.Invoker(EsnRole.Device));
    private readonly DeviceService.DeviceServiceClient _devices = new(session.Invoker(EsnRole.Device));

    /// <summary>Configures an alias the named users may activate: several at once when <paramref name="shareable"/>, else one at a time.</summary>
    public Task ConfigureAsync(string alias, IEnumerable<UserName> allowed, bool shareable) =>
        Rpc.CallAsync(() => _mcx.ConfigureFunctionalAliasAsync(new ConfigureFunctionalAliasRequest
        {
            Config = new FunctionalAliasConfig { Alias = alias, Shareable = shareable, AllowedMcpttIds = { allowed.Select(u => cast.Get(u).McpttId) } },
        }).ResponseAsync, $"configure the functional alias '{alias}'");

    /// <summary>The user activates the alias on their terminal.</summary>
    public async Task ActivateAsync(UserName user, string alias)
    {
        fleet.MarkAction();
        var status = await Rpc.CallAsync(() => _terminals.ActivateFunctionalAliasAsync(new TerminalAliasRequest { DeviceId = cast.Get(user).DeviceId, Alias = alias }).ResponseAsync,
            $"activate the functional alias '{alias}' for {user}");
        if (!status.Holders.Any(h => h.McpttId == cast.Get(user).McpttId))
        {
            throw new ExpectationFailedException($"{user} activated '{alias}' but the MCX lists its holders as: {Holders(status)}.");
        }
    }

    /// <summary>The user deactivates the alias on their terminal.</summary>
    public Task DeactivateAsync(UserName user, string alias)
    {
        fleet.MarkAction();
        return Rpc.CallAsync(() => _terminals.DeactivateFunctionalAliasAsync(new TerminalAliasRequest { DeviceId = cast.Get(user).DeviceId, Alias = alias }).ResponseAsync,
            $"deactivate the functional alias '{alias}' for {user}");
    }

    /// <summary>Checks that the MCX lists exactly <paramref name="user"/> as the alias's holder (TS 23.280 §10.13.3 status determination).</summary>
    public async Task ExpectOnlyHolderAsync(string alias, UserName user)
    {
        var list = await Rpc.CallAsync(() => _mcx.ListFunctionalAliasesAsync(new ListFunctionalAliasesRequest()).ResponseAsync, "list the functional aliases");
        var status = list.Aliases.FirstOrDefault(a => string.Equals(a.Alias, alias, StringComparison.OrdinalIgnoreCase))
            ?? throw new ExpectationFailedException($"The MCX has no functional alias '{alias}'.");
        if (status.Holders.Count != 1 || status.Holders[0].McpttId != cast.Get(user).McpttId)
        {
            throw new ExpectationFailedException($"Expected only {user} to hold '{alias}', but its holders are: {Holders(status)}.");
        }
    }

    /// <summary>The caller makes a private call (manual commencement) to whoever holds the alias.</summary>
    public async Task CallAsync(UserName caller, string alias)
    {
        fleet.MarkAction();
        var member = cast.Get(caller);
        var result = await Rpc.CallAsync(() => _devices.StartCallAsync(new StartCallRequest
        {
            DeviceId = member.DeviceId, CallType = CallType.Private, TargetFunctionalAlias = alias, Commencement = CommencementMode.Manual, ImplicitFloorRequest = true,
        }).ResponseAsync, $"call the functional alias '{alias}' from {caller}");
        fleet.RememberCall(result.Call);
    }

    /// <summary>Waits until <paramref name="callee"/> is offered a call from <paramref name="caller"/> addressed to the alias.</summary>
    public async Task ExpectOfferedAsync(UserName callee, UserName caller, string alias)
    {
        var member = cast.Get(callee);
        var id = cast.Get(caller).McpttId;
        var e = await fleet.Log(member).WaitAsync(e => e.Call is { Kind: CallEventKind.Incoming } c && c.Call.InitiatorMcpttId == id, fleet.Mark(member), session.Timeout,
            $"{callee} to be offered a call from {caller} for '{alias}'");
        if (!string.Equals(e.Call.Call.TargetFunctionalAlias, alias, StringComparison.OrdinalIgnoreCase))
        {
            throw new ExpectationFailedException($"{callee} is offered a call from {caller} addressed to '{e.Call.Call.TargetFunctionalAlias}', expected '{alias}'.");
        }
    }

    private string Holders(FunctionalAliasStatus status) =>
        status.Holders.Count == 0 ? "nobody" : string.Join(", ", status.Holders.Select(h => cast.Describe(h.McpttId)));
}

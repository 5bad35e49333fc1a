using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>Scenario-scoped: a dispatcher's dynamic regrouping of two groups (esn.mcx.v1 PatchGroups): a call on either is one call for both.</summary>
public sealed class Regroups(TerminalFleet fleet, Cast cast, EsnSession session)
{
    private readonly McxService.McxServiceClient _mcx = new(session.Invoker(EsnRole.Mcx));

    /// <summary>The dispatcher patches the two groups; returns the patch as the MCX service made it.</summary>
    public async Task<GroupPatch> PatchAsync(UserName dispatcher, GroupName first, GroupName second)
    {
        fleet.MarkAction();
        var by = cast.Get(dispatcher);
        var patch = await Rpc.CallAsync(() => _mcx.PatchGroupsAsync(new PatchGroupsRequest { McpttId = by.McpttId, GroupIds = { first.Value, second.Value } }).ResponseAsync,
            $"regroup {first} and {second} as {dispatcher}");
        if (!patch.GroupIds.Contains(first.Value) || !patch.GroupIds.Contains(second.Value))
        {
            throw new ExpectationFailedException($"{dispatcher} asked to regroup {first} and {second}, but the MCX service patched {string.Join(" and ", patch.GroupIds)}.");
        }

        return patch;
    }
}

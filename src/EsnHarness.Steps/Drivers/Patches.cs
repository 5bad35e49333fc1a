using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>Scenario-scoped: group patches made from a dispatcher console (esn.mcx.v1 PatchGroups), and what the groups' members' terminals are told.</summary>
public sealed class Patches(TerminalFleet fleet, Groups groups, Cast cast, Refusals refusals, EsnSession session)
{
    private readonly McxService.McxServiceClient _mcx = new(session.Invoker(EsnRole.Mcx));
    private GroupPatch? _patch;

    /// <summary>The dispatcher patches the two groups.</summary>
    public async Task PatchAsync(UserName dispatcher, GroupName first, GroupName second)
    {
        fleet.MarkAction();
        _patch = await Rpc.CallAsync(() => _mcx.PatchGroupsAsync(new PatchGroupsRequest { McpttId = cast.Get(dispatcher).McpttId, GroupIds = { first.Value, second.Value } }).ResponseAsync,
            $"patch {first} and {second} as {dispatcher}");
    }

    /// <summary>The same, keeping a refusal for a later check.</summary>
    public Task TryPatchAsync(UserName dispatcher, GroupName first, GroupName second) => refusals.AttemptAsync(() => PatchAsync(dispatcher, first, second));

    /// <summary>The dispatcher removes the scenario's patch.</summary>
    public async Task UnpatchAsync(UserName dispatcher)
    {
        fleet.MarkAction();
        var patch = _patch ?? throw new ArgumentException("No patch was made in this scenario.");
        await Rpc.CallAsync(() => _mcx.UnpatchGroupsAsync(new UnpatchGroupsRequest { McpttId = cast.Get(dispatcher).McpttId, PatchId = patch.PatchId }).ResponseAsync,
            $"remove patch {patch.PatchId} as {dispatcher}");
    }

    /// <summary>Every terminal of the groups' members is told the patch was made (or, <paramref name="removed"/>, removed).</summary>
    public Task ExpectToldAsync(IEnumerable<GroupName> patched, bool removed) => ExpectToldAsync(patched, removed, _ => true);

    /// <summary>As <see cref="ExpectToldAsync(IEnumerable{GroupName}, bool)"/>, for the members <paramref name="byTerminal"/> picks (the
    /// others, e.g. dispatchers at web consoles, are checked on their screens by the caller).</summary>
    public Task ExpectToldAsync(IEnumerable<GroupName> patched, bool removed, Func<CastMember, bool> byTerminal)
    {
        var patch = _patch ?? throw new ArgumentException("No patch was made in this scenario.");
        var members = patched.SelectMany(groups.TerminalMembers).Where(byTerminal).DistinctBy(m => m.Name.Value, StringComparer.OrdinalIgnoreCase);
        return Task.WhenAll(members.Select(m => fleet.Log(cast.Get(m.Name)).WaitAsync(e => e.GroupPatch is { } p && p.Patch.PatchId == patch.PatchId && p.Patch.Removed == removed,
            0, session.Timeout, $"{m.Name}'s terminal to be told the patch of {string.Join(" and ", patch.GroupIds)} was {(removed ? "removed" : "made")}")));
    }
}

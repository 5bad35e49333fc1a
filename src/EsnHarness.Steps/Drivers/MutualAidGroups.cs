using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>Scenario-scoped: mutual-aid groups (GroupConfig.mutual_aid) configured and activated by a dispatcher (esn.mcx.v1 SetMutualAid).</summary>
public sealed class MutualAidGroups(Groups groups, TerminalFleet fleet, Cast cast, EsnSession session)
{
    private readonly McxService.McxServiceClient _mcx = new(session.Invoker(EsnRole.Mcx));

    /// <summary>Configures a mutual-aid group of <paramref name="agency"/> whose members are units from outside their home area.</summary>
    public async Task CreateAsync(GroupName group, Agency agency, IReadOnlyList<UserName> members)
    {
        await groups.CreateAsync(group, agency, members);
        await groups.ConfigureAsync(group, [("mutual aid", "yes")]);
    }

    /// <summary><paramref name="by"/> activates or stands down the mutual-aid group.</summary>
    public async Task SetAsync(UserName by, GroupName group, bool active)
    {
        fleet.MarkAction();
        var state = await Rpc.CallAsync(() => _mcx.SetMutualAidAsync(new SetMutualAidRequest { McpttId = cast.Get(by).McpttId, GroupId = group.Value, Active = active }).ResponseAsync,
            $"{(active ? "activate" : "stand down")} the mutual-aid group {group} as {by}");
        if (state.Active != active)
        {
            throw new ExpectationFailedException($"The MCX service answered the {(active ? "activation" : "standing down")} of {group} with active = {state.Active}.");
        }
    }
}

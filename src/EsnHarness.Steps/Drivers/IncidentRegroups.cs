using System.Collections.Concurrent;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Scenario-scoped: preconfigured regrouping at a major incident (esn.mcx.v1 StartRegroup / EndRegroup, TS 23.280 §10.15)
/// as a dispatcher's console makes it, and what the members' terminals and the MCX service show of it.
/// </summary>
public sealed class IncidentRegroups(TerminalFleet fleet, Cast cast, EsnSession session)
{
    private readonly McxService.McxServiceClient _mcx = new(session.Invoker(EsnRole.Mcx));
    private readonly ConcurrentDictionary<string, string> _ids = new(StringComparer.OrdinalIgnoreCase);

    /// <summary><paramref name="by"/> regroups the groups into <paramref name="regroup"/> with the configuration of <paramref name="preconfigured"/>.</summary>
    public async Task RegroupAsync(UserName by, IReadOnlyList<GroupName> groups, GroupName regroup, GroupName preconfigured)
    {
        fleet.MarkAction();
        var request = new RegroupRequest
        {
            McpttId = cast.Get(by).McpttId,
            RegroupGroupId = regroup.Value,
            PreconfiguredGroupId = preconfigured.Value,
            GroupIds = { groups.Select(g => g.Value) },
        };
        var made = await Rpc.CallAsync(() => _mcx.StartRegroupAsync(request).ResponseAsync, $"regroup {string.Join(", ", groups)} into {regroup} as {by}");
        _ids[regroup.Value] = made.RegroupId;
    }

    /// <summary><paramref name="by"/> ends the regroup whose regroup group is <paramref name="regroup"/>.</summary>
    public async Task EndAsync(UserName by, GroupName regroup)
    {
        fleet.MarkAction();
        var id = _ids.TryGetValue(regroup.Value, out var known)
            ? known
            : throw new ArgumentException($"No regroup into {regroup} was made in this scenario; regroup first, e.g. 'When the MetCC dispatcher regroups ... into {regroup} ...'.");
        var ended = await Rpc.CallAsync(() => _mcx.EndRegroupAsync(new EndRegroupRequest { McpttId = cast.Get(by).McpttId, RegroupId = id }).ResponseAsync,
            $"end the regroup into {regroup} as {by}");
        if (!ended.Ended)
        {
            throw new ExpectationFailedException($"The MCX service answered the end of the regroup into {regroup} with a regroup still in force.");
        }
    }

    /// <summary>
    /// The user's terminal was told it is in the regroup (a regroup event naming <paramref name="regroup"/>), and the MCX
    /// service lists the user as a member of the regroup and as affiliated to its group.
    /// </summary>
    public async Task ExpectMemberAsync(UserName user, GroupName regroup)
    {
        var member = cast.Get(user);
        await fleet.Log(member).WaitAsync(e => e.Regroup is { Regroup.RegroupGroupId: var g, Regroup.Ended: false } && g == regroup.Value, 0, session.Timeout,
            $"{user}'s terminal to be told it is in the regroup {regroup}");
        var regroups = await Rpc.CallAsync(() => _mcx.ListRegroupsAsync(new ListRegroupsRequest { GroupId = regroup.Value }).ResponseAsync, $"list the regroups of {regroup}");
        var affiliations = await Rpc.CallAsync(() => _mcx.GetAffiliationsAsync(new GetAffiliationsRequest { McpttId = member.McpttId }).ResponseAsync, $"read {user}'s affiliations");
        if (!regroups.Regroups.Any(r => r.Members.Contains(member.McpttId)) || !affiliations.Affiliations.Any(a => a.GroupId == regroup.Value))
        {
            throw new ExpectationFailedException(
                $"{user}'s terminal was told of the regroup {regroup}, but the MCX service lists its members as [{string.Join(", ", regroups.Regroups.SelectMany(r => r.Members).Select(cast.Describe))}] " +
                $"and {user} as affiliated to [{string.Join(", ", affiliations.Affiliations.Select(a => a.GroupId))}].");
        }
    }

    /// <summary>Each user's terminal reports being deaffiliated from <paramref name="group"/> within the time, and the MCX service agrees.</summary>
    public async Task ExpectLeftAsync(UserName user, GroupName group, TimeSpan within)
    {
        var member = cast.Get(user);
        await fleet.Log(member).WaitAsync(e => e.Affiliation is { Affiliation.State: AffiliationState.Deaffiliated } a && a.Affiliation.GroupId == group.Value,
            fleet.Mark(member), within, $"{user}'s terminal to be deaffiliated from {group}");
        var affiliations = await Rpc.CallAsync(() => _mcx.GetAffiliationsAsync(new GetAffiliationsRequest { McpttId = member.McpttId }).ResponseAsync, $"read {user}'s affiliations");
        if (affiliations.Affiliations.Any(a => a.GroupId == group.Value))
        {
            throw new ExpectationFailedException($"{user}'s terminal was deaffiliated from {group}, but the MCX service still holds {user} affiliated to it.");
        }
    }

    /// <summary>
    /// The call <paramref name="user"/> last started is on <paramref name="group"/>, as the user's terminal was told when it
    /// connected and as the MCX service holds it; returns the groups it stands for when it is a regroup group's call.
    /// </summary>
    public async Task<IReadOnlyList<string>> ExpectCallOnAsync(UserName user, GroupName group)
    {
        var member = cast.Get(user);
        var connected = await fleet.Log(member).WaitAsync(e => e.Call is { Kind: CallEventKind.Connected } c && c.Call.InitiatorMcpttId == member.McpttId,
            fleet.Mark(member), session.Timeout, $"{user}'s terminal to be connected to the call it started");
        var call = connected.Call.Call;
        var held = (await Rpc.CallAsync(() => _mcx.ListCallsAsync(new ListCallsRequest()).ResponseAsync, "list the calls")).Calls.FirstOrDefault(c => c.CallId == call.CallId);
        if (call.GroupId != group.Value || (held is not null && held.GroupId != group.Value))
        {
            var regrouped = call.RegroupedGroupIds.Count > 0 ? $" (standing for {string.Join(", ", call.RegroupedGroupIds)})" : "";
            throw new ExpectationFailedException($"The call {user} started is on \"{held?.GroupId ?? call.GroupId}\"{regrouped}, not on {group}.");
        }

        return [.. call.RegroupedGroupIds];
    }
}

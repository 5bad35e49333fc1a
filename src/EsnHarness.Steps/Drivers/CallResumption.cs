using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Scenario-scoped: a group call coming back after a fault, as its members see it: every member back in service, and
/// every member's terminal in the call the MCX service holds on the group, whether the call survived (a neighbour site
/// took the terminals over) or the service re-established it (a standby core re-invited them).
/// </summary>
public sealed class CallResumption(TerminalFleet fleet, Calls calls, Mobility mobility, EsnSession session)
{
    private readonly DeviceService.DeviceServiceClient _devices = new(session.Invoker(EsnRole.Device));

    /// <summary>Waits, until <paramref name="deadline"/>, for the call on <paramref name="group"/> to be back for every member.</summary>
    public async Task ExpectResumedAsync(GroupName group, IReadOnlyList<CastMember> members, DateTimeOffset deadline)
    {
        await mobility.ExpectBackInServiceAsync(members, deadline);
        await Task.WhenAll(members.Select(m => AwaitInCallAsync(m, group, deadline)));
        var call = await calls.ActiveCallAsync(group)
            ?? throw new ExpectationFailedException($"Every member of {group} is back in service but the MCX service holds no call on {group}: the call did not survive.");
        var outside = new List<string>();
        foreach (var member in members)
        {
            if (!call.Participants.Contains(member.McpttId) || !(await CallsOfAsync(member)).Contains(call.CallId))
            {
                outside.Add(member.Name.Value);
            }
        }

        if (outside.Count > 0)
        {
            throw new ExpectationFailedException($"The call on {group} ({call.CallId}) is up, but not for {string.Join(", ", outside)} (the service's participants and their terminals' calls must both show it).");
        }
    }

    /// <summary>The member's terminal is in the service's call on the group, or is put into a call on it (re-invited) before the deadline.</summary>
    private async Task AwaitInCallAsync(CastMember member, GroupName group, DateTimeOffset deadline)
    {
        if (await calls.ActiveCallAsync(group) is { } call && (await CallsOfAsync(member)).Contains(call.CallId))
        {
            return;
        }

        var left = deadline - session.Target.Clock.GetUtcNow();
        await fleet.Log(member).WaitAsync(e => e.Call is { Kind: CallEventKind.Connected } c && c.Call.GroupId == group.Value, fleet.Mark(member),
            left > TimeSpan.Zero ? left : TimeSpan.FromMilliseconds(1), $"{member.Name}'s terminal to be back in the call on {group}");
    }

    private async Task<IReadOnlyList<string>> CallsOfAsync(CastMember member) =>
        [.. (await Rpc.CallAsync(() => _devices.GetStateAsync(new DeviceRef { DeviceId = member.DeviceId }).ResponseAsync, $"read the calls of {member.Name}'s terminal")).Calls.Select(c => c.CallId)];
}

using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Scenario-scoped: remote change of the selected group (TS 22.280) as an authorised dispatcher makes it (esn.mcx.v1
/// McxCommonFunctions) and as the target's terminal shows it and then talks on it (esn.device.v1).
/// </summary>
public sealed class SelectedGroups(TerminalFleet fleet, Calls calls, Cast cast, EsnSession session)
{
    private readonly McxCommonFunctions.McxCommonFunctionsClient _mcx = new(session.Invoker(EsnRole.Mcx));
    private readonly DeviceService.DeviceServiceClient _devices = new(session.Invoker(EsnRole.Device));

    /// <summary>The user selects the group on their terminal (the group PTT goes to).</summary>
    public Task SelectAsync(UserName user, GroupName group) =>
        Rpc.CallAsync(() => _devices.SelectGroupAsync(new GroupRequest { DeviceId = cast.Get(user).DeviceId, GroupId = group.Value }).ResponseAsync, $"select {group} on the terminal of {user}");

    /// <summary><paramref name="requester"/> switches the terminal of <paramref name="target"/> to the group.</summary>
    public async Task SwitchAsync(UserName requester, UserName target, GroupName group)
    {
        fleet.MarkAction();
        await Rpc.CallAsync(() => _mcx.ChangeSelectedGroupAsync(new ChangeSelectedGroupRequest
        {
            RequesterMcpttId = cast.Get(requester).McpttId, TargetMcpttId = cast.Get(target).McpttId, GroupId = group.Value,
        }).ResponseAsync, $"switch the terminal of {target} to {group} as {requester}");
    }

    /// <summary>
    /// Waits until the terminal shows the group selected by <paramref name="by"/> (the change it was told), then checks its
    /// state has that group selected: the group its PTT now goes to.
    /// </summary>
    public async Task ExpectSwitchedAsync(UserName target, GroupName group, UserName by)
    {
        var member = cast.Get(target);
        var e = await fleet.Log(member).WaitAsync(e => e.SelectedGroup is { } g && string.Equals(g.GroupId, group.Value, StringComparison.OrdinalIgnoreCase), fleet.Mark(member),
            session.Timeout, $"the terminal of {target} to show {group} selected");
        if (cast.ByMcpttId(e.SelectedGroup.ChangedBy)?.Name is not { } who || !string.Equals(who.Value, by.Value, StringComparison.OrdinalIgnoreCase))
        {
            throw new ExpectationFailedException($"The terminal of {target} shows {group} selected by {cast.Describe(e.SelectedGroup.ChangedBy)}, expected {by}.");
        }

        await ExpectSelectedAsync(target, group);
    }

    /// <summary>Checks the group the terminal's PTT goes to.</summary>
    public async Task ExpectSelectedAsync(UserName target, GroupName group)
    {
        var state = await Rpc.CallAsync(() => _devices.GetStateAsync(new DeviceRef { DeviceId = cast.Get(target).DeviceId }).ResponseAsync, $"read the state of {target}'s terminal");
        if (!string.Equals(state.SelectedGroup, group.Value, StringComparison.OrdinalIgnoreCase))
        {
            throw new ExpectationFailedException($"The terminal of {target} talks on \"{state.SelectedGroup}\", expected {group}.");
        }
    }

    /// <summary>The user presses PTT without choosing a group (the selected group's call is set up or joined), is granted the floor and speaks.</summary>
    public async Task TalkOnSelectedGroupAsync(UserName user)
    {
        fleet.MarkAction();
        var member = cast.Get(user);
        var log = fleet.Log(member);
        var from = log.Count;
        var ptt = await Rpc.CallAsync(() => _devices.PressPttAsync(new PttRequest { DeviceId = member.DeviceId }).ResponseAsync, $"press PTT for {user}");
        await calls.AwaitPermissionAsync(member, from);
        await Rpc.CallAsync(() => _devices.SendVoiceBurstAsync(new VoiceBurstRequest { DeviceId = member.DeviceId, CallId = ptt.CallId, FrameCount = 5 }).ResponseAsync,
            $"speak for {user}");
    }
}

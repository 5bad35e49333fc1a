using System.Collections.Concurrent;
using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Scenario-scoped: direct mode (off-network MCPTT, the Airwave DMO equivalent) as terminal users meet it, through
/// esn.device.v1: terminals provisioned for direct mode on a group, powered on in it or falling back to it when
/// coverage is lost, PTT and calls off-network, and vehicle gateways relaying a direct-mode group to the network.
/// Expectations are in <c>DirectMode.Checks.cs</c>.
/// </summary>
public sealed partial class DirectMode(TerminalFleet fleet, Cast cast, Groups groups, EsnSession session)
{
    private const uint BurstFrames = 10; // 200 ms of speech in 20 ms frames
    private readonly DeviceService.DeviceServiceClient _devices = new(session.Invoker(EsnRole.Device));
    private readonly ConcurrentDictionary<string, DirectModeConfiguration> _configurations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CastMember> _gateways = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Powers a user's terminal on in direct mode on <paramref name="group"/> at <paramref name="place"/> (no network needed).</summary>
    public async Task PowerOnAsync(UserName name, Agency agency, PlaceName place, GroupName group)
    {
        var configuration = Configuration(group, fallBack: false);
        await fleet.PowerOnInDirectModeAsync(name, agency, place, group, configuration);
        _configurations[cast.Get(name).DeviceId] = configuration;
    }

    /// <summary>Provisions every terminal member of <paramref name="group"/> to fall back to direct mode on it when it loses
    /// service, with the group selected (the terminal falls back on its selected group).</summary>
    public Task ProvisionFallBackAsync(GroupName group) =>
        Task.WhenAll(groups.TerminalMembers(group).Where(m => m.Kind is MemberKind.Terminal or MemberKind.Vehicle).Select(async m =>
        {
            await ConfigureAsync(m, Configuration(group, fallBack: true));
            await Rpc.CallAsync(() => _devices.SelectGroupAsync(new GroupRequest { DeviceId = m.DeviceId, GroupId = group.Value }).ResponseAsync, $"select {group} on {m.Name}'s terminal");
        }));

    /// <summary>Direct mode on <paramref name="group"/> stops queueing floor requests for every terminal provisioned for it.</summary>
    public Task QueueingOffAsync(GroupName group) =>
        Task.WhenAll(cast.Members.Where(m => _configurations.TryGetValue(m.DeviceId, out var c) && c.Groups.Any(g => g.GroupId == group.Value)).Select(m =>
        {
            var configuration = _configurations[m.DeviceId].Clone();
            configuration.Groups.First(g => g.GroupId == group.Value).Queueing = false;
            return ConfigureAsync(m, configuration);
        }));

    /// <summary>Logs a vehicle device on at <paramref name="place"/>, affiliates it to <paramref name="group"/> and makes it the group's direct-mode gateway.</summary>
    public async Task GatewayAsync(UserName vehicle, Agency agency, PlaceName place, GroupName group)
    {
        await fleet.LogOnAsync(vehicle, agency, place, MemberKind.Vehicle);
        var member = cast.Get(vehicle);
        await groups.AddMemberAsync(group, member.McpttId);
        await fleet.AffiliateAsync(vehicle, group);
        await ConfigureAsync(member, Configuration(group, fallBack: false));
        var state = await Rpc.CallAsync(() => _devices.SetDirectModeAsync(new SetDirectModeRequest { DeviceId = member.DeviceId, DirectMode = true, GroupId = group.Value, Gateway = true }).ResponseAsync,
            $"make {vehicle} the direct-mode gateway of {group}");
        if (state.DirectMode is not { Active: true, Reason: DirectModeReason.Gateway })
        {
            throw new ExpectationFailedException($"{vehicle} was asked to relay {group} in direct mode but reports direct mode {state.DirectMode}.");
        }

        _gateways[group.Value] = member;
    }

    /// <summary>Moves the user's terminal <paramref name="metres"/> east of where it is (within its place).</summary>
    public async Task MoveAwayAsync(UserName name, double metres)
    {
        fleet.MarkAction();
        var member = cast.Get(name);
        await Rpc.CallAsync(() => _devices.MoveByAsync(new MoveByRequest { DeviceId = member.DeviceId, DistanceM = metres, BearingDeg = 90 }).ResponseAsync, $"move {name} {metres:0} m");
    }

    /// <summary>Presses PTT in direct mode and waits for the floor's answer: talking, queued, or denied.</summary>
    public async Task PressAsync(UserName name, GroupName group, CallType type = CallType.PrearrangedGroup)
    {
        fleet.MarkAction();
        var member = cast.Get(name);
        var log = fleet.Log(member);
        var from = log.Count;
        if (type == CallType.PrearrangedGroup)
        {
            await Rpc.CallAsync(() => _devices.PressPttAsync(new PttRequest { DeviceId = member.DeviceId, GroupId = group.Value }).ResponseAsync, $"press PTT in direct mode for {name} on {group}");
        }
        else
        {
            await Rpc.CallAsync(() => _devices.StartCallAsync(new StartCallRequest { DeviceId = member.DeviceId, GroupId = group.Value, CallType = type }).ResponseAsync,
                $"start a direct-mode {type} call for {name} on {group}");
        }

        await log.WaitAsync(e => e.FloorState is { } f && (f.FromState == FloorParticipantState.OPendingRequest || f.ToState == FloorParticipantState.OHasPermission), from, session.Timeout,
            $"the direct-mode floor to answer {name} on {group} (talking, queued or denied)");
    }

    /// <summary>Releases PTT in direct mode and waits until the terminal no longer talks or waits.</summary>
    public async Task ReleaseAsync(UserName name, GroupName group)
    {
        fleet.MarkAction();
        var member = cast.Get(name);
        var log = fleet.Log(member);
        var from = log.Count;
        await Rpc.CallAsync(() => _devices.ReleasePttAsync(new PttRequest { DeviceId = member.DeviceId, GroupId = group.Value }).ResponseAsync, $"release PTT in direct mode for {name} on {group}");
        await log.WaitAsync(e => e.FloorState is { ToState: FloorParticipantState.OSilence or FloorParticipantState.OPendingGranted or FloorParticipantState.OHasNoPermission },
            from, session.Timeout, $"{name}'s release to take effect on {group} in direct mode");
    }

    /// <summary>Presses PTT in direct mode and waits until the user talks ('O: has permission').</summary>
    public async Task HoldFloorAsync(UserName name, GroupName group)
    {
        await PressAsync(name, group);
        await ExpectTalkingAsync(name, group);
    }

    /// <summary>Talks: holds the floor, speaks a short burst and lets go.</summary>
    public async Task TalkAsync(UserName name, GroupName group)
    {
        await HoldFloorAsync(name, group);
        await SpeakAsync(cast.Get(name), "");
    }

    /// <summary>The caller rings <paramref name="callee"/> in a direct-mode private call (manual commencement).</summary>
    public async Task PrivateCallAsync(UserName caller, UserName callee)
    {
        fleet.MarkAction();
        var member = cast.Get(caller);
        await Rpc.CallAsync(() => _devices.StartCallAsync(new StartCallRequest
        {
            DeviceId = member.DeviceId, CallType = CallType.Private, TargetMcpttId = cast.Get(callee).McpttId, Commencement = CommencementMode.Manual,
        }).ResponseAsync, $"make a direct-mode private call from {caller} to {callee}");
    }

    /// <summary>Talks in the user's direct-mode private call: waits for the floor (pressing PTT if needed), speaks, lets go.</summary>
    public async Task TalkInPrivateCallAsync(UserName name)
    {
        fleet.MarkAction();
        var member = cast.Get(name);
        var log = fleet.Log(member);
        var call = await PrivateCallIdAsync(member);
        if (log.Last(e => e.FloorState?.CallId == call)?.FloorState.ToState != FloorParticipantState.OHasPermission)
        {
            var from = log.Count;
            await Rpc.CallAsync(() => _devices.PressPttAsync(new PttRequest { DeviceId = member.DeviceId, CallId = call }).ResponseAsync, $"press PTT in {name}'s private call");
            await log.WaitAsync(e => e.FloorState is { ToState: FloorParticipantState.OHasPermission } f && f.CallId == call, from, session.Timeout, $"{name} to talk in the private call");
        }

        await SpeakAsync(member, call);
    }

    private async Task SpeakAsync(CastMember member, string callId) =>
        await Rpc.CallAsync(() => _devices.SendVoiceBurstAsync(new VoiceBurstRequest
        {
            DeviceId = member.DeviceId, CallId = callId, FrameCount = BurstFrames, FrameIntervalMs = 20, ReleaseAfter = true,
        }).ResponseAsync, $"speak in direct mode for {member.Name}");

    private async Task ConfigureAsync(CastMember member, DirectModeConfiguration configuration)
    {
        await Rpc.CallAsync(() => _devices.ConfigureDirectModeAsync(new ConfigureDirectModeRequest { DeviceId = member.DeviceId, Configuration = configuration }).ResponseAsync,
            $"provision direct mode on {member.Name}'s terminal");
        _configurations[member.DeviceId] = configuration;
    }

    private static DirectModeConfiguration Configuration(GroupName group, bool fallBack) => new()
    {
        FallBackWhenOutOfService = fallBack,
        Groups = { new DirectModeGroup { GroupId = group.Value, Queueing = true, FallBack = fallBack } },
    };
}

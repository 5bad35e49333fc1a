using System.Collections.Concurrent;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Scenario-scoped: vehicle devices and the handover of a user between their handheld and a vehicle device
/// (esn.device.v1 Dock and Undock). While docked, every step naming the user acts on the vehicle device.
/// </summary>
public sealed class VehicleDevices(TerminalFleet fleet, Cast cast, EsnSession session)
{
    private readonly DeviceService.DeviceServiceClient _devices = new(session.Invoker(EsnRole.Device));
    private readonly ConcurrentDictionary<string, string> _handhelds = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, DockedUser> _before = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Logs a vehicle device on at a place under the vehicle's own identity (its callsign).</summary>
    public Task LogOnAsync(UserName vehicle, Agency agency, PlaceName place) => fleet.LogOnAsync(vehicle, agency, place, MemberKind.Vehicle);

    /// <summary>The user docks their handheld in the vehicle device, which takes their log-on over.</summary>
    public async Task DockAsync(UserName user, UserName vehicle)
    {
        var handheld = cast.Get(user);
        var car = Vehicle(vehicle);
        _before[user.Value] = await ReadAsync(handheld.DeviceId, user);
        fleet.MarkAction();
        await Rpc.CallAsync(() => _devices.DockAsync(new DockRequest { DeviceId = handheld.DeviceId, VehicleDeviceId = car.DeviceId }).ResponseAsync,
            $"dock the handheld of {user} in {vehicle}");
        _handhelds[user.Value] = handheld.DeviceId;
        fleet.Docked(user, handheld.DeviceId, car.DeviceId);
    }

    /// <summary>The user takes their handheld out of the vehicle device, which hands their log-on back.</summary>
    public async Task UndockAsync(UserName user, UserName vehicle)
    {
        var car = Vehicle(vehicle);
        if (!_handhelds.TryRemove(user.Value, out var handheld))
        {
            throw new ArgumentException($"{user} has not docked their handheld in this scenario; use 'When {user} gets into {vehicle} and docks their handheld' first.");
        }

        _before[user.Value] = await ReadAsync(car.DeviceId, user);
        fleet.MarkAction();
        await Rpc.CallAsync(() => _devices.UndockAsync(new DockRequest { DeviceId = handheld, VehicleDeviceId = car.DeviceId }).ResponseAsync,
            $"take the handheld of {user} out of {vehicle}");
        fleet.Undocked(user, handheld);
    }

    /// <summary>
    /// The device now serving the user is of the kind expected, logged on as the user, affiliated to every group they had on
    /// the other device and talks on <paramref name="selected"/>.
    /// </summary>
    public async Task ExpectServedAsync(UserName user, DeviceKind kind, GroupName selected)
    {
        var member = cast.Get(user);
        var before = Before(user);
        var state = await StateAsync(member.DeviceId, user);
        var missing = before.Groups.Except(state.AffiliatedGroups, StringComparer.OrdinalIgnoreCase).ToArray();
        var problems = new List<string>();
        Check(problems, state.Kind == kind, $"the device is a {state.Kind} device, expected {kind}");
        Check(problems, state.Registered && state.Identity?.McpttId == member.McpttId, $"it is {(state.Registered ? "logged on as " + state.Identity?.McpttId : "not logged on")}, expected {member.McpttId}");
        Check(problems, missing.Length == 0, $"it is not affiliated to {string.Join(", ", missing)} (it is to: {string.Join(", ", state.AffiliatedGroups)})");
        Check(problems, string.Equals(state.SelectedGroup, selected.Value, StringComparison.OrdinalIgnoreCase), $"it talks on \"{state.SelectedGroup}\", expected {selected}");
        if (problems.Count > 0)
        {
            throw new ExpectationFailedException($"{user} is not served as they were on their other device: {string.Join("; ", problems)}.");
        }
    }

    /// <summary>The device now serving the user is in the very call they were in on the group before the handover.</summary>
    public async Task ExpectSameCallAsync(UserName user, GroupName group)
    {
        var member = cast.Get(user);
        if (!Before(user).Calls.TryGetValue(group.Value, out var callId))
        {
            throw new ExpectationFailedException($"{user} was in no call on {group} before the handover, so there is no call to keep.");
        }

        if ((await StateAsync(member.DeviceId, user)).Calls.Any(c => c.CallId == callId))
        {
            return;
        }

        // Late entry on a group other than the selected one arrives on the downlink: await it, then read the state again.
        await fleet.Log(member).WaitAsync(e => e.Call?.Call?.CallId == callId, fleet.Mark(member), session.Timeout, $"{user} to enter the call {callId} on {group} again");
        var calls = (await StateAsync(member.DeviceId, user)).Calls;
        if (!calls.Any(c => c.CallId == callId))
        {
            throw new ExpectationFailedException($"{user} is not in the call {callId} on {group} after the handover (calls: {string.Join(", ", calls.Select(c => $"{c.CallId} on {c.GroupId}"))}).");
        }
    }

    private CastMember Vehicle(UserName vehicle) =>
        cast.Get(vehicle) is { Kind: MemberKind.Vehicle } car ? car
            : throw new ArgumentException($"{vehicle} is not a vehicle device; introduce it with 'Given the MPS vehicle {vehicle} is at \"Soho\"'.");

    private DockedUser Before(UserName user) =>
        _before.TryGetValue(user.Value, out var before) ? before : throw new ArgumentException($"{user} has not docked or undocked in this scenario.");

    private async Task<DockedUser> ReadAsync(string deviceId, UserName user)
    {
        var state = await StateAsync(deviceId, user);
        return new DockedUser([.. state.AffiliatedGroups], state.SelectedGroup,
            state.Calls.Where(c => c.GroupId.Length > 0).GroupBy(c => c.GroupId).ToDictionary(g => g.Key, g => g.First().CallId));
    }

    private Task<DeviceState> StateAsync(string deviceId, UserName user) =>
        Rpc.CallAsync(() => _devices.GetStateAsync(new DeviceRef { DeviceId = deviceId }).ResponseAsync, $"read the state of the device serving {user}");

    private static void Check(List<string> problems, bool ok, string problem)
    {
        if (!ok)
        {
            problems.Add(problem);
        }
    }
}

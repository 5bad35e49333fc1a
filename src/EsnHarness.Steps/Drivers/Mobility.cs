using EsnHarness.Contracts.Device.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>Scenario-scoped: terminals moving between London places (cell changes, coverage lost and regained) and what they report of their service.</summary>
public sealed class Mobility(TerminalFleet fleet, NetworkDriver network, Cast cast, EsnSession session)
{
    private readonly DeviceService.DeviceServiceClient _devices = new(session.Invoker(EsnRole.Device));
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, PlaceName> _previousPlaces = new();

    /// <summary>Moves the user's terminal to a place (cell change).</summary>
    public async Task MoveAsync(UserName name, PlaceName place)
    {
        fleet.MarkAction();
        var member = cast.Get(name);
        var at = await network.ResolveAsync(place);
        if (fleet.Moved(member, place) is { } previous)
        {
            _previousPlaces[member.DeviceId] = previous;
        }

        await Rpc.CallAsync(() => _devices.MoveToAsync(new MoveRequest { DeviceId = member.DeviceId, PlaceId = at.PlaceId }).ResponseAsync, $"move {name} to {place}");
    }

    /// <summary>Where the user was before their last move.</summary>
    /// <exception cref="ArgumentException">The user has not moved in this scenario.</exception>
    public PlaceName PlaceBeforeLast(UserName name) =>
        _previousPlaces.GetValueOrDefault(cast.Get(name).DeviceId) ?? throw new ArgumentException($"{name} has not moved in this scenario, so there is no earlier place to return to.");

    /// <summary>
    /// Waits until every member's terminal is in service again on its own cell, at the latest by <paramref name="deadline"/>
    /// (the target's clock). The network model knows at once whom a fault hit; a terminal learns it over its downlink a
    /// moment later, so its own state alone could still say "in service" just after the fault: both are asked.
    /// </summary>
    public async Task ExpectBackInServiceAsync(IEnumerable<CastMember> members, DateTimeOffset deadline)
    {
        foreach (var member in members)
        {
            var state = await fleet.StateAsync(member.Name);
            var link = await network.LinkAsync(member.DeviceId);
            if (!state.InService || !link.InService || link.OnNeighbour)
            {
                var left = deadline - session.Target.Clock.GetUtcNow();
                await ExpectConnectivityAsync(member.Name, ConnectivityKind.BackInService, left > TimeSpan.Zero ? left : TimeSpan.FromMilliseconds(1), "to be back in service");
            }
        }
    }

    /// <summary>
    /// Checks the terminal is registered and affiliated to the group; if it is not back in service yet, waits (up to
    /// <paramref name="within"/>) for it to be and checks again. As in <see cref="ExpectBackInServiceAsync"/>, the network
    /// is asked too: just after a fault the terminal may not have learnt of it yet and its own state still says registered
    /// and in service, which would pass before the terminal had been through the outage at all.
    /// </summary>
    public async Task ExpectRegisteredAndAffiliatedAsync(UserName name, GroupName group, TimeSpan within)
    {
        var link = await network.LinkAsync(cast.Get(name).DeviceId);
        var state = await fleet.StateAsync(name);
        if (!(link.InService && state.Registered && state.InService && state.Groups.Contains(group.Value)))
        {
            await ExpectConnectivityAsync(name, ConnectivityKind.BackInService, within, "to be back in service");
            state = await fleet.StateAsync(name);
        }

        if (!state.Registered || !state.Groups.Contains(group.Value))
        {
            throw new ExpectationFailedException($"{name} is back (registered {state.Registered}) but affiliated to: {string.Join(", ", state.Groups)}; expected {group}.");
        }
    }

    /// <summary>Waits for the terminal to report a connectivity change of that kind since the last action; returns the delay from the link change.</summary>
    public async Task<TimeSpan> ExpectConnectivityAsync(UserName name, ConnectivityKind kind, TimeSpan within, string what)
    {
        var member = cast.Get(name);
        var e = await fleet.Log(member).WaitAsync(e => e.Connectivity is { } c && c.Kind == kind, fleet.Mark(member), within, $"{name} {what}");
        var changed = e.Connectivity.Link?.ChangedAt?.ToDateTime();
        return changed is { } at ? e.ObservedAt.ToDateTime() - at : TimeSpan.Zero;
    }
}

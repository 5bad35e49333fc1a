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

    /// <summary>Waits for the terminal to report a connectivity change of that kind since the last action; returns the delay from the link change.</summary>
    public async Task<TimeSpan> ExpectConnectivityAsync(UserName name, ConnectivityKind kind, TimeSpan within, string what)
    {
        var member = cast.Get(name);
        var e = await fleet.Log(member).WaitAsync(e => e.Connectivity is { } c && c.Kind == kind, fleet.Mark(member), within, $"{name} {what}");
        var changed = e.Connectivity.Link?.ChangedAt?.ToDateTime();
        return changed is { } at ? e.ObservedAt.ToDateTime() - at : TimeSpan.Zero;
    }
}

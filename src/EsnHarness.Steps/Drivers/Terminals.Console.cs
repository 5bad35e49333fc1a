using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>Dispatcher console actions: remote affiliation and watching affiliations change.</summary>
public sealed partial class Terminals
{
    /// <summary>The dispatcher affiliates another user to a group without that user doing anything (TS 23.379 remote affiliation).</summary>
    public async Task RemoteAffiliateAsync(UserName dispatcher, UserName target, GroupName group)
    {
        MarkAction();
        var by = cast.Get(dispatcher);
        var whom = cast.Get(target);
        await Call(() => _mcx.RemoteAffiliateAsync(new RemoteAffiliationRequest
        {
            RequesterMcpttId = by.McpttId,
            TargetMcpttId = whom.McpttId,
            GroupId = group.Value,
            Affiliate = true,
        }).ResponseAsync, $"affiliate {target} to {group} as {dispatcher}");
    }

    /// <summary>Waits until the user's terminal reports being affiliated to the group; returns who made the change.</summary>
    public async Task<string> ExpectAffiliatedAsync(UserName name, GroupName group, TimeSpan within)
    {
        var member = cast.Get(name);
        var e = await Log(member).WaitAsync(e => e.Affiliation is { } a && a.Affiliation.GroupId == group.Value && a.Affiliation.State == AffiliationState.Affiliated,
            0, within, $"{name} to be affiliated to {group}");
        return cast.Describe(e.Affiliation.Affiliation.ChangedBy);
    }

    /// <summary>The terminal's state as the device reports it.</summary>
    public async Task<(bool Registered, IReadOnlyList<string> Groups, bool InService)> StateAsync(UserName name)
    {
        var member = cast.Get(name);
        var state = await Call(() => _devices.GetStateAsync(new DeviceRef { DeviceId = member.DeviceId }).ResponseAsync, $"read the state of {name}'s terminal");
        return (state.Registered, state.AffiliatedGroups.ToArray(), state.Link?.InService ?? false);
    }

    /// <summary>Moves the user's terminal to a place (cell change).</summary>
    public async Task MoveAsync(UserName name, PlaceName place)
    {
        MarkAction();
        var member = cast.Get(name);
        var at = await network.ResolveAsync(place);
        if (_places.TryGetValue(member.DeviceId, out var previous))
        {
            _previousPlaces[member.DeviceId] = previous;
        }

        _places[member.DeviceId] = place;
        await Call(() => _devices.MoveToAsync(new MoveRequest { DeviceId = member.DeviceId, PlaceId = at.PlaceId }).ResponseAsync, $"move {name} to {place}");
    }

    /// <summary>Where the user was before their last move.</summary>
    /// <exception cref="ArgumentException">The user has not moved in this scenario.</exception>
    public PlaceName PlaceBeforeLast(UserName name) =>
        _previousPlaces.GetValueOrDefault(cast.Get(name).DeviceId) ?? throw new ArgumentException($"{name} has not moved in this scenario, so there is no earlier place to return to.");

    /// <summary>Waits for the terminal to report a connectivity change of that kind since the last action; returns the delay from the link change.</summary>
    public async Task<TimeSpan> ExpectConnectivityAsync(UserName name, ConnectivityKind kind, TimeSpan within, string what)
    {
        var member = cast.Get(name);
        var e = await Log(member).WaitAsync(e => e.Connectivity is { } c && c.Kind == kind, Mark(member), within, $"{name} {what}");
        var changed = e.Connectivity.Link?.ChangedAt?.ToDateTime();
        return changed is { } at ? e.ObservedAt.ToDateTime() - at : TimeSpan.Zero;
    }

    /// <summary>The MCPTT ID that made the user's latest affiliation change.</summary>
    public async Task<string> LastAffiliationByAsync(UserName name)
    {
        var member = cast.Get(name);
        var e = await Log(member).WaitAsync(e => e.Affiliation is not null, 0, session.Timeout, $"an affiliation change on {name}'s terminal");
        return Log(member).Last(x => x.Affiliation is not null)?.Affiliation.Affiliation.ChangedBy ?? e.Affiliation.Affiliation.ChangedBy;
    }
}

using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Contracts.Network.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>Scenario-scoped: what control-room dispatcher consoles do and see: remote affiliation, and the network operations feed.</summary>
public sealed class Consoles(TerminalFleet fleet, Cast cast, EsnSession session)
{
    private readonly McxService.McxServiceClient _mcx = new(session.Invoker(EsnRole.Mcx));

    /// <summary>The dispatcher affiliates another user to a group without that user doing anything (TS 23.379 remote affiliation).</summary>
    public async Task RemoteAffiliateAsync(UserName dispatcher, UserName target, GroupName group)
    {
        fleet.MarkAction();
        var by = cast.Get(dispatcher);
        var whom = cast.Get(target);
        await Rpc.CallAsync(() => _mcx.RemoteAffiliateAsync(new RemoteAffiliationRequest
        {
            RequesterMcpttId = by.McpttId,
            TargetMcpttId = whom.McpttId,
            GroupId = group.Value,
            Affiliate = true,
        }).ResponseAsync, $"affiliate {target} to {group} as {dispatcher}");
    }

    /// <summary>Waits until the user's terminal reports being affiliated to the group; returns who made the change.</summary>
    public async Task<DateTimeOffset> ExpectAffiliatedAsync(UserName name, GroupName group, TimeSpan within)
    {
        var e = await fleet.Log(cast.Get(name)).WaitAsync(e => e.Affiliation is { } a && a.Affiliation.GroupId == group.Value && a.Affiliation.State == AffiliationState.Affiliated,
            0, within, $"{name} to be affiliated to {group}");
        return e.ObservedAt.ToDateTimeOffset();
    }

    /// <summary>The MCPTT ID that made the user's latest affiliation change.</summary>
    public async Task<string> LastAffiliationByAsync(UserName name)
    {
        var log = fleet.Log(cast.Get(name));
        var e = await log.WaitAsync(e => e.Affiliation is not null, 0, session.Timeout, $"an affiliation change on {name}'s terminal");
        return log.Last(x => x.Affiliation is not null)?.Affiliation.Affiliation.ChangedBy ?? e.Affiliation.Affiliation.ChangedBy;
    }

    /// <summary>
    /// Waits (since the last action, at most <paramref name="within"/> or the event timeout) until a console of the control
    /// room receives a network status of <paramref name="kind"/> about <paramref name="subject"/> (a site ID for site notices,
    /// a device ID for service notices).
    /// </summary>
    public async Task ExpectNetworkStatusAsync(ControlRoom room, string subject, NetworkStatusKind kind, TimeSpan? within)
    {
        var consoles = cast.Consoles(room);
        var console = consoles[0];
        var limit = within is { } w ? (w > TimeSpan.Zero ? w : TimeSpan.FromMilliseconds(1)) : session.Timeout;
        bool Matches(NetworkStatusEvent s) => s.Kind == kind && (kind is NetworkStatusKind.SiteOutage or NetworkStatusKind.SiteRestored ? s.SiteId : s.TerminalId) == subject;
        await fleet.Log(console).WaitAsync(e => e.NetworkStatus is { } s && Matches(s), fleet.Mark(console), limit, $"the {room} console to be told {kind} for {subject}");
    }
}

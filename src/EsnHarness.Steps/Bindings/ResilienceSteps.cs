using EsnHarness.Bdd;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Network.V1;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Kpi;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Bindings;

/// <summary>Network faults while calls and messages are in progress: site outage, latency, loss, partition, core failover.</summary>
[Binding]
public sealed class ResilienceSteps(TerminalFleet fleet, CallResumption resumption, CoreOperations core, Consoles consoles, NetworkDriver network, Groups groups, Cast cast, KpiRecorder kpi, EsnSession session, McxRegistrations registrations)
{
    /// <summary>How long the standby core takes to take over (failure detection and switch-over): a London assumption.</summary>
    private static readonly TimeSpan FailoverTakeover = TimeSpan.FromMilliseconds(1000);
    private readonly Dictionary<string, string> _partitions = [];
    private DateTimeOffset? _faultAt;

    /// <summary>Site outage.</summary>
    [When("the site serving {place} fails", Description = "The site (mast or neutral-host head-end) serving the place stops.", Example = "When the site serving \"Westminster\" fails")]
    public Task SiteFails(PlaceName place) => Act(() => network.FailSiteAsync(place));

    /// <summary>Latency.</summary>
    [Given("{int} ms added latency at the site serving {place}", Description = "Adds one-way latency on the site serving the place.", Example = "Given 150 ms added latency at the site serving \"Westminster\"")]
    public Task Latency(int ms, PlaceName place) => network.AddLatencyAsync(place, ms);

    /// <summary>Site loss.</summary>
    [Given("{int} % packet loss at the site serving {place}", Description = "Adds packet loss on the site serving the place.", Example = "Given 2 % packet loss at the site serving \"Soho fire station\"")]
    public Task SiteLoss(int percent, PlaceName place) => network.AddSiteLossAsync(place, percent);

    /// <summary>Terminal loss.</summary>
    [Given("{int} % packet loss on the radio link of {user}", Description = "Adds packet loss on one terminal's radio link.", Example = "Given 5 % packet loss on the radio link of \"PC Patel\"")]
    public Task TerminalLoss(int percent, UserName user) => network.AddTerminalLossAsync(cast.Get(user).DeviceId, percent);

    /// <summary>Core failover.</summary>
    [When("the MCX core fails over", Description = "The MCX core fails and its geo-redundant standby takes over after 1 s: calls and floors live only in the failed core; what the standby replicates (registrations, affiliations) is up to the system.",
        Example = "When the MCX core fails over")]
    public Task CoreFailover() => Act(() => core.FailOverAsync(FailoverTakeover));

    /// <summary>Partition.</summary>
    [Given("{user} is cut off from the network", Description = "The user's terminal can no longer reach the core.", Example = "Given \"Paramedic Okafor\" is cut off from the network")]
    [When("{user} is cut off from the network")]
    public async Task CutOff(UserName user)
    {
        fleet.MarkAction();
        _partitions[user.Value] = await network.PartitionAsync(cast.Get(user).DeviceId);
    }

    /// <summary>Partition healed.</summary>
    [When("{user} is reconnected", Description = "The partition of the user's terminal is healed.", Example = "When \"Paramedic Okafor\" is reconnected")]
    public async Task Reconnected(UserName user)
    {
        fleet.MarkAction();
        await network.ClearAsync(_partitions.TryGetValue(user.Value, out var id) ? id : throw new ArgumentException($"{user} was not cut off in this scenario."));
    }

    /// <summary>Call resumes, timed.</summary>
    [Then("the call on {group} resumes within {int} ms", Description = "Within the time every member is in service again and in the call the MCX service holds on the group (the call survived, or the service re-established it and re-invited them); the time is attached as evidence.",
        Example = "Then the call on \"MPS-WM-OPS1\" resumes within 5000 ms")]
    public async Task Resumes(GroupName group, int ms)
    {
        // Timed from the fault, not from this step: the wait gets only what is left of the limit.
        var since = _faultAt ?? Now();
        await resumption.ExpectResumedAsync(group, groups.TerminalMembers(group), since + TimeSpan.FromMilliseconds(ms));
        kpi.AssertValue(Metric.Single("Call resumption time"), (Now() - since).TotalMilliseconds, ms, Comparison.Below);
    }

    /// <summary>Still registered.</summary>
    [Then("{user} is still registered", Description = "The MCX service holds the user's registration, and the user's terminal shows it registered.", Example = "Then \"Paramedic Okafor\" is still registered")]
    [Then("{user} is registered")]
    public async Task Registered(UserName user)
    {
        await registrations.ExpectRegisteredAsync(user);
        var (registered, _, _) = await fleet.StateAsync(user);
        if (!registered)
        {
            throw new ExpectationFailedException($"The MCX service holds {user}'s registration, but their terminal shows it is not registered.");
        }
    }

    /// <summary>Still affiliated.</summary>
    [Then("{user} is still affiliated to {group}", Description = "The MCX service holds the user affiliated to the group, and the user's terminal shows it.", Example = "Then \"PS Okoro\" is still affiliated to \"MPS-WM-OPS1\"")]
    public async Task StillAffiliated(UserName user, GroupName group)
    {
        await registrations.ExpectAffiliatedAsync(user, group);
        var (_, affiliated, _) = await fleet.StateAsync(user);
        if (!affiliated.Contains(group.Value))
        {
            throw new ExpectationFailedException($"The MCX service holds {user} affiliated to {group}, but their terminal shows {string.Join(", ", affiliated)}.");
        }
    }

    /// <summary>Control room told of a site outage.</summary>
    [Then("the {controlRoom} console is told of the outage of the site serving {place}", Description = "A console of the control room receives the network operations feed's site outage notice for the site serving the place.",
        Example = "Then the MetCC console is told of the outage of the site serving \"Westminster\"")]
    public async Task ConsoleToldOfOutage(ControlRoom room, PlaceName place) =>
        await consoles.ExpectNetworkStatusAsync(room, (await network.ResolveAsync(place)).SiteId, NetworkStatusKind.SiteOutage, null);

    /// <summary>Control room told a terminal is back.</summary>
    [Then("the {controlRoom} console is told {user} is back in service within {int} ms", Description = "A console of the control room is told the user's terminal has service again (e.g. through a neighbour site) within the time.",
        Example = "Then the MetCC console is told \"PC Patel\" is back in service within 5000 ms")]
    public async Task ConsoleToldBack(ControlRoom room, UserName user, int ms)
    {
        var since = _faultAt ?? Now();
        await consoles.ExpectNetworkStatusAsync(room, cast.Get(user).DeviceId, NetworkStatusKind.ServiceRestored, TimeSpan.FromMilliseconds(ms) - (Now() - since));
    }

    private DateTimeOffset Now() => session.Target.Clock.GetUtcNow();

    private async Task Act(Func<Task> fault)
    {
        fleet.MarkAction();
        _faultAt = fleet.LastActionAt;
        await fault();
    }
}

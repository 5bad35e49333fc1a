using EsnHarness.Bdd;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Kpi;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Bindings;

/// <summary>Where users are and what coverage they have: London places, congestion, loss and recovery of service.</summary>
[Binding]
public sealed class CoverageSteps(TerminalFleet fleet, Mobility mobility, NetworkDriver network, Cast cast, KpiRecorder kpi)
{
    private const string NoCoverage = "no-coverage-basement";
    private CongestionInfo? _congestion;

    /// <summary>Moves a user.</summary>
    [Given("{user} is at {place}", Description = "The user's terminal is moved to a London place (its cell, coverage type and link).", Example = "Given \"PC Adeyemi\" is at \"King's Cross St Pancras\"")]
    [When("{user} moves to {place}")]
    public Task At(UserName user, PlaceName place) => mobility.MoveAsync(user, place);

    /// <summary>Airborne.</summary>
    [Given("the NPAS aircraft {user} is airborne at {int} ft over {place}, supporting {agency}", Description = "Logs on an aircraft's terminal in the ESN Air airspace over a place and sets its altitude (ESN Air serves 500 to 10,000 ft). NPAS (the National Police Air Service) is a national service, not part of any force: on a sortie its aircraft works on the groups of the force it supports, and the harness provisions its terminal in that force's domain.",
        Example = "Given the NPAS aircraft \"NPAS India 99\" is airborne at 500 ft over \"Westminster\", supporting MPS")]
    public async Task Airborne(UserName user, int feet, PlaceName over, Agency agency)
    {
        await fleet.LogOnAsync(user, agency, await network.AirPlaceOverAsync(over));
        await network.SetAltitudeAsync(cast.Get(user).DeviceId, feet);
    }

    /// <summary>Changes altitude.</summary>
    [When("the NPAS aircraft {user} climbs to {int} ft", Description = "The aircraft's terminal is now at that height above ground; ESN Air's link depends on it, and above the ceiling (10,000 ft) there is no service.",
        Example = "When the NPAS aircraft \"NPAS India 99\" climbs to 12000 ft")]
    [When("the NPAS aircraft {user} descends to {int} ft")]
    public Task Altitude(UserName user, int feet) => network.SetAltitudeAsync(cast.Get(user).DeviceId, feet);

    /// <summary>Congestion.</summary>
    [Given("public traffic loads the cell at {place} to {int} %", Description = "Offers public (non-mission-critical) traffic at that share of the cell's capacity; responders' own traffic is offered too.",
        Example = "Given public traffic loads the cell at \"Notting Hill Carnival\" to 100 %")]
    public async Task Congest(PlaceName place, int percent) => _congestion = await network.CongestAsync(place, percent);

    /// <summary>Pre-emption happened.</summary>
    [Then("public traffic at {place} has been pre-empted", Description = "Mission-critical bearers were admitted by pre-empting public traffic.", Example = "Then public traffic at \"Notting Hill Carnival\" has been pre-empted")]
    public void PublicPreempted(PlaceName place)
    {
        var c = _congestion ?? throw new ExpectationFailedException($"No congestion was set up at {place}.");
        if (!c.MissionCriticalAdmitted || c.PublicPreempted <= 0)
        {
            throw new ExpectationFailedException($"At {place}: mission-critical admitted {c.MissionCriticalAdmitted}, public pre-empted {c.PublicPreempted:P0} of capacity.");
        }
    }

    /// <summary>QCI.</summary>
    [Then("the voice bearer of {user} uses QCI {int}", Description = "The network reports the user's mission-critical voice bearer with that QCI (65 for MCPTT voice) and admitted on their cell.", Example = "Then the voice bearer of \"PS Okoro\" uses QCI 65")]
    public async Task Qci(UserName user, int qci)
    {
        var link = await network.LinkAsync(cast.Get(user).DeviceId);
        var voice = link.Bearers?.FirstOrDefault(b => b.IsMissionCriticalVoice);
        if (voice is null || voice.Qci != qci || !voice.Admitted)
        {
            var bearers = string.Join(", ", (link.Bearers ?? []).Select(b => $"{b.Class} QCI {b.Qci} ARP {b.ArpPriorityLevel} {b.State}"));
            throw new ExpectationFailedException($"{user}'s voice bearer: {(voice is null ? "none" : $"QCI {voice.Qci}, {voice.State}")}; expected QCI {qci}, admitted. Bearers: [{bearers}]. {link.Reason}");
        }
    }

    /// <summary>Coverage lost.</summary>
    [Given("{user} loses coverage", Description = "The user goes where there is no ESN coverage.", Example = "When \"Paramedic Hughes\" loses coverage")]
    [When("{user} loses coverage")]
    public Task Lose(UserName user) => mobility.MoveAsync(user, new PlaceName(NoCoverage));

    /// <summary>Coverage regained.</summary>
    [When("{user} regains coverage", Description = "The user returns to where they were before losing coverage.", Example = "When \"Paramedic Hughes\" regains coverage")]
    public Task Regain(UserName user) => mobility.MoveAsync(user, mobility.PlaceBeforeLast(user));

    /// <summary>Told of no service, timed.</summary>
    [Then("{user} is told there is no service within {int} ms", Description = "The terminal reports out of service within the time; the delay is attached as evidence.",
        Example = "Then \"Paramedic Hughes\" is told there is no service within 5000 ms")]
    public async Task ToldNoService(UserName user, int ms)
    {
        var delay = await mobility.ExpectConnectivityAsync(user, ConnectivityKind.OutOfService, TimeSpan.FromMilliseconds(ms), "to be told there is no service");
        kpi.AssertValue(Metric.Single("Loss of service notice time"), delay.TotalMilliseconds, ms, Comparison.Below);
    }

    /// <summary>Back in service, registered, affiliated.</summary>
    [Then("{user} is registered and affiliated to {group} within {int} ms", Description = "After service returns the terminal is registered and affiliated again within the time.",
        Example = "Then \"Paramedic Hughes\" is registered and affiliated to \"MPS-CARNIVAL-1\" within 5000 ms")]
    public Task BackAndAffiliated(UserName user, GroupName group, int ms) => mobility.ExpectRegisteredAndAffiliatedAsync(user, group, TimeSpan.FromMilliseconds(ms));
}

using EsnHarness.Bdd;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Kpi;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Bindings;

/// <summary>The Underground: riding moving trains through tunnel cells, and the line head-ends that feed them.</summary>
[Binding]
public sealed class UndergroundSteps(TrainRides rides, RideChecks checks, FloorControl floor, TerminalFleet fleet, NetworkDriver network, Cast cast, KpiRecorder kpi, IOutputHelper output)
{
    // The talker goes on past the timetabled arrival, so a train or a talker running late on a loaded host still has
    // voice on the air at the last handover.
    private static readonly TimeSpan TalkPastArrival = TimeSpan.FromMilliseconds(1500);

    /// <summary>A whole ride.</summary>
    [When("{user} rides the {line} from {place} to {place}", Description = "The user boards a train at the first place and rides to the second: the network model moves the terminal station by station and tunnel section by tunnel section, handing over between their cells (timetable compressed to 1.5 s a tunnel section and 0.5 s a stop). The step ends on arrival.",
        Example = "When \"PC Byrne\" rides the Northern line from \"Bank\" to \"Angel\"")]
    public async Task Rides(UserName user, LineName line, PlaceName from, PlaceName to)
    {
        await rides.BoardAsync(user, line, from, to);
        await rides.ExpectReachedAsync(user, null);
    }

    /// <summary>A ride with someone talking all the way.</summary>
    [When("{user} rides the {line} from {place} to {place} while {user} talks on {group}", Description = "As a ride, while the second user (the rider or anyone else) holds the floor on the group and speaks (20 ms voice frames) from before boarding until after arrival.",
        Example = "When \"PC Byrne\" rides the Northern line from \"Angel\" to \"London Bridge\" while \"PS Kaur\" talks on \"BTP-NORTHERN\"")]
    public async Task RidesWhileTalking(UserName user, LineName line, PlaceName from, PlaceName to, UserName talker, GroupName group)
    {
        await floor.TalkAsync(talker, group);
        var ride = await rides.BoardAsync(user, line, from, to);
        var talking = floor.KeepTalkingAsync(talker, ride.Destination.At - ride.Stops[0].At + TalkPastArrival);
        await rides.ExpectReachedAsync(user, null);
        await talking;
    }

    /// <summary>Boarding only.</summary>
    [When("{user} boards the {line} at {place} for {place}", Description = "The user boards a train that then runs on by itself (timetable as for a ride); the step returns at boarding, so later steps act mid-ride.",
        Example = "When \"PC Byrne\" boards the Northern line at \"Angel\" for \"London Bridge\"")]
    public Task Boards(UserName user, LineName line, PlaceName from, PlaceName to) => rides.BoardAsync(user, line, from, to);

    /// <summary>Mid-ride.</summary>
    [When("the train carrying {user} reaches {place}", Description = "Waits until the rider's terminal is at that station or tunnel section of the ride (its own connectivity events say so).",
        Example = "When the train carrying \"PC Byrne\" reaches \"Northern line tunnel, Bank to London Bridge\"")]
    public Task Reaches(UserName user, PlaceName place) => rides.ExpectReachedAsync(user, place);

    /// <summary>Service through the handovers.</summary>
    [Then("{user} keeps service through every handover of the ride", Description = "The rider's terminal was never out of service on the ride and was handed over to each station's and tunnel section's cell in running order.",
        Example = "Then \"PC Byrne\" keeps service through every handover of the ride")]
    public async Task ServiceThroughout(UserName user)
    {
        var handovers = await checks.ExpectServiceThroughoutAsync(user);
        output.WriteLine($"{user} stayed in service through {handovers} handovers.");
    }

    /// <summary>Voice through the handovers, measured.</summary>
    [Then("{user} hears {user} through every handover with no gap over {int} ms", Description = "In the talk burst spanning the ride's handovers, the listener received the talker's voice to the end of the ride, and the longest run of lost frames is below the limit (attached as evidence).",
        Example = "Then \"PS Kaur\" hears \"PC Byrne\" through every handover with no gap over 150 ms")]
    public async Task VoiceThroughout(UserName listener, UserName talker, int ms)
    {
        var (gap, where) = await checks.LongestInterruptionAsync(listener, talker);
        output.WriteLine($"Longest voice gap at {listener} from {talker} on the ride: {gap:0} ms ({where}).");
        kpi.AssertValue(Metric.Single("Voice gap across handovers"), gap, ms, Comparison.Below);
    }

    /// <summary>Head-end outage.</summary>
    [When("the {line} head-end fails", Description = "The neutral-host head-end feeding the line's tunnel cells stops (stations have their own head-ends).",
        Example = "When the Northern line head-end fails")]
    [Given("the {line} head-end has failed")]
    public Task HeadEndFails(LineName line) => rides.FailHeadEndAsync(line);

    /// <summary>Still served.</summary>
    [Then("{user} still has service", Description = "The network model and the user's terminal both report the terminal in service where it is.",
        Example = "Then \"FF Jones\" still has service")]
    public async Task StillServed(UserName user)
    {
        var link = await network.LinkAsync(cast.Get(user).DeviceId);
        var state = await fleet.StateAsync(user);
        if (!link.InService || !state.InService)
        {
            throw new ExpectationFailedException($"{user} has no service at {link.PlaceId} (network: {(link.InService ? "in service" : "out")}, terminal: {(state.InService ? "in service" : "out")}): {link.Reason}.");
        }
    }
}

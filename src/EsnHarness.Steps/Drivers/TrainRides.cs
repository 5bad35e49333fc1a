using System.Collections.Concurrent;
using EsnHarness.Bdd;
using EsnHarness.Contracts.Network.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Scenario-scoped: users on moving Underground trains (NetworkService.RideLine) and the lines' head-ends. The network
/// model moves a rider place by place, handing over between station and tunnel cells; what the rider's terminal saw of
/// it (its connectivity events) is the evidence, never the timetable the driver asked for.
/// </summary>
public sealed class TrainRides(TerminalFleet fleet, NetworkDriver network, Cast cast, EsnSession session, IOutputHelper output)
{
    /// <summary>Time through one tunnel section: compressed from the line's (about 90 s) so a scenario stays short; a
    /// handover does not depend on how long the train took to reach the next cell.</summary>
    public static readonly TimeSpan Run = TimeSpan.FromMilliseconds(1500);

    /// <summary>Time standing at each station, compressed likewise (the line's is about 30 s).</summary>
    public static readonly TimeSpan Dwell = TimeSpan.FromMilliseconds(500);

    private readonly NetworkService.NetworkServiceClient _client = new(session.Invoker(EsnRole.Network));
    private readonly ConcurrentDictionary<string, TrainRide> _rides = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The network model's line for a name as written ("Northern line", "Elizabeth line"): its ID, or the start of its name.</summary>
    /// <exception cref="ArgumentException">The model knows no such line; the message lists the lines it knows.</exception>
    public async Task<LineInfo> LineAsync(LineName name)
    {
        var lines = (await Rpc.CallAsync(() => _client.ListLinesAsync(new ListLinesRequest()).ResponseAsync, "list the network model's lines")).Lines;
        var text = name.Value.Trim();
        var id = text.EndsWith(" line", StringComparison.OrdinalIgnoreCase) ? text[..^5].Trim() : text;
        var line = lines.FirstOrDefault(l => string.Equals(l.LineId, id, StringComparison.OrdinalIgnoreCase))
            ?? lines.FirstOrDefault(l => l.Name.StartsWith(text, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"The network model knows no line '{name}'; its lines are: {string.Join(", ", lines.Select(l => l.Name))}.");
        return new LineInfo(line.LineId, line.Name, line.HeadEndSiteId);
    }

    /// <summary>Puts the user on a train at <paramref name="from"/> bound for <paramref name="to"/>: the network model moves
    /// them at once to the boarding place, then on along the line on the compressed timetable. Returns at boarding.</summary>
    public async Task<TrainRide> BoardAsync(UserName rider, LineName line, PlaceName from, PlaceName to)
    {
        var member = cast.Get(rider);
        var known = await LineAsync(line);
        var logFrom = fleet.Log(member).Count;
        fleet.MarkAction();
        var legs = await network.RideAsync(member.DeviceId, known.LineId, from, to, Run, Dwell);
        var stops = new List<RideStop>();
        foreach (var (placeId, cellId, at) in legs)
        {
            stops.Add(new RideStop(placeId, (await network.ResolveAsync(new PlaceName(placeId))).Name, cellId, at));
        }

        var ride = new TrainRide(rider, known.Name, stops, logFrom);
        _rides[rider.Value] = ride;
        fleet.Moved(member, new PlaceName(ride.Destination.PlaceName));
        output.WriteLine($"{rider} boards the {known.Name} at {stops[0].PlaceName} for {ride.Destination.PlaceName}: " +
            string.Join(" -> ", stops.Select(s => $"{s.PlaceName} ({s.CellId}) at +{(s.At - stops[0].At).TotalMilliseconds:0} ms")));
        return ride;
    }

    /// <summary>The user's ride in this scenario.</summary>
    /// <exception cref="ArgumentException">The user has not boarded a train in this scenario.</exception>
    public TrainRide RideOf(UserName rider) =>
        _rides.GetValueOrDefault(rider.Value) ?? throw new ArgumentException($"{rider} is not on a train in this scenario; board one first, e.g. 'When {rider} rides the Northern line from \"Bank\" to \"Angel\"'.");

    /// <summary>The user's ride in this scenario, or null.</summary>
    public TrainRide? TryRideOf(UserName rider) => _rides.GetValueOrDefault(rider.Value);

    /// <summary>
    /// Waits until the rider's terminal is at <paramref name="place"/> (the destination when null), served or not, as its
    /// own connectivity events show; the deadline is the train's time there plus the session's event timeout.
    /// </summary>
    public async Task<int> ExpectReachedAsync(UserName rider, PlaceName? place)
    {
        var ride = RideOf(rider);
        var stop = ride.Destination;
        if (place is not null)
        {
            var at = await network.ResolveAsync(place);
            stop = ride.Stops.FirstOrDefault(s => s.PlaceId == at.PlaceId)
                ?? throw new ArgumentException($"{place} is not on {rider}'s ride; its places: {string.Join(", ", ride.Stops.Select(s => $"\"{s.PlaceName}\""))}.");
        }

        var left = stop.At - session.Target.Clock.GetUtcNow();
        var within = (left > TimeSpan.Zero ? left : TimeSpan.Zero) + session.Timeout;
        var log = fleet.Log(cast.Get(rider));
        // No new mark here: what the terminal said on arrival (e.g. out of service in a failed section) belongs to the
        // boarding's mark, so a later check still sees it.
        await log.WaitAsync(e => e.Connectivity?.Link is { } l && l.PlaceId == stop.PlaceId, ride.LogFrom, within, $"{rider}'s train to reach {stop.PlaceName}");
        return log.Count;
    }

    /// <summary>Takes down the head-end site feeding the line's tunnel cells; returns the site ID.</summary>
    public async Task<string> FailHeadEndAsync(LineName line)
    {
        var known = await LineAsync(line);
        fleet.MarkAction();
        await Rpc.CallAsync(() => _client.InjectFaultAsync(new InjectFaultRequest { Fault = new Fault { Kind = FaultKind.SiteOutage, Target = known.HeadEndSiteId } }).ResponseAsync,
            $"fail the {known.Name} head-end {known.HeadEndSiteId}");
        output.WriteLine($"The {known.Name} head-end {known.HeadEndSiteId} is out.");
        return known.HeadEndSiteId;
    }
}

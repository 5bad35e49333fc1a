using EsnHarness.Contracts.Device.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Scenario-scoped: what riders' terminals and their listeners saw of a train ride. Service and cells come from the
/// rider's own connectivity events; voice from the frames the listener received.
/// </summary>
public sealed class RideChecks(TrainRides rides, TerminalFleet fleet, Cast cast)
{
    /// <summary>
    /// Waits for the rider to reach the destination, then checks that their terminal stayed in service the whole ride and
    /// was handed over to each stop's cell in running order, each time from the cell before. Returns the handovers seen.
    /// </summary>
    public async Task<int> ExpectServiceThroughoutAsync(UserName rider)
    {
        var ride = rides.RideOf(rider);
        var end = await rides.ExpectReachedAsync(rider, null);
        var links = fleet.Log(cast.Get(rider)).Snapshot(ride.LogFrom).Take(end - ride.LogFrom)
            .Where(e => e.Connectivity?.Link is not null).Select(e => e.Connectivity.Link).ToList();
        if (links.FirstOrDefault(l => !l.InService) is { } lost)
        {
            throw new ExpectationFailedException($"{rider} lost service on the {ride.LineName} at {Name(ride, lost.PlaceId)}: {lost.Reason}.");
        }

        var previous = ride.Stops[0];
        foreach (var stop in ride.Handovers)
        {
            var there = links.FirstOrDefault(l => l.PlaceId == stop.PlaceId);
            if (there is null || there.CellId != stop.CellId || (stop.CellId != previous.CellId && there.HandoverFromCellId != previous.CellId))
            {
                throw new ExpectationFailedException($"{rider} at {stop.PlaceName} on the {ride.LineName}: " +
                    (there is null ? "the terminal never reported being there"
                        : $"served by {there.CellId} handed over from '{there.HandoverFromCellId}'; expected {stop.CellId} handed over from {previous.CellId}") + ".");
            }

            previous = stop;
        }

        return ride.Handovers.Count;
    }

    /// <summary>
    /// The longest voice interruption, in ms, that <paramref name="listener"/> had from <paramref name="talker"/> across
    /// the handovers of a ride either of them is on: frames missing within the talk burst that spans the ride's first and
    /// last handover. Fails when no burst spans them (the voice stopped: the call or the floor was lost on the way).
    /// </summary>
    public async Task<(double Ms, string Where)> LongestInterruptionAsync(UserName listener, UserName talker)
    {
        var ride = rides.TryRideOf(listener) ?? rides.RideOf(talker);
        await rides.ExpectReachedAsync(ride.Rider, null);
        var riderLog = fleet.Log(cast.Get(ride.Rider)).Snapshot(ride.LogFrom);
        var handovers = ride.Handovers.Select(s => (Stop: s, At: riderLog.FirstOrDefault(e => e.Connectivity?.Link?.PlaceId == s.PlaceId)?.ObservedAt.ToDateTimeOffset() ?? s.At)).ToList();
        var (first, last) = (handovers[0], handovers[^1]);

        var id = cast.Get(talker).McpttId;
        var bursts = fleet.Log(cast.Get(listener)).Snapshot().Where(e => e.Media is { } m && m.Packet.SenderMcpttId == id && !m.DiscardedByJitterBuffer)
            .Select(e => e.Media.Packet).GroupBy(p => (p.CallId, p.BurstId)).ToList();
        var burst = bursts.FirstOrDefault(b => b.Min(p => p.SentAt.ToDateTimeOffset()) <= first.At && b.Max(p => p.SentAt.ToDateTimeOffset()) >= first.At)
            ?? throw new ExpectationFailedException($"{listener} heard no voice from {talker} across the handover to {first.Stop.PlaceName} ({bursts.Count} bursts heard).");
        var lastHeard = burst.MaxBy(p => p.SentAt.ToDateTimeOffset())!;
        if (lastHeard.SentAt.ToDateTimeOffset() < last.At)
        {
            throw new ExpectationFailedException($"{listener} stopped hearing {talker} at frame {lastHeard.Sequence}, " +
                $"{(last.At - lastHeard.SentAt.ToDateTimeOffset()).TotalMilliseconds:0} ms before the handover to {last.Stop.PlaceName} on the {ride.LineName}: the voice did not survive the ride.");
        }

        var (missing, from) = VoiceInterruption.LongestLoss(burst.Select(p => p.Sequence));
        var frameMs = burst.First().FrameDurationMs is > 0 and var f ? f : 20;
        return (missing * (double)frameMs, missing == 0 ? "no frame lost" : $"{missing} frames missing from frame {from}");
    }

    private static string Name(TrainRide ride, string placeId) => ride.Stops.FirstOrDefault(s => s.PlaceId == placeId)?.PlaceName ?? placeId;
}

using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Network.Catalogue;

namespace EsnHarness.Simulators.Internal.Network.Model;

/// <summary>
/// Rides along an Underground or Elizabeth line: a terminal boards at one place and moves place by place to another,
/// standing <c>dwell</c> at each station and <c>run</c> in each tunnel section, handing over between their cells on the
/// world's clock. Guarded by its world's lock; <c>advance</c> takes the lock and moves the terminal on.
/// </summary>
internal sealed class Rides(PlaceCatalogue catalogue, PlaceBook places, TimeProvider time, Action<TerminalAttachment, RideState> advance)
{
    public IReadOnlyList<Line> List() => catalogue.Lines.Values.OrderBy(l => l.LineId, StringComparer.Ordinal).Select(l => l.Clone()).ToList();

    /// <summary>Plans the ride and arms the timer for its second leg; the caller moves the terminal to the first.</summary>
    public RideState Plan(TerminalAttachment terminal, RideLineRequest request)
    {
        if (!catalogue.Lines.TryGetValue(request.LineId, out var line))
        {
            throw Errors.NotFound($"line_id '{request.LineId}' is not a known line; lines: {string.Join(", ", catalogue.Lines.Keys.Order(StringComparer.Ordinal))}");
        }

        var from = IndexOn(line, request.FromPlaceId, "from_place_id");
        var to = IndexOn(line, request.ToPlaceId, "to_place_id");
        if (from == to)
        {
            throw Errors.Invalid($"from_place_id and to_place_id are the same place '{line.PlaceIds[from]}': a ride needs two places");
        }

        var run = TimeSpan.FromMilliseconds(request.RunMs > 0 ? request.RunMs : line.RunMs);
        var dwell = TimeSpan.FromMilliseconds(request.DwellMs > 0 ? request.DwellMs : line.DwellMs);
        var step = from < to ? 1 : -1;
        var plan = new Ride { TerminalId = terminal.TerminalId, LineId = line.LineId };
        var at = time.GetUtcNow();
        for (var i = from; ; i += step)
        {
            var place = places.Require(line.PlaceIds[i], "place_id");
            plan.Legs.Add(new RideLeg { PlaceId = place.PlaceId, CellId = place.CellId, At = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(at) });
            if (i == to)
            {
                break;
            }

            at += place.Kind == PlaceKind.Station ? dwell : run;
        }

        var state = new RideState(plan);
        Arm(terminal, state);
        return state;
    }

    /// <summary>Arms the timer that moves the terminal to the state's next leg, if any.</summary>
    public void Arm(TerminalAttachment terminal, RideState state)
    {
        if (state.Next >= state.Plan.Legs.Count)
        {
            return;
        }

        var due = state.Plan.Legs[state.Next].At.ToDateTimeOffset() - time.GetUtcNow();
        state.Timer = time.CreateTimer(_ => advance(terminal, state), null, due < TimeSpan.Zero ? TimeSpan.Zero : due, Timeout.InfiniteTimeSpan);
    }

    private int IndexOn(Line line, string text, string field)
    {
        var place = places.Require(text, field);
        var index = line.PlaceIds.IndexOf(place.PlaceId);
        return index >= 0
            ? index
            : throw Errors.Invalid($"{field} '{place.Name}' is not on the {line.Name}; its places: {string.Join(", ", line.PlaceIds.Select(id => $"'{catalogue.Places[id].Name}'"))}");
    }
}

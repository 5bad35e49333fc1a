using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Scenario-scoped: who and where a listener's terminal (or a console) shows the talker to be: the Floor Taken it received
/// since the last action, with the talker's functional alias (TS 23.379 §10.9.1.2) and last known location.
/// </summary>
public sealed class Talkers(TerminalFleet fleet, Cast cast, NetworkDriver network, EsnSession session)
{
    /// <summary>Most a shown talker location may be from the place (as for an emergency alert: station-level underground).</summary>
    public const double PlaceToleranceMetres = 300;

    /// <summary>Waits until the listener's terminal shows the talker on the group under <paramref name="alias"/>.</summary>
    public async Task ExpectAliasAsync(UserName listener, UserName talker, GroupName group, string alias)
    {
        var taken = await TakenAsync(listener, talker, group);
        if (!string.Equals(taken.TalkerFunctionalAlias, alias, StringComparison.Ordinal))
        {
            throw new ExpectationFailedException(
                $"{listener} sees {talker} talking on {group} under the functional alias '{taken.TalkerFunctionalAlias}', expected '{alias}'.");
        }
    }

    /// <summary>Waits until the listener's terminal shows the talker on the group within <see cref="PlaceToleranceMetres"/> of the place.</summary>
    public async Task ExpectLocationAsync(UserName listener, UserName talker, GroupName group, PlaceName place)
    {
        var taken = await TakenAsync(listener, talker, group);
        var shown = taken.TalkerLocation ?? throw new ExpectationFailedException($"{listener} sees {talker} talking on {group} but is shown no location for them.");
        var expected = await network.LocationOfAsync(place);
        var metres = Geo.DistanceMetres(new Position(shown.LatitudeDeg, shown.LongitudeDeg, shown.AltitudeM), expected);
        if (metres > PlaceToleranceMetres)
        {
            throw new ExpectationFailedException(
                $"{listener} sees {talker} talking on {group} at ({shown.LatitudeDeg:F4}, {shown.LongitudeDeg:F4}), {metres:0} m from {place}; expected within {PlaceToleranceMetres:0} m.");
        }
    }

    private async Task<FloorEvent> TakenAsync(UserName listener, UserName talker, GroupName group)
    {
        var member = cast.Get(listener);
        var id = cast.Get(talker).McpttId;
        var e = await fleet.Log(member).WaitAsync(
            e => e.Floor is { Kind: FloorEventKind.Taken } f && f.TalkerMcpttId == id && (fleet.GroupOfCall(f.CallId) is not { } g || string.Equals(g, group.Value, StringComparison.OrdinalIgnoreCase)),
            fleet.Mark(member), session.Timeout, $"{listener} to see {talker} talking on {group}");
        return e.Floor;
    }
}

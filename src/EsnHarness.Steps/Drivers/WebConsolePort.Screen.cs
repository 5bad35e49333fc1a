using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;
using EsnHarness.WebConsole.Driver;
using Microsoft.Playwright;

namespace EsnHarness.Steps.Drivers;

/// <summary>What only a screen can show: banners that stay, how soon the talker appears, patch marks and the plan.</summary>
public sealed partial class WebConsolePort
{
    /// <summary>Waits until the control room's console shows the user's emergency banner.</summary>
    public async Task ExpectBannerAsync(ControlRoom room, UserName user)
    {
        var seat = await ScreenAtAsync(room);
        await OnScreenAsync(seat, "emergencyBanner", null, user.Value, $"the {room} console to show the emergency banner of {user}", () => seat.Driver.Emergencies.ExpectEmergencyBannerAsync(user.Value));
    }

    /// <summary>Fails unless the user's emergency banner is on the control room's screen now (no waiting: it must not have gone).</summary>
    public async Task ExpectBannerStillShownAsync(ControlRoom room, UserName user)
    {
        var seat = await ScreenAtAsync(room);
        if (!await seat.Driver.Emergencies.EmergencyBannerVisibleAsync(user.Value))
        {
            throw new ExpectationFailedException($"The {room} console no longer shows the emergency banner of {user} ({_route.Map.Source}: emergencyBanner finds none), though nobody acknowledged the alert.");
        }
    }

    /// <summary>Waits until the user's emergency banner is gone from the control room's screen.</summary>
    public async Task ExpectNoBannerAsync(ControlRoom room, UserName user)
    {
        var seat = await ScreenAtAsync(room);
        await OnScreenAsync(seat, "emergencyBanner", null, user.Value, $"the {room} console to take the emergency banner of {user} down", () => seat.Driver.Emergencies.ExpectNoEmergencyBannerAsync(user.Value));
    }

    /// <summary>
    /// Waits until the control room's console shows <paramref name="talker"/> on the group; returns how long after the talker's
    /// Floor Granted (the moment the arbitrator sends Floor Taken to everyone else) the harness saw it on the screen: an upper bound.
    /// </summary>
    public async Task<TimeSpan> TalkerShownAfterFloorTakenAsync(ControlRoom room, UserName talker, GroupName group)
    {
        var member = _cast.Get(talker);
        var granted = _fleet.Log(member).Last(e => e.Floor is { Kind: FloorEventKind.Granted })
            ?? throw new ExpectationFailedException($"{talker}'s terminal shows no Floor Granted in this scenario: nobody took the floor for the console to show.");
        var seat = await ScreenAtAsync(room);
        var field = seat.Driver.Find("talker", group: group.Value).Filter(new LocatorFilterOptions { HasText = talker.Value });
        await OnScreenAsync(seat, "talker", group.Value, null, $"the {room} console to show {talker} talking on {group}",
            () => field.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = TimeoutMs }));
        return _session.Target.Clock.GetUtcNow() - granted.ObservedAt.ToDateTimeOffset();
    }

    /// <summary>The dispatcher patches two groups from the console's screen.</summary>
    public async Task PatchAsync(ControlRoom room, GroupName first, GroupName second)
    {
        var seat = await ScreenAtAsync(room);
        _fleet.MarkAction();
        await OnScreenAsync(seat, "patchButton", null, null, $"patch {first} and {second} at the {room} console", () => seat.Driver.PatchAsync(first.Value, second.Value));
    }

    /// <summary>Waits until the group's tile is marked patched.</summary>
    public async Task ExpectPatchedAsync(ControlRoom room, GroupName group)
    {
        var seat = await ScreenAtAsync(room);
        await OnScreenAsync(seat, "patchMarker", group.Value, null, $"the {room} console to mark {group} patched", () => seat.Driver.ExpectPatchedAsync(group.Value));
    }

    /// <summary>
    /// Waits until the console's plan puts the user's unit within <paramref name="metres"/> of <paramref name="at"/>, following each
    /// change of the marker (Playwright's auto-waiting) until the event timeout; returns where the plan shows it.
    /// </summary>
    public async Task<UnitPosition> ExpectUnitNearAsync(ControlRoom room, UserName user, Position at, double metres)
    {
        var seat = await ScreenAtAsync(room);
        var deadline = _session.Target.Clock.GetUtcNow() + _session.Timeout;
        UnitPosition? shown = null;
        await OnScreenAsync(seat, "unitMarker", null, user.Value, $"the {room} plan to show {user} within {metres:0} m of ({at.Latitude:0.0000}, {at.Longitude:0.0000})", async () =>
        {
            shown = await seat.Driver.UnitPositionAsync(user.Value);
            while (Geo.DistanceMetres(new Position(shown.Latitude, shown.Longitude, 0), at with { AltitudeM = 0 }) > metres)
            {
                if (_session.Target.Clock.GetUtcNow() > deadline)
                {
                    throw new TimeoutException("the marker did not move there");
                }

                shown = await seat.Driver.ExpectUnitMovedAsync(user.Value, shown);
            }
        });
        return shown!;
    }
}

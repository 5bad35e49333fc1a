using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;
using Microsoft.Playwright;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// The dispatcher's controls beyond talking and acknowledging, worked on a web console's screen: broadcast and private calls,
/// cancelling another user's emergency, remote affiliation, SDS with a read receipt and what the console shows of them. Each
/// needs an optional entry of the console map; a console whose map leaves it out cannot do the step, and the scenario is
/// skipped, saying so (the step is proven with the gRPC console adapter).
/// </summary>
public sealed class WebConsoleControls(WebConsolePort port, TerminalFleet fleet, Cast cast, EsnSession session)
{
    private const int BurstFrames = 5;

    /// <summary>The dispatcher starts a broadcast call from the screen: holds the group's broadcast control, is granted the floor and
    /// keeps talking until at least five frames have reached the MCX (the audio meter says so).</summary>
    public async Task StartBroadcastAsync(CastMember dispatcher, GroupName group)
    {
        var seat = await ScreenOfAsync(dispatcher, $"{dispatcher.Name} starts a broadcast call on {group}", "broadcastButton");
        fleet.MarkAction();
        await port.OnScreenAsync(seat, "audio", group.Value, null, $"{dispatcher.Name} to broadcast on {group} at the console (broadcast held, floor granted, {BurstFrames} frames sent)",
            () => seat.Driver.BroadcastAsync(group.Value, BurstFrames));
    }

    /// <summary>The dispatcher starts a private call to the user from the screen, with manual or automatic commencement.</summary>
    /// <param name="dispatcher">Who calls.</param>
    /// <param name="callee">Who is called, as the console names them.</param>
    /// <param name="automatic">Automatic commencement.</param>
    /// <param name="typed">What the dispatcher types to name the callee (e.g. their MCPTT ID); the callee's name when null.</param>
    public async Task PrivateCallAsync(CastMember dispatcher, UserName callee, bool automatic, string? typed = null)
    {
        var seat = automatic
            ? await ScreenOfAsync(dispatcher, $"{dispatcher.Name} makes a private call with automatic commencement", "callAutomatic")
            : await port.SeatOf(dispatcher).ScreenAsync();
        fleet.MarkAction();
        await port.OnScreenAsync(seat, "callButton", null, callee.Value, $"{dispatcher.Name} to call {callee} from the console",
            () => seat.Driver.Calls.CallAsync(typed ?? callee.Value, automatic));
    }

    /// <summary>Waits until the dispatcher's screen shows the private call with the user connected (its audio meter, shown only
    /// while the call is connected).</summary>
    public async Task ExpectInPrivateCallAsync(CastMember dispatcher, UserName peer)
    {
        var seat = await port.SeatOf(dispatcher).ScreenAsync();
        await port.OnScreenAsync(seat, "callAudio", null, peer.Value, $"the console of {dispatcher.Name} to show the private call with {peer} connected",
            () => Assertions.Expect(seat.Driver.Find("callAudio", user: peer.Value))
                .ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = (float)seat.Driver.Timeout.TotalMilliseconds }));
    }

    /// <summary>The dispatcher cancels the user's emergency from the screen; returns once the console no longer shows it active.</summary>
    public async Task CancelEmergencyAsync(CastMember dispatcher, UserName user)
    {
        var seat = await ScreenOfAsync(dispatcher, $"{dispatcher.Name} cancels the emergency of {user}", "cancelEmergencyButton");
        fleet.MarkAction();
        await port.OnScreenAsync(seat, "cancelEmergencyButton", null, user.Value, $"{dispatcher.Name} to cancel the emergency of {user} at the console",
            () => seat.Driver.Emergencies.CancelEmergencyAsync(user.Value));
    }

    /// <summary>Waits until the control room's screen marks the user's emergency cancelled.</summary>
    public async Task ExpectEmergencyCancelledAsync(ControlRoom room, UserName user)
    {
        var dispatcher = cast.Consoles(room)[0];
        var seat = await ScreenOfAsync(dispatcher, $"the {room} console shows the emergency of {user} cancelled", "cancelledEmergency");
        await port.OnScreenAsync(seat, "cancelledEmergency", null, user.Value, $"the {room} console to show the emergency of {user} cancelled",
            () => seat.Driver.Emergencies.ExpectEmergencyCancelledAsync(user.Value));
    }

    /// <summary>The dispatcher affiliates each user to the group from the screen (remote affiliation), one after another, each
    /// awaited until the console says it was done; returns when the first was sent (the form filled, the button about to be clicked).</summary>
    public async Task<DateTimeOffset> RemoteAffiliateAsync(CastMember dispatcher, IReadOnlyList<UserName> users, GroupName group)
    {
        var seat = await ScreenOfAsync(dispatcher, $"{dispatcher.Name} affiliates users to {group}", "affiliateButton", "affiliateUser", "affiliateGroup", "affiliateResult");
        DateTimeOffset? first = null;
        foreach (var user in users)
        {
            await port.OnScreenAsync(seat, "affiliateUser", null, user.Value, $"{dispatcher.Name} to name {user} and {group} in the console's remote affiliation form",
                () => seat.Driver.Affiliations.FillAffiliationAsync(user.Value, group.Value));
            fleet.MarkAction();
            first ??= session.Target.Clock.GetUtcNow();
            await port.OnScreenAsync(seat, "affiliateResult", null, null, $"{dispatcher.Name} to affiliate {user} to {group} at the console",
                () => seat.Driver.Affiliations.SubmitAffiliationAsync(user.Value, group.Value));
        }

        return first ?? session.Target.Clock.GetUtcNow();
    }

    /// <summary>The dispatcher sends an SDS from the screen to a user or a group, asking for a read receipt when the disposition
    /// includes reading.</summary>
    public async Task SendSdsAsync(CastMember dispatcher, string to, string text, Disposition disposition)
    {
        var read = (disposition & Disposition.Read) != 0;
        var seat = read
            ? await ScreenOfAsync(dispatcher, $"{dispatcher.Name} sends an SDS asking for a read receipt", "messageReadReceipt")
            : await port.SeatOf(dispatcher).ScreenAsync();
        fleet.MarkAction();
        await port.OnScreenAsync(seat, "messageSend", null, null, $"{dispatcher.Name} to send \"{text}\" to {to} from the console",
            async () =>
            {
                await seat.Driver.SendMessageAsync(to, text, read);
                await seat.Driver.ExpectMessageAsync(text);
            });
    }

    /// <summary>Waits until the dispatcher's message list shows the user's reports (delivered, read) on a message sent to them.</summary>
    public async Task ExpectReportsAsync(CastMember dispatcher, UserName recipient, Disposition disposition)
    {
        var seat = await port.SeatOf(dispatcher).ScreenAsync();
        var reports = new List<string>();
        if ((disposition & Disposition.Delivered) != 0)
        {
            reports.Add($"delivered to {recipient.Value}");
        }

        if ((disposition & Disposition.Read) != 0)
        {
            reports.Add($"read by {recipient.Value}");
        }

        await port.OnScreenAsync(seat, "messageItem", null, recipient.Value, $"the console of {dispatcher.Name} to show {string.Join(" and ", reports)} on its message to {recipient}",
            () => seat.Driver.ExpectReportsAsync(recipient.Value, reports));
    }

    /// <summary>The dispatcher asks the console to monitor (affiliate to) the group from the screen; a refusal the screen shows is
    /// thrown as ESN's refusal in the screen's words (for "the affiliation is refused with reason ..."); once accepted, the group's tile
    /// is shown.</summary>
    /// <exception cref="EsnRefusedException">The console shows the MCX refused it.</exception>
    public async Task TryMonitorAsync(CastMember dispatcher, GroupName group)
    {
        var seat = await ScreenOfAsync(dispatcher, $"{dispatcher.Name} tries to affiliate to {group}", "monitorGroup", "monitorButton", "monitorResult");
        fleet.MarkAction();
        string? refusal = null;
        await port.OnScreenAsync(seat, "monitorResult", group.Value, null, $"the console of {dispatcher.Name} to answer whether it monitors {group}",
            async () => refusal = await seat.Driver.Affiliations.MonitorAsync(group.Value));
        if (refusal is not null)
        {
            throw new EsnRefusedException($"affiliate {dispatcher.Name} to {group} (as the console at {seat.Address} shows)", "", refusal);
        }

        seat.Monitors(group.Value);
        await port.OnScreenAsync(seat, "groupTile", group.Value, null, $"the console of {dispatcher.Name} to monitor {group}",
            () => Assertions.Expect(seat.Driver.Find("groupTile", group: group.Value))
                .ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = (float)seat.Driver.Timeout.TotalMilliseconds }));
    }

    /// <summary>Waits until the dispatcher's screen marks the group's tile patched (<paramref name="shown"/>) or no longer patched.</summary>
    public async Task ExpectPatchMarkAsync(CastMember dispatcher, GroupName group, bool shown)
    {
        var seat = await port.SeatOf(dispatcher).ScreenAsync();
        var marker = seat.Driver.Find("patchMarker", group: group.Value);
        var timeout = (float)seat.Driver.Timeout.TotalMilliseconds;
        await port.OnScreenAsync(seat, "patchMarker", group.Value, null, $"the console of {dispatcher.Name} to mark {group} {(shown ? "patched" : "no longer patched")}",
            () => shown
                ? Assertions.Expect(marker).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = timeout })
                : Assertions.Expect(marker).ToBeHiddenAsync(new LocatorAssertionsToBeHiddenOptions { Timeout = timeout }));
    }

    /// <summary>Fails if the dispatcher's screen shows the group (a tile for it): a console that does not monitor a group is not in
    /// its calls and shows nothing of them.</summary>
    public async Task ExpectNotMonitoringAsync(CastMember dispatcher, GroupName group)
    {
        var seat = await port.SeatOf(dispatcher).ScreenAsync();
        if (await seat.Driver.Find("groupTile", group: group.Value).CountAsync() > 0)
        {
            throw new ExpectationFailedException($"The console of {dispatcher.Name} at {seat.Address} shows the group {group} ({port.Map.Source}: groupTile), which it was refused.");
        }
    }

    private Task<WebSeat> ScreenOfAsync(CastMember dispatcher, string step, params string[] entries) => port.ScreenOfAsync(dispatcher, step, entries);
}

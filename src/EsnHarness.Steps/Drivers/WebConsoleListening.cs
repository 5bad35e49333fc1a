using System.Text.RegularExpressions;
using EsnHarness.Bdd;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Ambient listening (TS 23.379 §10.14) and talking in a call, worked on a web console's screen: the dispatcher names the user's
/// terminal in the console's listening control, the console shows it listens and its call audio meter what it hears; PTT in the
/// call and the floor's answer shown in the call. Each needs optional entries of the console map; a console whose map leaves them
/// out skips the scenario, saying so.
/// </summary>
public sealed class WebConsoleListening(WebConsolePort port, TerminalFleet fleet, Cast cast)
{
    /// <summary>The dispatcher starts listening to the user's terminal from the screen (naming the user by MCPTT ID: a console's
    /// directory need not know a user it has not heard yet) and waits until the console shows it listens to them.</summary>
    public async Task ListenAsync(CastMember dispatcher, UserName user)
    {
        var seat = await port.ScreenOfAsync(dispatcher, $"{dispatcher.Name} listens to the terminal of {user}", "listenUser", "listenButton", "listeningCall");
        fleet.MarkAction();
        await port.OnScreenAsync(seat, "listeningCall", null, user.Value, $"the console of {dispatcher.Name} to listen to the terminal of {user}",
            () => seat.Driver.Calls.ListenAsync(user.Value, cast.Get(user).McpttId));
    }

    /// <summary>The dispatcher presses (and holds) PTT in the call with the user from the screen, and waits for the floor's answer
    /// shown in the call.</summary>
    public async Task PressPttInCallAsync(CastMember dispatcher, UserName user)
    {
        var seat = await port.ScreenOfAsync(dispatcher, $"{dispatcher.Name} presses PTT in the call with {user}", "callPttButton", "callFloorState");
        fleet.MarkAction();
        seat.LastFloor = ("callFloorState", null, user.Value);
        await port.OnScreenAsync(seat, "callFloorState", null, user.Value, $"the console of {dispatcher.Name} to show the floor's answer to PTT in the call with {user}",
            () => seat.Driver.Calls.PressCallPttAndAwaitAnswerAsync(user.Value));
    }

    /// <summary>Waits until the screen shows the floor denied, with the cause's TS 24.380 meaning, where the dispatcher last pressed PTT.</summary>
    public async Task ExpectDeniedAsync(CastMember dispatcher, FloorCauseCode cause)
    {
        var seat = await port.SeatOf(dispatcher).ScreenAsync();
        var (entry, group, user) = seat.LastFloor
            ?? throw new ExpectationFailedException($"{dispatcher.Name} has not pressed PTT at the console in this scenario: no floor answer to look for.");
        var denied = new Regex($"denied.*{Regex.Escape(cause.Meaning)}", RegexOptions.IgnoreCase);
        await port.OnScreenAsync(seat, entry, group, user, $"the console of {dispatcher.Name} to show the floor denied with cause {cause.Code} ({cause.Meaning})",
            () => seat.Driver.WaitForTextAsync(seat.Driver.Find(entry, group, user), denied));
    }
}

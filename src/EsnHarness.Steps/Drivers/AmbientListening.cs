using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Scenario-scoped: remotely initiated ambient listening (TS 23.379 §10.14) as a dispatcher's console starts it and as the
/// listened-to terminal handles it: answered by itself, showing and sounding nothing, its microphone heard at the console.
/// </summary>
/// <remarks>A dispatcher at a web console listens, hears and presses PTT through the console's screen
/// (<see cref="WebConsoleListening"/>); the listened-to terminal is checked the same way on both routes.</remarks>
public sealed class AmbientListening(TerminalFleet fleet, Calls calls, Cast cast, EsnSession session, ControlRoomConsoles consoles)
{
    private readonly DeviceService.DeviceServiceClient _devices = new(session.Invoker(EsnRole.Device));
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string? CallId, UserName Listener)> _calls = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The dispatcher's console starts listening to the user's terminal.</summary>
    public async Task ListenAsync(UserName dispatcher, UserName user)
    {
        if (consoles.AtWebConsole(dispatcher))
        {
            // The console knows the call; the steps learn its ID from the listened-to terminal's notice (ExpectSilentAsync).
            await consoles.Listening!.ListenAsync(cast.Get(dispatcher), user);
            _calls[user.Value] = (null, dispatcher);
            return;
        }

        fleet.MarkAction();
        var console = cast.Get(dispatcher);
        var result = await Rpc.CallAsync(() => _devices.StartCallAsync(new StartCallRequest
        {
            DeviceId = console.DeviceId, CallType = CallType.AmbientListening, TargetMcpttId = cast.Get(user).McpttId,
        }).ResponseAsync, $"listen to the terminal of {user} from the console of {dispatcher}");
        _calls[user.Value] = (result.Call.CallId, dispatcher);
    }

    /// <summary>
    /// Checks the listened-to terminal handled the call (its test-port notice), that its microphone reached the listener,
    /// and that it showed nothing of the call (no call, floor or floor-state event for it, not in its calls) and sounded
    /// nothing (no voice played) since the listening began.
    /// </summary>
    public async Task ExpectSilentAsync(UserName user)
    {
        var member = cast.Get(user);
        var (known, listener) = Listening(user);
        var listenerId = cast.Get(listener).McpttId;
        var log = fleet.Log(member);
        var notice = await log.WaitAsync(e => e.AmbientListening is { Started: true } n && (known is null ? n.ListenerMcpttId == listenerId : n.CallId == known), 0, session.Timeout,
            $"the terminal of {user} to take the listening call of {listener} by itself");
        var callId = notice.AmbientListening.CallId;
        // Its microphone reaches the console (on a web console, its call audio meter): the grant was taken in by then.
        await (consoles.AtWebConsole(listener) ? consoles.Web!.ExpectHearsAsync(cast.Get(listener), user) : calls.ExpectHearsAsync(listener, user));

        var state = await Rpc.CallAsync(() => _devices.GetStateAsync(new DeviceRef { DeviceId = member.DeviceId }).ResponseAsync, $"read the state of {user}'s terminal");
        var shown = log.Snapshot().FirstOrDefault(e =>
            e.Call?.Call?.CallId == callId || e.Floor?.CallId == callId || e.FloorState?.CallId == callId || e.Media?.Packet.CallId == callId);
        if (shown is not null || state.Calls.Any(c => c.CallId == callId))
        {
            throw new ExpectationFailedException(
                $"The terminal of {user} gave the ambient listening away: {(shown is not null ? $"it showed or sounded {shown.EventCase} for the call" : "it lists the call among its calls")}.");
        }
    }

    /// <summary>The dispatcher presses PTT in the listening call and hears the floor's answer.</summary>
    public async Task TryToTalkAsync(UserName dispatcher, UserName user)
    {
        if (consoles.AtWebConsole(dispatcher))
        {
            Listening(user);
            await consoles.Listening!.PressPttInCallAsync(cast.Get(dispatcher), user);
            return;
        }

        fleet.MarkAction();
        var console = cast.Get(dispatcher);
        var log = fleet.Log(console);
        var from = log.Count;
        await Rpc.CallAsync(() => _devices.PressPttAsync(new PttRequest { DeviceId = console.DeviceId, CallId = CallOf(user) }).ResponseAsync, $"press PTT on the console of {dispatcher}");
        var answer = await log.WaitAsync(e => e.Floor is { Kind: FloorEventKind.Granted or FloorEventKind.Deny or FloorEventKind.QueuePositionInfo } f && f.CallId == CallOf(user), from,
            session.Timeout, $"the floor's answer to {dispatcher} in the listening call");
        if (answer.Floor.Kind == FloorEventKind.Granted)
        {
            await calls.AwaitPermissionAsync(console, from);
            await Rpc.CallAsync(() => _devices.SendVoiceBurstAsync(new VoiceBurstRequest { DeviceId = console.DeviceId, CallId = CallOf(user), FrameCount = 5 }).ResponseAsync,
                $"speak for {dispatcher}");
        }
    }

    private string CallOf(UserName user) => Listening(user).CallId!;

    private (string? CallId, UserName Listener) Listening(UserName user) =>
        _calls.TryGetValue(user.Value, out var listening)
            ? listening
            : throw new ArgumentException($"Nobody listens to the terminal of {user} in this scenario; add e.g. 'When \"MetCC Dispatcher Ward\" listens to the terminal of {user}'.");
}

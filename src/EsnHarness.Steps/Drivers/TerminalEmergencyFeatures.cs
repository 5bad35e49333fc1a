using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Scenario-scoped: a terminal's own emergency features (esn.device.v1 TerminalFunctions): the emergency button's open
/// microphone, the man-down sensor, and the alert raised without coverage that the terminal keeps until service returns;
/// and what a control room's console receives of them.
/// </summary>
public sealed class TerminalEmergencyFeatures(TerminalFleet fleet, Cast cast, NetworkDriver network, EsnSession session)
{
    private const uint FrameMs = 20;

    /// <summary>How much earlier than configured a man-down alert may be stamped: the terminal's timer and clock tick apart by up to a few milliseconds.</summary>
    private static readonly TimeSpan TimerGranularity = TimeSpan.FromMilliseconds(20);

    /// <summary>How much of the open microphone's end may be missing at the listener: its last frames can be lost on the modelled radio link.</summary>
    private static readonly TimeSpan LossAtTheEnd = TimeSpan.FromMilliseconds(100);
    private readonly TerminalFunctions.TerminalFunctionsClient _terminals = new(session.Invoker(EsnRole.Device));
    private readonly DeviceService.DeviceServiceClient _devices = new(session.Invoker(EsnRole.Device));
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, DateTimeOffset> _stillSince = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Configures the terminal's open microphone (the rest of its features kept).</summary>
    public Task SetOpenMicrophoneAsync(UserName user, TimeSpan open) =>
        ConfigureAsync(user, f => f.OpenMicrophoneMs = (uint)open.TotalMilliseconds);

    /// <summary>Configures the terminal's man-down sensor: an alert after <paramref name="still"/> without movement.</summary>
    public Task SetManDownAsync(UserName user, TimeSpan still) =>
        ConfigureAsync(user, f => f.ManDown = new ManDownPolicy { Enabled = true, NoMovementMs = (uint)still.TotalMilliseconds });

    /// <summary>The motion sensor reads the wearer still (or moving again).</summary>
    public async Task MotionAsync(UserName user, bool moving)
    {
        fleet.MarkAction();
        var member = cast.Get(user);
        var before = session.Target.Clock.GetUtcNow(); // no later than the terminal's own reading: a lower bound for the alert
        await Rpc.CallAsync(() => _terminals.ReportMotionAsync(new MotionReading { DeviceId = member.DeviceId, Moving = moving }).ResponseAsync,
            $"report {user} {(moving ? "moving" : "still")}");
        if (!moving)
        {
            _stillSince[user.Value] = before;
        }
    }

    /// <summary>
    /// Waits until a console of the room shows a man-down alert from the user, within <paramref name="within"/> of the last
    /// action; checks it came no earlier than <paramref name="still"/> after the wearer stopped and shows them at the place.
    /// </summary>
    public async Task ExpectManDownAsync(ControlRoom room, UserName user, PlaceName place, TimeSpan still, TimeSpan within)
    {
        var alert = await AlertAtAsync(room, user, a => a.Trigger == "man-down", within, "a man-down alert");
        if (_stillSince.TryGetValue(user.Value, out var since) && alert.TriggeredAt.ToDateTimeOffset() < since + still - TimerGranularity)
        {
            throw new ExpectationFailedException(
                $"The man-down alert from {user} was raised {(alert.TriggeredAt.ToDateTimeOffset() - since).TotalMilliseconds:0} ms after they stopped moving, before the configured {still.TotalSeconds:0.#} s.");
        }

        await ExpectAtAsync(alert, user, place);
    }

    /// <summary>Fails if a console of the room shows a man-down alert from the user within the window since the last action.</summary>
    public Task ExpectNoManDownAsync(ControlRoom room, UserName user, TimeSpan window)
    {
        var console = cast.Consoles(room)[0];
        var id = cast.Get(user).McpttId;
        return fleet.Log(console).ExpectNoneAsync(e => e.EmergencyAlert?.Alert is { Trigger: "man-down" } a && a.McpttId == id, fleet.Mark(console), window,
            $"man-down alert from {user} at {room}");
    }

    /// <summary>The emergency button with the terminal's open microphone: the alert, then the emergency call, which the terminal talks in by itself.</summary>
    public async Task PressWithOpenMicrophoneAsync(UserName user, GroupName group)
    {
        fleet.MarkAction();
        var member = cast.Get(user);
        var from = fleet.Log(member).Count;
        await Rpc.CallAsync(() => _devices.RaiseEmergencyAlertAsync(new EmergencyAlertRequest { DeviceId = member.DeviceId, GroupId = group.Value }).ResponseAsync,
            $"raise {user}'s emergency alert on {group}");
        var result = await Rpc.CallAsync(() => _devices.StartCallAsync(new StartCallRequest
        {
            DeviceId = member.DeviceId, CallType = CallType.EmergencyGroup, GroupId = group.Value, ImplicitFloorRequest = true,
        }).ResponseAsync, $"start {user}'s emergency call on {group}");
        fleet.RememberCall(result.Call);
        await fleet.Log(member).WaitAsync(e => e.Floor is { Kind: FloorEventKind.Granted }, from, session.Timeout, $"{user}'s emergency call to have the floor");
    }

    /// <summary>
    /// Waits until the listener has heard the user's open-microphone burst to its last frame (or the floor was taken from
    /// the talker), then checks it lasted at least <paramref name="open"/> without a gap; returns how long it was.
    /// </summary>
    public async Task<TimeSpan> ExpectHeardForAsync(UserName listener, UserName user, TimeSpan open)
    {
        var member = cast.Get(listener);
        var talker = cast.Get(user);
        var log = fleet.Log(member);
        var from = fleet.Mark(member);
        var talkerLog = fleet.Log(talker);
        var taken = await log.WaitAsync(e => e.Floor is { Kind: FloorEventKind.Taken } f && f.TalkerMcpttId == talker.McpttId, from, session.Timeout,
            $"{listener} to see {user} talking");
        var talking = from + log.Snapshot(from).ToList().IndexOf(taken);
        // The burst's last frame, or the floor going idle when the talker stopped short (revoked, or the call ended).
        await log.WaitAsync(e => e.Media is { Packet.LastInBurst: true } m && m.Packet.SenderMcpttId == talker.McpttId || e.Floor is { Kind: FloorEventKind.Idle }
                || e.Call is { Kind: CallEventKind.Ended }, talking, open + session.Timeout, $"{listener} to hear {user}'s open microphone to its end");
        var frames = log.Snapshot(talking).Where(e => e.Media?.Packet.SenderMcpttId == talker.McpttId).Select(e => e.Media.Packet).ToList();
        var bursts = frames.Select(f => f.BurstId).Distinct().Count();
        // From the first frame of the burst to the last heard, by sequence number: a frame lost on the radio is a gap, not an end.
        var heard = frames.Count == 0 ? TimeSpan.Zero : TimeSpan.FromMilliseconds((frames.Max(f => f.Sequence) + 1) * FrameMs);
        var revoked = talkerLog.Snapshot(fleet.Mark(talker)).FirstOrDefault(e => e.Floor is { Kind: FloorEventKind.Revoke });
        if (revoked is not null || bursts != 1 || heard < open - LossAtTheEnd)
        {
            throw new ExpectationFailedException(
                $"{listener} heard {user}'s open microphone for {heard.TotalSeconds:0.##} s ({frames.Count} frames in {bursts} burst(s)), expected one burst of {open.TotalSeconds:0.##} s"
                + (revoked is not null ? $"; the floor was revoked from {user} (cause {(int)revoked.Floor.Cause})." : "."));
        }

        // Then the microphone closes: the talker's terminal releases the floor by itself (not T1 ending it for lack of media).
        await talkerLog.WaitAsync(e => e.FloorState is { FromState: FloorParticipantState.HasPermission, ToState: FloorParticipantState.PendingRelease }, fleet.Mark(talker),
            session.Timeout, $"{user}'s terminal to release the floor when its open microphone closes");
        return heard;
    }

    /// <summary>The emergency button pressed where the terminal has no service: the terminal must keep the alert to send later.</summary>
    public async Task PressWithoutCoverageAsync(UserName user, GroupName group)
    {
        fleet.MarkAction();
        var member = cast.Get(user);
        var result = await Rpc.CallAsync(() => _devices.RaiseEmergencyAlertAsync(new EmergencyAlertRequest { DeviceId = member.DeviceId, GroupId = group.Value }).ResponseAsync,
            $"raise {user}'s emergency alert on {group} without coverage");
        if (!result.StoredForDelivery)
        {
            throw new ExpectationFailedException($"{user}'s terminal has no service but did not say it kept the emergency alert to send when service returns.");
        }
    }

    /// <summary>
    /// Waits until a console of the room shows the alert the user raised without coverage: raised (terminal clock) before
    /// the service received it, and showing them where they were when they pressed the button.
    /// </summary>
    public async Task ExpectStoredAlertAsync(ControlRoom room, UserName user, PlaceName place, TimeSpan within)
    {
        var alert = await AlertAtAsync(room, user, _ => true, within, "the emergency alert raised without coverage");
        if (alert.TriggeredAt is null || alert.TriggeredAt.ToDateTimeOffset() >= alert.RaisedAt.ToDateTimeOffset())
        {
            throw new ExpectationFailedException($"The alert from {user} reached {room} as raised when the service received it, not when {user} pressed the button without coverage.");
        }

        await ExpectAtAsync(alert, user, place);
    }

    private async Task<EmergencyAlert> AlertAtAsync(ControlRoom room, UserName user, Func<EmergencyAlert, bool> match, TimeSpan within, string what)
    {
        var console = cast.Consoles(room)[0];
        var id = cast.Get(user).McpttId;
        var e = await fleet.Log(console).WaitAsync(e => e.EmergencyAlert?.Alert is { Cancelled: false } a && a.McpttId == id && match(a), fleet.Mark(console), within,
            $"{room} to receive {what} from {user}");
        return e.EmergencyAlert.Alert;
    }

    private async Task ExpectAtAsync(EmergencyAlert alert, UserName user, PlaceName place)
    {
        var where = alert.Location ?? throw new ExpectationFailedException($"The alert from {user} carried no location.");
        var metres = Geo.DistanceMetres(new Position(where.LatitudeDeg, where.LongitudeDeg, where.AltitudeM), await network.LocationOfAsync(place));
        if (metres > Talkers.PlaceToleranceMetres)
        {
            throw new ExpectationFailedException($"The alert from {user} places them {metres:0} m from {place}; expected within {Talkers.PlaceToleranceMetres:0} m.");
        }
    }

    private async Task ConfigureAsync(UserName user, Action<Contracts.Device.V1.EmergencyFeatures> change)
    {
        var member = cast.Get(user);
        var state = await Rpc.CallAsync(() => _devices.GetStateAsync(new DeviceRef { DeviceId = member.DeviceId }).ResponseAsync, $"read the state of {user}'s terminal");
        var features = state.EmergencyFeatures?.Clone() ?? new Contracts.Device.V1.EmergencyFeatures();
        change(features);
        await Rpc.CallAsync(() => _terminals.ConfigureEmergencyFeaturesAsync(new ConfigureEmergencyFeaturesRequest { DeviceId = member.DeviceId, Features = features }).ResponseAsync,
            $"configure the emergency features of {user}'s terminal");
    }
}

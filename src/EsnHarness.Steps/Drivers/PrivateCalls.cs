using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Scenario-scoped: talking in an on-network private call (either party, whatever its commencement), and a control room
/// as a party to one: its dispatcher's console, or, when the scenario names no dispatcher there, the room's duty console,
/// logged on at the room for the purpose.
/// </summary>
public sealed class PrivateCalls(TerminalFleet fleet, Calls calls, Cast cast, EsnSession session)
{
    private const uint BurstFrames = 5;
    private readonly DeviceService.DeviceServiceClient _devices = new(session.Invoker(EsnRole.Device));

    /// <summary>The user gets the floor in their connected private call (pressing PTT unless they already hold it),
    /// speaks a short burst, lets go, and waits until the floor has taken the release, so the other party can answer.</summary>
    public async Task TalkAsync(UserName name)
    {
        fleet.MarkAction();
        var member = cast.Get(name);
        var log = fleet.Log(member);
        var connected = log.Last(e => e.Call is { Kind: CallEventKind.Connected or CallEventKind.Ended } c && c.Call.GroupId.Length == 0);
        if (connected is not { Call.Kind: CallEventKind.Connected })
        {
            throw new ExpectationFailedException($"{name} is not in a private call (their terminal shows no connected private call).");
        }

        var call = connected.Call.Call.CallId;
        var from = log.Count;
        if (log.Last(e => e.FloorState?.CallId == call)?.FloorState.ToState != FloorParticipantState.HasPermission)
        {
            await Rpc.CallAsync(() => _devices.PressPttAsync(new PttRequest { DeviceId = member.DeviceId, CallId = call }).ResponseAsync, $"press PTT in {name}'s private call");
            await log.WaitAsync(e => e.FloorState is { ToState: FloorParticipantState.HasPermission } f && f.CallId == call, from, session.Timeout,
                $"{name} to be granted the floor in the private call");
        }

        from = log.Count;
        await Rpc.CallAsync(() => _devices.SendVoiceBurstAsync(new VoiceBurstRequest
        {
            DeviceId = member.DeviceId, CallId = call, FrameCount = BurstFrames, FrameIntervalMs = 20, ReleaseAfter = true,
        }).ResponseAsync, $"speak in the private call for {name}");
        await log.WaitAsync(e => e.FloorState is { FromState: FloorParticipantState.PendingRelease } f && f.CallId == call, from, session.Timeout,
            $"the floor to take {name}'s release in the private call");
    }

    /// <summary>The user rings the control room (manual commencement: its console answers).</summary>
    public async Task CallAsync(UserName caller, ControlRoom room) =>
        await calls.PrivateCallAsync(caller, (await ConsoleAsync(room)).Name, automatic: false);

    /// <summary>Who answers for the control room: its first dispatcher in the scenario, else its duty console (logged on now).</summary>
    public async Task<CastMember> ConsoleAsync(ControlRoom room)
    {
        if (cast.Members.Any(m => m.Kind == MemberKind.Console && m.ControlRoom == room))
        {
            return Console(room);
        }

        var duty = DutyConsole(room);
        await fleet.LogOnAsync(duty, room.Agency, room.ConsolePlace, MemberKind.Console, room);
        return cast.Get(duty);
    }

    /// <summary>The party answering for the control room, once the scenario has one.</summary>
    /// <exception cref="ArgumentException">The scenario has neither a dispatcher at the room nor called it.</exception>
    public CastMember Console(ControlRoom room) => cast.Consoles(room).OrderBy(m => m.Name.Value, StringComparer.Ordinal).First();

    private static UserName DutyConsole(ControlRoom room) => new($"{room.Name} duty console");
}

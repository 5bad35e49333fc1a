using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Interworking.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.FloorControl;
using EsnHarness.Simulators.Internal.Grpc;

namespace EsnHarness.Simulators.Internal.Interworking;

/// <summary>
/// The floor across the bridge, TETRA side: one radio of the talkgroup holds or requests the transmission at a time
/// (U-TX DEMAND / D-TX GRANTED), through the ESN floor seat of its identity; the seat's participant decides (granted,
/// queued, denied, revoked) and the radio is told. A press answers once the ESN floor has. Without arbitration (a
/// defect) the radio is granted at once, whatever the ESN floor says.
/// </summary>
internal sealed class BridgeFloor(string talkgroup, RadioRegistry radios, IwfUplink uplink, TimeProvider time, bool arbitrated)
{
    private static readonly TimeSpan AnswerDeadline = TimeSpan.FromSeconds(5);
    private readonly Lock _gate = new();
    private string? _transmitter;
    private FloorSeat? _seat;
    private TaskCompletionSource<bool>? _answer;
    private TaskCompletionSource<bool>? _grant;
    private FloorSeat? _releasing;
    private TaskCompletionSource? _released;
    private bool _localGrant;
    private string? _failed;

    /// <summary>The radio transmitting (or asking to) and its seat, if any.</summary>
    public (string? Issi, FloorSeat? Seat) Transmitter
    {
        get
        {
            lock (_gate)
            {
                return (_transmitter, _seat);
            }
        }
    }

    /// <summary>
    /// Radio PTT pressed: the seat asks the ESN floor (with a call set-up as an implicit floor request when no call is up,
    /// or to make the call an emergency one). Returns once the floor answered: true when granted, false when queued or
    /// denied (the radio is told which). An emergency press takes the transmission from another radio of the talkgroup.
    /// </summary>
    public async Task<bool> PressAsync(string issi, FloorSeat seat, FloorPriority priority, CallType setup, string groupId, CancellationToken ct)
    {
        var emergency = setup == CallType.EmergencyGroup;
        if (!emergency && IsTransmitting(issi))
        {
            return true;
        }

        var answer = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        (string Issi, FloorSeat Seat)? preempted = null;
        lock (_gate)
        {
            if (_failed is { } why)
            {
                radios.ToRadio(issi, Radio(RadioEventKind.TransmissionDenied, detail: $"interworking failed: {why}"));
                return false;
            }

            if (_transmitter is { } other && other != issi)
            {
                if (!emergency)
                {
                    radios.ToRadio(issi, Radio(RadioEventKind.TransmissionDenied, detail: $"radio {other} holds the talkgroup's transmission"));
                    return false;
                }

                preempted = (other, _seat!);
            }

            _transmitter = issi;
            _seat = seat;
            _answer = answer;
            _grant?.TrySetResult(false);
            _grant = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            _localGrant = !arbitrated;
        }

        if (preempted is { } p)
        {
            radios.ToRadio(p.Issi, Radio(RadioEventKind.TransmissionDenied, detail: $"pre-empted by the emergency call of radio {issi}"));
            if (p.Seat != seat)
            {
                p.Seat.Release();
            }
        }

        if (!arbitrated)
        {
            // The defect: the radio talks at once on the TETRA side whatever the ESN floor says.
            radios.ToRadio(issi, Radio(RadioEventKind.TransmissionGranted, talker: issi));
            answer.TrySetResult(true);
        }

        if (seat.CallId.Length == 0 || emergency)
        {
            await SetupWithImplicitRequestAsync(seat, priority, setup, groupId, ct);
        }
        else
        {
            seat.Press(priority);
        }

        try
        {
            return await answer.Task.WaitAsync(AnswerDeadline, time, ct);
        }
        catch (TimeoutException)
        {
            // No answer from the ESN floor in time (its own retransmissions gave up): the radio is not granted.
            return false;
        }
    }

    /// <summary>
    /// Waits until the radio's request, answered as queued, is granted (true) or lost (false), or the deadline passes:
    /// what a radio holding its transmission request (an open microphone) does.
    /// </summary>
    public async Task<bool> GrantedAsync(string issi, CancellationToken ct)
    {
        TaskCompletionSource<bool>? grant;
        lock (_gate)
        {
            grant = _transmitter == issi ? _grant : null;
        }

        if (grant is null)
        {
            return false;
        }

        try
        {
            return await grant.Task.WaitAsync(AnswerDeadline, time, ct);
        }
        catch (TimeoutException)
        {
            // Still queued at the deadline: the radio is not granted.
            return false;
        }
    }

    /// <summary>Radio PTT released: its seat releases the floor; returns once the ESN floor acknowledged it (or the deadline).</summary>
    public async Task ReleaseAsync(string issi, CancellationToken ct)
    {
        FloorSeat? seat;
        var released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_transmitter != issi)
            {
                return;
            }

            _transmitter = null;
            _answer?.TrySetResult(false);
            _answer = null;
            _grant?.TrySetResult(false);
            _grant = null;
            seat = _seat;
            _seat = null;
            _localGrant = false;
            _releasing = seat;
            _released = released;
        }

        seat?.Release();
        radios.ToTalkgroup(talkgroup, Radio(RadioEventKind.TransmissionCeased, talker: issi), except: null);
        if (seat?.State == ParticipantState.PendingRelease)
        {
            try
            {
                await released.Task.WaitAsync(AnswerDeadline, time, ct);
            }
            catch (TimeoutException)
            {
                // The participant gives up after C100 releases by itself.
            }
        }
    }

    /// <summary>True while the radio holds the transmission (an ESN floor grant, or a local one without arbitration).</summary>
    public bool IsTransmitting(string issi)
    {
        FloorSeat? seat;
        lock (_gate)
        {
            if (_transmitter != issi)
            {
                return false;
            }

            if (_localGrant)
            {
                return true;
            }

            seat = _seat;
        }

        return seat?.State == ParticipantState.HasPermission;
    }

    /// <summary>
    /// A seat's participant changed state (called under its lock: only enqueues). Leaving 'U: pending Request' answers the
    /// radio's press; a grant, a deny or a revoke is what the radio observes; leaving 'U: pending Release' ends a release.
    /// </summary>
    public void OnParticipantState(FloorSeat seat, ParticipantState from, ParticipantState to, string reason)
    {
        string? transmitter = null;
        var local = false;
        TaskCompletionSource<bool>? answer = null;
        TaskCompletionSource<bool>? grant = null;
        TaskCompletionSource? released = null;
        var lost = (to == ParticipantState.HasNoPermission && from is ParticipantState.PendingRequest or ParticipantState.Queued)
            || (to == ParticipantState.PendingRelease && reason.StartsWith("Floor Revoke", StringComparison.Ordinal))
            || to == ParticipantState.Releasing;
        lock (_gate)
        {
            if (seat == _seat)
            {
                transmitter = _transmitter;
                local = _localGrant;
                if (to is ParticipantState.HasPermission or ParticipantState.Queued || lost)
                {
                    answer = _answer;
                    _answer = null;
                }

                if (to == ParticipantState.HasPermission || lost)
                {
                    grant = _grant;
                }

                if (lost && !local)
                {
                    _transmitter = null;
                    _seat = null;
                }
            }

            if (seat == _releasing && (from == ParticipantState.PendingRelease || to == ParticipantState.StartStop))
            {
                released = _released;
                _released = null;
                _releasing = null;
            }
        }

        answer?.TrySetResult(to == ParticipantState.HasPermission);
        grant?.TrySetResult(to == ParticipantState.HasPermission);
        released?.TrySetResult();
        if (transmitter is null || local)
        {
            return;
        }

        if (to == ParticipantState.HasPermission)
        {
            radios.ToRadio(transmitter, Radio(RadioEventKind.TransmissionGranted, talker: transmitter));
        }
        else if (lost)
        {
            radios.ToRadio(transmitter, Radio(RadioEventKind.TransmissionDenied, detail: reason));
        }
    }

    /// <summary>The ESN floor queued the seat's request: the radio is told its position.</summary>
    public void OnQueuePosition(FloorSeat seat, uint position)
    {
        string? transmitter;
        lock (_gate)
        {
            transmitter = seat == _seat ? _transmitter : null;
        }

        if (seat.State == ParticipantState.Queued)
        {
            radios.ToRadio(transmitter, new RadioEvent { Kind = RadioEventKind.Queued, QueuePosition = position, ReceivedAt = Clock.Now(time) });
        }
    }

    /// <summary>The bridge failed: no radio transmits any more and every later press is denied; returns the radio that was transmitting.</summary>
    public (string? Issi, FloorSeat? Seat) Fail(string reason)
    {
        lock (_gate)
        {
            var was = (_transmitter, _seat);
            _failed = reason;
            _transmitter = null;
            _seat = null;
            _localGrant = false;
            _answer?.TrySetResult(false);
            _answer = null;
            _grant?.TrySetResult(false);
            _grant = null;
            return was;
        }
    }

    private async Task SetupWithImplicitRequestAsync(FloorSeat seat, FloorPriority priority, CallType type, string groupId, CancellationToken ct)
    {
        seat.ExpectImplicitRequest(priority);
        try
        {
            var setup = await uplink.Mcx.SetupCallAsync(new SetupCallRequest
            {
                McpttId = seat.McpttId, CallType = type, GroupId = groupId, ImplicitFloorRequest = true,
            }, uplink.Headers, cancellationToken: ct);
            seat.OnCallKnown(setup.Call.CallId);
        }
        catch
        {
            // Refused (or cancelled): nobody transmits; the error goes to the radio's caller.
            seat.ForgetImplicitRequest();
            lock (_gate)
            {
                if (_seat == seat)
                {
                    _transmitter = null;
                    _seat = null;
                    _answer = null;
                }
            }

            throw;
        }
    }

    private RadioEvent Radio(RadioEventKind kind, string talker = "", string detail = "") =>
        new() { Kind = kind, TalkerId = talker, Detail = detail, ReceivedAt = Clock.Now(time) };
}

using EsnHarness.Simulators.FloorControl.Internal;

namespace EsnHarness.Simulators.FloorControl;

/// <summary>
/// Floor participant of one terminal in one on-network call: TS 24.380 §6.2.4 (Figure 6.2.4.1-1).
/// Thread-safe: each input takes the instance lock; the outputs, including every
/// <see cref="IParticipantOutput.StateChanged"/>, are called under it in order. Timers (T100, T101, T103,
/// T132) run on the injected <see cref="TimeProvider"/>.
/// </summary>
/// <remarks>
/// Assumptions: T103 defaults to 4 s (TS 24.380 makes it configurable); Floor Idle and Floor Taken do not end
/// 'U: pending Request' (TS 24.380 has no such transition there: the answer to the request, Granted, Deny or Queue
/// Position Info, decides), so a stale Floor Idle crossing the request cannot lose the grant; Floor Queue
/// Position Request is sent once, without T104 retransmission; Floor Idle and Floor Taken leave
/// 'U: has permission' alone (the dual-floor cases of TS 24.380 are not modelled).
/// Each member's documentation names the state whose procedure it follows; behaviour was checked against the
/// NIST psc-ns3 on-network participant model (mcptt-on-network-floor-participant-state.cc).
/// </remarks>
public sealed partial class FloorParticipant
{
    private readonly Lock _gate = new();
    private readonly FloorTimers _timers;
    private readonly IParticipantOutput _output;
    private readonly FloorTimer _t100;
    private readonly FloorTimer _t101;
    private readonly FloorTimer _t103;
    private readonly FloorTimer _t132;
    private ParticipantState _state = ParticipantState.StartStop;
    private FloorPriority _priority;
    private int _c100;
    private int _c101;
    private TimeSpan? _durationLimit;
    private int? _queuePosition;
    private FloorCause? _lastCause;
    private string? _talker;

    /// <summary>Creates a participant in 'Start-stop'.</summary>
    /// <param name="timers">Timer and counter values (TS 24.380 §11.1).</param>
    /// <param name="time">Clock for every timer.</param>
    /// <param name="output">Where messages and state changes go; must not block.</param>
    /// <exception cref="ArgumentException">A timer or counter is out of range.</exception>
    public FloorParticipant(FloorTimers timers, TimeProvider time, IParticipantOutput output)
    {
        ArgumentNullException.ThrowIfNull(timers);
        timers.Validate();
        ArgumentNullException.ThrowIfNull(time);
        _timers = timers;
        _output = output ?? throw new ArgumentNullException(nameof(output));
        _t100 = new FloorTimer(time, _gate, OnT100Expired);
        _t101 = new FloorTimer(time, _gate, OnT101Expired);
        _t103 = new FloorTimer(time, _gate, OnT103Expired);
        _t132 = new FloorTimer(time, _gate, OnT132Expired);
    }

    /// <summary>Current state.</summary>
    public ParticipantState State => Read(() => _state);

    /// <summary>Talk time the last Floor Granted allowed, or null when the participant has no permission.</summary>
    public TimeSpan? DurationLimit => Read(() => _durationLimit);

    /// <summary>Queue position from the last Queue Position Info while queued (1-based), or null.</summary>
    public int? QueuePosition => Read(() => _queuePosition);

    /// <summary>Cause of the last Floor Deny or Floor Revoke received, or null.</summary>
    public FloorCause? LastCause => Read(() => _lastCause);

    /// <summary>Talker named by the last Floor Taken, until Floor Idle or T103 (end of media) clears it.</summary>
    public string? Talker => Read(() => _talker);

    /// <summary>True while a grant for a queued request waits for <see cref="AcceptQueuedGrant"/> (T132 running).</summary>
    public bool GrantAwaitingAcceptance => Read(() => _t132.IsRunning);

    /// <summary>Call established: 'Start-stop' → 'U: has no permission'.</summary>
    public void Start()
    {
        lock (_gate)
        {
            if (_state == ParticipantState.StartStop)
            {
                ChangeState(ParticipantState.HasNoPermission, "call established");
            }
        }
    }

    /// <summary>
    /// Call released ("call release"): every timer stopped, through 'Releasing' back to 'Start-stop'.
    /// </summary>
    public void Stop()
    {
        lock (_gate)
        {
            if (_state == ParticipantState.StartStop)
            {
                return;
            }

            StopAllTimers();
            ChangeState(ParticipantState.Releasing, "call release");
            _durationLimit = null;
            _queuePosition = null;
            _talker = null;
            ChangeState(ParticipantState.StartStop, "call released");
        }
    }

    /// <summary>
    /// PTT pressed in 'U: has no permission': Floor Request sent, C101 reset, T101 started,
    /// 'U: pending Request'. In 'U: queued' with a grant waiting (T132 running) the press accepts the grant, as
    /// <see cref="AcceptQueuedGrant"/> (the user's indication to accept). Ignored otherwise.
    /// </summary>
    public void PttPressed(FloorPriority priority)
    {
        lock (_gate)
        {
            if (_state == ParticipantState.Queued && _t132.IsRunning)
            {
                AcceptGrant("PTT pressed: queued grant accepted");
                return;
            }

            if (_state != ParticipantState.HasNoPermission)
            {
                return;
            }

            _priority = priority;
            _lastCause = null;
            _output.SendFloorRequest(priority);
            _c101 = 1;
            _t101.Start(_timers.T101);
            ChangeState(ParticipantState.PendingRequest, "PTT pressed: Floor Request sent");
        }
    }

    /// <summary>
    /// The user started the call with PTT held and the call set-up carried the floor request ("implicit floor request",
    /// TS 24.379 / TS 24.380 §6.2.4.2): in 'U: has no permission' the participant enters 'U: pending Request' with T101
    /// started, like <see cref="PttPressed"/> but without sending a Floor Request of its own (the arbitrator already
    /// has it; T101 expiry still sends one). Ignored in any other state.
    /// </summary>
    public void ImplicitFloorRequestSent(FloorPriority priority)
    {
        lock (_gate)
        {
            if (_state != ParticipantState.HasNoPermission)
            {
                return;
            }

            _priority = priority;
            _lastCause = null;
            _c101 = 1;
            _t101.Start(_timers.T101);
            ChangeState(ParticipantState.PendingRequest, "call set up with an implicit floor request");
        }
    }

    /// <summary>
    /// PTT released in 'U: pending Request', 'U: has permission' or 'U: queued'
    ///: Floor Release sent, C100 reset, T100 started, 'U: pending Release'.
    /// </summary>
    public void PttReleased()
    {
        lock (_gate)
        {
            if (_state is ParticipantState.PendingRequest or ParticipantState.HasPermission or ParticipantState.Queued)
            {
                SendRelease("PTT released: Floor Release sent");
            }
        }
    }

    /// <summary>
    /// The user accepts the grant of a queued request within T132: 'U: has permission'.
    /// Ignored when no grant is waiting.
    /// </summary>
    public void AcceptQueuedGrant()
    {
        lock (_gate)
        {
            if (_state == ParticipantState.Queued && _t132.IsRunning)
            {
                AcceptGrant("queued grant accepted by the user");
            }
        }
    }

    private void AcceptGrant(string reason)
    {
        _t132.Stop();
        _queuePosition = null;
        ChangeState(ParticipantState.HasPermission, reason);
    }

    /// <summary>
    /// The user asks where its request stands: Floor Queue Position Request sent while 'U: queued'
    ///; ignored otherwise.
    /// </summary>
    public void RequestQueuePosition()
    {
        lock (_gate)
        {
            if (_state == ParticipantState.Queued)
            {
                _output.SendQueuePositionRequest();
            }
        }
    }

    private void SendRelease(string reason)
    {
        _t101.Stop();
        _t132.Stop();
        _durationLimit = null;
        _queuePosition = null;
        _output.SendFloorRelease();
        _c100 = 1;
        _t100.Start(_timers.T100);
        ChangeState(ParticipantState.PendingRelease, reason);
    }

    private void ChangeState(ParticipantState to, string reason)
    {
        var from = _state;
        _state = to;
        _output.StateChanged(from, to, reason);
    }

    private void StopAllTimers()
    {
        _t100.Stop();
        _t101.Stop();
        _t103.Stop();
        _t132.Stop();
    }

    private T Read<T>(Func<T> read)
    {
        lock (_gate)
        {
            return read();
        }
    }
}

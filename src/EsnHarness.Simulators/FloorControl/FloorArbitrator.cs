using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.FloorControl.Internal;

namespace EsnHarness.Simulators.FloorControl;

/// <summary>
/// Floor control server for one group call: TS 24.380 §6.3.4 "general floor control operation"
/// (Figure 6.3.4.1-1), with the per-participant answers of §6.3.5 folded in (Deny, Queue Position Info,
/// late-entry Taken/Idle). Thread-safe: each input takes the instance lock and the outputs are called under
/// it, so they see one consistent order of events. Timers run on the injected <see cref="TimeProvider"/>.
/// </summary>
/// <remarks>
/// Assumptions, where TS 24.380 leaves a choice to the implementation:
/// T20 resends Floor Granted after every grant until media arrives (the NIST psc-ns3 model; the text of
/// §6.3.4.4.2 starts it for queued grants). A pre-emptive requester is always held for the grant after T3, even when
/// queueing is off or the queue is full (ESN-DOMAIN §4: "revokes the talker and queues the requester").
/// T4 expiry is reported once per idle period; the call layer decides whether to release the call.
/// </remarks>
public sealed partial class FloorArbitrator
{
    /// <summary>Position reported by Queue Position Info for a participant that is not queued (wire value 254).</summary>
    public const int NotQueued = 0;

    private readonly Lock _gate = new();
    private readonly ArbitratorOptions _options;
    private readonly IArbitratorOutput _output;
    private readonly HashSet<string> _members = new(StringComparer.Ordinal);
    private readonly List<string> _memberOrder = [];
    private readonly FloorQueue _queue;
    private FloorPriority _talkerPriority;
    private int _c7;
    private int _c20;
    private readonly FloorTimer _t1;
    private readonly FloorTimer _t2;
    private readonly FloorTimer _t3;
    private readonly FloorTimer _t4;
    private readonly FloorTimer _t7;
    private readonly FloorTimer _t20;
    private ArbitratorState _state = ArbitratorState.StartStop;
    private string? _talker;

    /// <summary>Creates an arbitrator in 'Start-stop'.</summary>
    /// <param name="options">Timers, queueing, broadcast and audio cut-in configuration.</param>
    /// <param name="time">Clock for every timer.</param>
    /// <param name="output">Where messages go; must not block.</param>
    /// <exception cref="ArgumentException">A timer, counter or the queue length is out of range.</exception>
    public FloorArbitrator(ArbitratorOptions options, TimeProvider time, IArbitratorOutput output)
    {
        _options = Validated(options);
        ArgumentNullException.ThrowIfNull(time);
        _output = output ?? throw new ArgumentNullException(nameof(output));
        _queue = new FloorQueue(_options.Defects is { } defects ? DefectSwitch.Of(defects, McxDefects.FloorQueueLifo) : null);
        _t1 = new FloorTimer(time, _gate, OnT1Expired);
        _t2 = new FloorTimer(time, _gate, OnT2Expired);
        _t3 = new FloorTimer(time, _gate, OnT3Expired);
        _t4 = new FloorTimer(time, _gate, OnT4Expired);
        _t7 = new FloorTimer(time, _gate, OnT7Expired);
        _t20 = new FloorTimer(time, _gate, OnT20Expired);
    }

    /// <summary>Current state.</summary>
    public ArbitratorState State
    {
        get
        {
            lock (_gate)
            {
                return _state;
            }
        }
    }

    /// <summary>The participant holding the floor (also while its permission is being revoked), or null.</summary>
    public string? Talker
    {
        get
        {
            lock (_gate)
            {
                return _talker;
            }
        }
    }

    /// <summary>Queued requesters, head of the queue (next to be granted) first.</summary>
    public IReadOnlyList<string> QueueSnapshot
    {
        get
        {
            lock (_gate)
            {
                return _queue.Snapshot();
            }
        }
    }

    /// <summary>Participants currently in the call, in joining order.</summary>
    public IReadOnlyList<string> Participants
    {
        get
        {
            lock (_gate)
            {
                return [.. _memberOrder];
            }
        }
    }

    /// <summary>
    /// Starts floor control for the call with exactly <paramref name="participants"/> (§6.3.4.2.2 "call
    /// initialised"): passes through 'G: Initialising'
    /// into 'G: Floor Idle', sends Floor Idle to every participant and starts T7 and T4.
    /// </summary>
    /// <exception cref="InvalidOperationException">Already started.</exception>
    public void Start(IEnumerable<string> participants)
    {
        ArgumentNullException.ThrowIfNull(participants);
        lock (_gate)
        {
            if (_state != ArbitratorState.StartStop)
            {
                throw new InvalidOperationException($"Floor arbitrator is already started (state {_state}); call Stop first.");
            }

            _members.Clear();
            _memberOrder.Clear();
            foreach (var participant in participants)
            {
                AddMember(participant);
            }

            // Assumption: no temporary-group set-up phase, so 'G: Initialising' is left at once.
            ChangeState(ArbitratorState.FloorInitialising, "call initialised");
            EnterIdle("call established");
        }
    }

    /// <summary>
    /// Floor Queue Position Request (§6.3.5, Queue Position Request): answers with Queue Position Info, 1-based, or
    /// <see cref="NotQueued"/> when the participant has no queued request.
    /// </summary>
    public void QueuePositionRequest(string participant)
    {
        lock (_gate)
        {
            RequireMember(participant);
            if (IsRunning)
            {
                _output.QueuePositionInfo(participant, _queue.PositionOf(participant));
            }
        }
    }

    /// <summary>
    /// Releases the call (§6.3.4.1 "call release"): stops every timer, drops the queue and the talker, and
    /// passes through 'Releasing' back to 'Start-stop'. Nothing is sent; later requests from the call's
    /// participants are ignored. Safe to call twice.
    /// </summary>
    public void Stop()
    {
        lock (_gate)
        {
            if (_state == ArbitratorState.StartStop)
            {
                return;
            }

            StopAllTimers();
            ChangeState(ArbitratorState.Releasing, "call release");
            _queue.Clear();
            _talker = null;
            ChangeState(ArbitratorState.StartStop, "call released");
        }
    }

    /// <summary>Whether a reference defect of the MCX this arbitrator belongs to is switched on (<see cref="ArbitratorOptions.Defects"/>).</summary>
    private bool Has(Defect defect) => _options.Defects?.Has(defect) == true;

    private bool IsRunning => _state is ArbitratorState.FloorIdle or ArbitratorState.FloorTaken or ArbitratorState.PendingFloorRevoke;

    private void ChangeState(ArbitratorState to, string reason)
    {
        var from = _state;
        _state = to;
        (_output as IArbitratorStateObserver)?.StateChanged(from, to, reason);
    }

    private static ArbitratorOptions Validated(ArbitratorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.Timers, nameof(options.Timers));
        options.Timers.Validate();
        if (options.EmergencyTalkTime is { } emergency && emergency <= TimeSpan.Zero)
        {
            throw new ArgumentException($"ArbitratorOptions.EmergencyTalkTime is {emergency}; it must be greater than zero (or null: T2 applies).", nameof(options));
        }

        if (options.QueueingEnabled && options.MaxQueueLength < 1)
        {
            throw new ArgumentException(
                $"ArbitratorOptions.MaxQueueLength is {options.MaxQueueLength}; with queueing on it must be at least 1.",
                nameof(options));
        }

        return options;
    }
}

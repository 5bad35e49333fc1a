using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.FloorControl.Internal;

namespace EsnHarness.Simulators.FloorControl.OffNetwork;

/// <summary>
/// Floor control of one terminal in one off-network (direct mode) call: TS 24.380 clause 7, transitions as in Annex C.2
/// table C.2.1-1. There is no floor control server: the talker arbitrates, queues requests and hands the floor (with the
/// queue) to the next talker; a requester nobody answers takes the floor itself after C201 requests. Thread-safe: each
/// input takes the instance lock and the outputs are called under it, in order. Timers run on the injected clock.
/// </summary>
/// <remarks>
/// Modelled after the NIST psc-ns3 off-network participant (ESN-DOMAIN-DEPTH §1.1). Simplifications: Floor Queue
/// Position Request and T204 are not modelled (a queued request waits until granted or withdrawn); the Ack variants of
/// the messages are not sent; a grant to a queued user waits for acceptance (T233) as in psc-ns3.
/// </remarks>
public sealed partial class OffNetworkFloorParticipant
{
    private readonly Lock _gate = new();
    private readonly OffNetworkFloorTimers _timers;
    private readonly IOffNetworkFloorOutput _output;
    private readonly DefectSet _defects;
    private readonly FloorTimer _t201;
    private readonly FloorTimer _t203;
    private readonly FloorTimer _t205;
    private readonly FloorTimer _t206;
    private readonly FloorTimer _t207;
    private readonly FloorTimer _t230;
    private readonly FloorTimer _t233;
    private readonly List<QueuedRequest> _queue = [];
    private OffNetworkState _state = OffNetworkState.StartStop;
    private FloorPriority _priority;
    private int _c201;
    private int _c205;
    private string? _talker;
    private string? _grantee;
    private bool _privateCall;
    private int? _queuePosition;
    private FloorCause? _lastCause;

    /// <summary>Creates a participant in 'Start-stop'.</summary>
    /// <param name="self">This client's MCPTT ID (the sender of its messages).</param>
    /// <param name="timers">Timer and counter values.</param>
    /// <param name="time">Clock for every timer.</param>
    /// <param name="output">Where messages and state changes go; must not block.</param>
    /// <param name="defects">Reference defects of the terminal this participant runs in (none: the faithful machine).</param>
    /// <exception cref="ArgumentException">A timer or counter is out of range, or no ID.</exception>
    public OffNetworkFloorParticipant(string self, OffNetworkFloorTimers timers, TimeProvider time, IOffNetworkFloorOutput output, DefectSet? defects = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(self);
        ArgumentNullException.ThrowIfNull(timers);
        timers.Validate();
        ArgumentNullException.ThrowIfNull(time);
        Self = self;
        _timers = timers;
        _output = output ?? throw new ArgumentNullException(nameof(output));
        _defects = defects ?? DefectSet.None;
        _t201 = new FloorTimer(time, _gate, OnT201Expired);
        _t203 = new FloorTimer(time, _gate, OnT203Expired);
        _t205 = new FloorTimer(time, _gate, OnT205Expired);
        _t206 = new FloorTimer(time, _gate, OnT206Expired);
        _t207 = new FloorTimer(time, _gate, OnT207Expired);
        _t230 = new FloorTimer(time, _gate, OnT230Expired);
        _t233 = new FloorTimer(time, _gate, OnT233Expired);
    }

    /// <summary>This client's MCPTT ID.</summary>
    public string Self { get; }

    /// <summary>Current state.</summary>
    public OffNetworkState State => Read(() => _state);

    /// <summary>Who talks, as far as this client knows (itself in 'O: has permission'); null in silence.</summary>
    public string? Talker => Read(() => _talker);

    /// <summary>The requests this client queues while it talks, in order (it arbitrates them).</summary>
    public IReadOnlyList<QueuedRequest> Queue => Read(() => (IReadOnlyList<QueuedRequest>)[.. _queue]);

    /// <summary>Position in the talker's queue while 'O: queued' (1-based), or null.</summary>
    public int? QueuePosition => Read(() => _queuePosition);

    /// <summary>Cause of the last Floor Deny received, or null.</summary>
    public FloorCause? LastCause => Read(() => _lastCause);

    /// <summary>True while a grant for a queued request waits for <see cref="AcceptQueuedGrant"/> (T233 running).</summary>
    public bool GrantAwaitingAcceptance => Read(() => _t233.IsRunning);

    /// <summary>
    /// The call starts. The originator of a group call talks first ('O: has permission', announced with Floor Taken); other
    /// members of a group call wait in 'O: silence' (T230); the receiver of a private or broadcast call starts in
    /// 'O: has no permission' (T203) with the originator as talker.
    /// </summary>
    /// <param name="originator">The MCPTT ID of the client that set the call up.</param>
    /// <param name="priority">The priority this client's requests carry (its call type and floor priority).</param>
    /// <param name="privateCall">A private call: in silence, this client answers the other's request itself.</param>
    public void Start(string originator, FloorPriority priority, bool privateCall = false)
    {
        lock (_gate)
        {
            if (_state != OffNetworkState.StartStop)
            {
                return;
            }

            _priority = priority;
            _privateCall = privateCall;
            if (originator == Self)
            {
                TakeFloor("call originated: talking first");
            }
            else if (privateCall)
            {
                _talker = originator;
                _t203.Start(_timers.T203);
                ChangeState(OffNetworkState.HasNoPermission, $"call from {originator}");
            }
            else
            {
                _t230.Start(_timers.T230);
                ChangeState(OffNetworkState.Silence, $"group call of {originator} joined");
            }
        }
    }

    /// <summary>
    /// The priority this client's requests carry from now on, e.g. its user started an emergency in the call (TS 24.379
    /// §10.2.3: the call type, and the ProSe per-packet priority with it, is upgraded); a talker keeps arbitrating with it.
    /// </summary>
    public void ChangePriority(FloorPriority priority)
    {
        lock (_gate)
        {
            _priority = priority;
        }
    }

    /// <summary>The call is released: every timer stops, back to 'Start-stop'.</summary>
    public void Stop()
    {
        lock (_gate)
        {
            if (_state != OffNetworkState.StartStop)
            {
                StopAllTimers();
                _queue.Clear();
                _talker = null;
                _grantee = null;
                _queuePosition = null;
                ChangeState(OffNetworkState.StartStop, "call released");
            }
        }
    }

    private void TakeFloor(string reason)
    {
        StopAllTimers();
        _talker = Self;
        _queuePosition = null;
        _output.Send(new OffNetworkFloorMessage(OffNetworkMessageKind.Taken, Self, Priority: _priority));
        _t206.Start(_timers.T206);
        ChangeState(OffNetworkState.HasPermission, reason);
    }

    private void EnterSilence(string reason)
    {
        StopAllTimers();
        _talker = null;
        _grantee = null;
        _queuePosition = null;
        _t230.Start(_timers.T230);
        ChangeState(OffNetworkState.Silence, reason);
    }

    private void FollowTalker(string talker, string reason)
    {
        StopAllTimers();
        _talker = talker;
        _grantee = null;
        _t203.Start(_timers.T203);
        ChangeState(OffNetworkState.HasNoPermission, reason);
    }

    private void ChangeState(OffNetworkState to, string reason)
    {
        var from = _state;
        _state = to;
        _output.StateChanged(from, to, reason);
    }

    private void StopAllTimers()
    {
        _t201.Stop();
        _t203.Stop();
        _t205.Stop();
        _t206.Stop();
        _t207.Stop();
        _t230.Stop();
        _t233.Stop();
    }

    private T Read<T>(Func<T> read)
    {
        lock (_gate)
        {
            return read();
        }
    }
}

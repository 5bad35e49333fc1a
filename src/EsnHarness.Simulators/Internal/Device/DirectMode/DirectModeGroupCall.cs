using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.FloorControl;
using FloorPriorityLevel = EsnHarness.Simulators.FloorControl.FloorPriorityLevel;
using EsnHarness.Simulators.FloorControl.Internal;
using EsnHarness.Simulators.FloorControl.OffNetwork;

namespace EsnHarness.Simulators.Internal.Device.DirectMode;

/// <summary>
/// Off-network group call control of one terminal on one group (TS 24.379 §10.2): PTT with no call known sends GROUP
/// CALL PROBE (TFG3 resends) and waits TFG1 for a GROUP CALL ANNOUNCEMENT; an announcement joins the call, silence
/// establishes a new one (announced, the caller talking first). In a call it answers probes with an announcement and
/// announces again every TFG2, so terminals coming into range join; an announcement of a higher call type upgrades the
/// call (emergency, imminent peril: TS 24.379 §10.2.3). Everything runs under the terminal's lock.
/// </summary>
/// <remarks>Simplified: no confirm mode (S4/S5: members join without accepting), no TFG4-TFG6 or the emergency end
/// messages; two calls announced at once on one group merge into the one with the lower call ID.</remarks>
internal sealed class DirectModeGroupCall
{
    private readonly DirectModeContext _context;
    private readonly string _groupId;
    private readonly Func<bool> _queueing;
    private readonly Action<DirectModeCall, OffNetworkState>? _observer;
    private readonly FloorTimer _tfg1;
    private readonly FloorTimer _tfg3;
    private readonly FloorTimer _tfg2;
    private DirectModeCall? _call;
    private bool _probing;
    private bool _pressPending;
    private CallType _wanted = CallType.PrearrangedGroup;
    private string _left = "";

    public DirectModeGroupCall(DirectModeContext context, string groupId, Func<bool> queueing, Action<DirectModeCall, OffNetworkState>? observer)
    {
        _context = context;
        _groupId = groupId;
        _queueing = queueing;
        _observer = observer;
        _tfg1 = new FloorTimer(context.Time, context.Gate, OnProbeWaitOver);
        _tfg3 = new FloorTimer(context.Time, context.Gate, OnProbeRetransmit);
        _tfg2 = new FloorTimer(context.Time, context.Gate, OnReannounce);
    }

    public string GroupId => _groupId;

    /// <summary>The call this terminal is in on the group, or null.</summary>
    public DirectModeCall? Call => Current();

    /// <summary>PTT pressed on the group (an emergency or imminent-peril <paramref name="type"/> upgrades the call).</summary>
    public void Press(CallType type = CallType.PrearrangedGroup)
    {
        if (Current() is { } call)
        {
            if (Rank(type) > Rank(call.Type))
            {
                Upgrade(call, type);
            }

            call.Participant!.PttPressed();
            return;
        }

        _pressPending = true;
        _wanted = Rank(type) > Rank(_wanted) ? type : _wanted;
        if (!_probing)
        {
            _probing = true;
            Probe();
            _tfg3.Start(_context.Options.ProbeRetransmit);
            _tfg1.Start(_context.Options.ProbeWait);
        }
    }

    public void Release()
    {
        _pressPending = false;
        Current()?.Participant!.PttReleased();
    }

    /// <summary>Looks for a call on the group without asking for the floor (entering direct mode: join what runs).</summary>
    public void Listen() => Probe();

    /// <summary>The user leaves the call: it ends for them and its announcements are ignored from now on.</summary>
    public void Leave(CallCause cause)
    {
        _tfg1.Stop();
        _tfg3.Stop();
        _tfg2.Stop();
        _probing = false;
        _pressPending = false;
        if (_call is { } call)
        {
            _left = call.CallId;
            _call = null;
            call.EndCause = cause;
            call.Participant?.Stop();
        }
    }

    public void OnSignal(GroupCallSignal signal, DateTimeOffset arrival)
    {
        var call = Current();
        if (signal.Kind == GroupCallSignalKind.Probe)
        {
            if (call is not null)
            {
                Announce(call);
            }

            return;
        }

        if (signal.CallId == _left)
        {
            return;
        }

        if (call is null)
        {
            Join(signal, arrival);
        }
        else if (call.CallId == signal.CallId && Rank(signal.Type) > Rank(call.Type))
        {
            call.Type = signal.Type;
            _context.EmitCall(CallEventKind.Upgraded, call.Info(_context.Self), arrival: arrival);
        }
        else if (call.CallId != signal.CallId && string.CompareOrdinal(signal.CallId, call.CallId) < 0)
        {
            Leave(CallCause.NormalRelease);
            _left = "";
            Join(signal, arrival);
        }
    }

    private DirectModeCall? Current()
    {
        if (_call is { Participant.State: OffNetworkState.StartStop })
        {
            // T230: no floor activity, the call is over (its end was reported by the floor output).
            _tfg2.Stop();
            _call = null;
        }

        return _call;
    }

    private void Join(GroupCallSignal signal, DateTimeOffset arrival)
    {
        _tfg1.Stop();
        _tfg3.Stop();
        _probing = false;
        var call = new DirectModeCall(signal.CallId, _groupId, "", signal.Type, signal.Originator, signal.StartedAt);
        Begin(call, signal.Originator, arrival);
        if (_pressPending)
        {
            _pressPending = false;
            if (Rank(_wanted) > Rank(call.Type))
            {
                Upgrade(call, _wanted);
            }

            call.Participant!.PttPressed();
        }
    }

    private void OnProbeRetransmit()
    {
        if (_probing)
        {
            Probe();
            _tfg3.Start(_context.Options.ProbeRetransmit);
        }
    }

    /// <summary>TFG1: nobody announced a call: this terminal establishes one, announces it and talks first.</summary>
    private void OnProbeWaitOver()
    {
        _tfg3.Stop();
        _probing = false;
        if (!_pressPending || _call is not null)
        {
            return;
        }

        _pressPending = false;
        var call = new DirectModeCall(_context.NewCallId(), _groupId, "", _wanted, _context.Self, _context.Time.GetUtcNow());
        _wanted = CallType.PrearrangedGroup;
        Announce(call);
        Begin(call, _context.Self, arrival: null);
    }

    private void OnReannounce()
    {
        if (Current() is { } call)
        {
            Announce(call);
            _tfg2.Start(_context.Options.Reannounce);
        }
    }

    private void Begin(DirectModeCall call, string originator, DateTimeOffset? arrival)
    {
        _call = call;
        // The group's configuration when the call starts decides whether the talker queues requests.
        var timers = _queueing() ? _context.Options.FloorTimers : _context.Options.FloorTimers with { MaxQueueLength = 0 };
        call.Participant = new OffNetworkFloorParticipant(_context.Self, timers, _context.Time, new DirectModeFloorOutput(_context, call, _observer), _context.Defects);
        _context.EmitCall(CallEventKind.Connected, call.Info(_context.Self), arrival: arrival);
        call.Participant.Start(originator, PriorityOf(call.Originator == _context.Self ? call.Type : CallType.PrearrangedGroup));
        _tfg2.Start(_context.Options.Reannounce);
    }

    /// <summary>This user starts an emergency (or imminent peril) in the call: announced with the new type, and their
    /// requests carry its priority from now on.</summary>
    private void Upgrade(DirectModeCall call, CallType type)
    {
        call.Type = type;
        Announce(call);
        call.Participant!.ChangePriority(PriorityOf(type));
        _context.EmitCall(CallEventKind.Upgraded, call.Info(_context.Self));
    }

    private FloorPriority PriorityOf(CallType type)
    {
        var level = type switch
        {
            CallType.EmergencyGroup => FloorPriorityLevel.Emergency,
            CallType.ImminentPerilGroup => FloorPriorityLevel.ImminentPeril,
            _ => FloorPriorityLevel.Normal,
        };
        if (level != FloorPriorityLevel.Normal && _context.Defects.Has(DirectModeDefects.EmergencyNotPreempting))
        {
            _context.DefectApplied(DirectModeDefects.EmergencyNotPreempting, $"{type} call on {_groupId} asks for the floor at normal priority");
            level = FloorPriorityLevel.Normal;
        }

        return new FloorPriority(level, 0);
    }

    private void Probe() =>
        _context.Send(new GroupCallSignal(_context.Self, GroupCallSignalKind.Probe, _groupId, "", CallType.Unspecified, _context.Self, _context.Time.GetUtcNow()));

    private void Announce(DirectModeCall call)
    {
        if (_context.Defects.Has(DirectModeDefects.CallNotAnnounced))
        {
            _context.DefectApplied(DirectModeDefects.CallNotAnnounced, $"no GROUP CALL ANNOUNCEMENT of {call.CallId} on {_groupId}");
            return;
        }

        _context.Send(new GroupCallSignal(_context.Self, GroupCallSignalKind.Announcement, _groupId, call.CallId, call.Type, call.Originator, call.StartedAt));
    }

    private static int Rank(CallType type) => type switch
    {
        CallType.EmergencyGroup => 2,
        CallType.ImminentPerilGroup => 1,
        _ => 0,
    };
}

using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.FloorControl;
using FloorPriorityLevel = EsnHarness.Simulators.FloorControl.FloorPriorityLevel;
using EsnHarness.Simulators.FloorControl.Internal;
using EsnHarness.Simulators.FloorControl.OffNetwork;

namespace EsnHarness.Simulators.Internal.Device.DirectMode;

/// <summary>
/// One off-network private call at one of its two terminals (TS 24.379 §11.2): the caller sends PRIVATE CALL SETUP
/// REQUEST (resent every TFP1, CFP1 times, before the called user is taken to be out of reach); the called terminal
/// answers at once (automatic commencement) or rings (RINGING) until its user accepts or rejects; ACCEPT, ACCEPT ACK and
/// the call runs with off-network floor control (always, TS 23.379 §10.7.1), the caller talking first; either ends it
/// with RELEASE. Runs under the terminal's lock.
/// </summary>
internal sealed class DirectModePrivateCall
{
    private readonly DirectModeContext _context;
    private readonly DirectModeCall _call;
    private readonly bool _caller;
    private readonly CommencementMode _commencement;
    private readonly Action<DirectModeCall, OffNetworkState>? _observer;
    private readonly Action<DirectModePrivateCall> _over;
    private readonly FloorTimer _tfp1;
    private readonly FloorTimer _ringing;
    private int _attempts;
    private PrivateCallSignalKind? _answer;

    public DirectModePrivateCall(DirectModeContext context, DirectModeCall call, bool caller, CommencementMode commencement,
        Action<DirectModeCall, OffNetworkState>? observer, Action<DirectModePrivateCall> over)
    {
        (_context, _call, _caller, _commencement, _observer, _over) = (context, call, caller, commencement, observer, over);
        _tfp1 = new FloorTimer(context.Time, context.Gate, OnRetransmit);
        _ringing = new FloorTimer(context.Time, context.Gate, OnNoAnswer);
    }

    public DirectModeCall Call => _call;

    /// <summary>True once the call is over for this terminal (its participant stopped, or it never got through).</summary>
    public bool Over => _answer == PrivateCallSignalKind.Release || _call.Participant?.State == OffNetworkState.StartStop;

    /// <summary>The caller dials: SETUP REQUEST, TFP1.</summary>
    public void Dial()
    {
        _attempts = 1;
        Signal(PrivateCallSignalKind.SetupRequest);
        _tfp1.Start(_context.Options.PrivateCallRetransmit);
    }

    /// <summary>The called terminal got the SETUP REQUEST: answers at once, or rings its user.</summary>
    public void Offered(DateTimeOffset arrival)
    {
        if (_commencement == CommencementMode.Automatic)
        {
            Accept(arrival);
            return;
        }

        _answer = PrivateCallSignalKind.Ringing;
        Signal(PrivateCallSignalKind.Ringing);
        _context.EmitCall(CallEventKind.Incoming, _call.Info(_context.Self, CallState.SettingUp), arrival: arrival);
    }

    /// <summary>The called user answers a ringing call.</summary>
    public void Answer(bool accept)
    {
        if (_caller || _answer != PrivateCallSignalKind.Ringing)
        {
            return;
        }

        if (accept)
        {
            Accept(arrival: null);
            return;
        }

        Signal(PrivateCallSignalKind.Reject);
        Finish(CallEventKind.Ended, CallCause.RejectedByUser);
    }

    /// <summary>The user ends the call (or cancels it while it rings).</summary>
    public void HangUp()
    {
        Signal(PrivateCallSignalKind.Release);
        End(CallCause.NormalRelease);
    }

    public void OnSignal(PrivateCallSignal signal, DateTimeOffset arrival)
    {
        switch (signal.Kind)
        {
            case PrivateCallSignalKind.SetupRequest when !_caller && _answer is { } answer:
                Signal(answer); // a retransmission: its answer was lost
                break;
            case PrivateCallSignalKind.Ringing when _caller && _call.Participant is null:
                _tfp1.Stop();
                _ringing.Start(_context.Options.PrivateCallRinging);
                break;
            case PrivateCallSignalKind.Accept when _caller:
                _tfp1.Stop();
                _ringing.Stop();
                Signal(PrivateCallSignalKind.AcceptAck);
                if (_call.Participant is null)
                {
                    Establish(_context.Self, arrival);
                }

                break;
            case PrivateCallSignalKind.Reject when _caller && _call.Participant is null:
                Finish(CallEventKind.Rejected, CallCause.RejectedByUser, arrival);
                break;
            case PrivateCallSignalKind.Release:
                Signal(PrivateCallSignalKind.ReleaseAck);
                End(CallCause.NormalRelease);
                break;
        }
    }

    private void Accept(DateTimeOffset? arrival)
    {
        _answer = PrivateCallSignalKind.Accept;
        Signal(PrivateCallSignalKind.Accept);
        Establish(_call.Originator, arrival);
    }

    private void Establish(string originator, DateTimeOffset? arrival)
    {
        _call.Participant = new OffNetworkFloorParticipant(_context.Self, _context.Options.FloorTimers, _context.Time,
            new DirectModeFloorOutput(_context, _call, _observer), _context.Defects);
        _context.EmitCall(CallEventKind.Connected, _call.Info(_context.Self), arrival: arrival);
        _call.Participant.Start(originator, PriorityOf(originator == _context.Self ? _call.Type : CallType.Private), privateCall: true);
    }

    private void OnRetransmit()
    {
        if (_attempts >= _context.Options.PrivateCallAttempts)
        {
            Finish(CallEventKind.Rejected, CallCause.UserNotReachable);
            return;
        }

        _attempts++;
        Signal(PrivateCallSignalKind.SetupRequest);
        _tfp1.Start(_context.Options.PrivateCallRetransmit);
    }

    private void OnNoAnswer()
    {
        Signal(PrivateCallSignalKind.Release);
        Finish(CallEventKind.Rejected, CallCause.NoAnswer);
    }

    private void End(CallCause cause)
    {
        _tfp1.Stop();
        _ringing.Stop();
        _answer = PrivateCallSignalKind.Release;
        if (_call.Participant is { } participant)
        {
            _call.EndCause = cause;
            participant.Stop(); // the floor output reports the end
        }
        else
        {
            _context.EmitCall(CallEventKind.Ended, _call.Info(_context.Self, CallState.Ended), cause);
        }

        _over(this);
    }

    private void Finish(CallEventKind kind, CallCause cause, DateTimeOffset? arrival = null)
    {
        _tfp1.Stop();
        _ringing.Stop();
        _answer = PrivateCallSignalKind.Release;
        _call.EndCause = cause;
        _context.EmitCall(kind, _call.Info(_context.Self, CallState.Ended), cause, arrival);
        _over(this);
    }

    private FloorPriority PriorityOf(CallType type)
    {
        if (type != CallType.EmergencyPrivate)
        {
            return FloorPriority.Normal;
        }

        if (_context.Defects.Has(DirectModeDefects.EmergencyNotPreempting))
        {
            _context.DefectApplied(DirectModeDefects.EmergencyNotPreempting, "emergency private call asks for the floor at normal priority");
            return FloorPriority.Normal;
        }

        return new FloorPriority(FloorPriorityLevel.Emergency, 0);
    }

    private void Signal(PrivateCallSignalKind kind) =>
        _context.Send(new PrivateCallSignal(_context.Self, kind, _call.Peer, _call.CallId, _call.Type, _commencement));
}

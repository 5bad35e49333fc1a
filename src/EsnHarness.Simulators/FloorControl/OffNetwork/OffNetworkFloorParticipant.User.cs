using EsnHarness.Simulators.Defects;

namespace EsnHarness.Simulators.FloorControl.OffNetwork;

/// <summary>The user's side: pressing and releasing PTT, accepting a queued grant, speaking (TS 24.380 §7.2, C.2).</summary>
public sealed partial class OffNetworkFloorParticipant
{
    /// <summary>
    /// PTT pressed. In 'O: silence' or 'O: has no permission': Floor Request, T201 with C201 = 1, 'O: pending request'.
    /// In 'O: queued' with a grant waiting: the press accepts it. Ignored otherwise.
    /// </summary>
    public void PttPressed()
    {
        lock (_gate)
        {
            switch (_state)
            {
                case OffNetworkState.Queued when _t233.IsRunning:
                    TakeFloor("PTT pressed: queued grant accepted");
                    break;
                case OffNetworkState.Silence or OffNetworkState.HasNoPermission when _defects.Has(DirectModeDefects.FloorSelfGrant):
                    TakeFloor("PTT pressed: floor taken without asking");
                    break;
                case OffNetworkState.Silence or OffNetworkState.HasNoPermission:
                    _t230.Stop();
                    _c201 = 1;
                    _output.Send(new OffNetworkFloorMessage(OffNetworkMessageKind.Request, Self, Priority: _priority));
                    _t201.Start(_timers.T201);
                    ChangeState(OffNetworkState.PendingRequest, "PTT pressed: Floor Request sent");
                    break;
            }
        }
    }

    /// <summary>Accepts a grant that arrived while queued (same as pressing PTT then).</summary>
    public void AcceptQueuedGrant() => PttPressed();

    /// <summary>
    /// PTT released. Talking: the floor goes to the head of the queue (Floor Granted with the rest of the queue, T205,
    /// 'O: pending granted'), or is released (Floor Release, 'O: silence'). Requesting or queued: the request is withdrawn
    /// (Floor Release, back to silence or to following the talker).
    /// </summary>
    public void PttReleased()
    {
        lock (_gate)
        {
            switch (_state)
            {
                case OffNetworkState.HasPermission:
                    HandOverOrRelease("PTT released");
                    break;
                case OffNetworkState.PendingRequest:
                    _output.Send(new OffNetworkFloorMessage(OffNetworkMessageKind.Release, Self));
                    EnterSilence("PTT released: request withdrawn");
                    break;
                case OffNetworkState.Queued:
                    _output.Send(new OffNetworkFloorMessage(OffNetworkMessageKind.Release, Self));
                    if (_talker is { } talker)
                    {
                        FollowTalker(talker, "PTT released: queued request withdrawn");
                    }
                    else
                    {
                        EnterSilence("PTT released: queued request withdrawn");
                    }

                    break;
            }
        }
    }

    private void HandOverOrRelease(string reason)
    {
        _t206.Stop();
        _t207.Stop();
        if (_queue.Count > 0 && !_defects.Has(DirectModeDefects.QueueNotHandedOn))
        {
            GrantHeadOfQueue(reason);
            return;
        }

        _output.Send(new OffNetworkFloorMessage(OffNetworkMessageKind.Release, Self));
        EnterSilence($"{reason}: floor released");
    }

    private void GrantHeadOfQueue(string reason)
    {
        var next = _queue[0];
        _queue.RemoveAt(0);
        GrantTo(next, reason);
    }

    private void GrantTo(QueuedRequest grantee, string reason)
    {
        StopAllTimers();
        _grantee = grantee.Participant;
        _talker = null;
        _c205 = 1;
        SendGranted();
        _t205.Start(_timers.T205);
        ChangeState(OffNetworkState.PendingGranted, $"{reason}: floor granted to {grantee.Participant}");
    }

    private void SendGranted()
    {
        _output.Send(new OffNetworkFloorMessage(OffNetworkMessageKind.Granted, Self, _grantee, Queue: [.. _queue]));
    }
}

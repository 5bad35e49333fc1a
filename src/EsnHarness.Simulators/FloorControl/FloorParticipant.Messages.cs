namespace EsnHarness.Simulators.FloorControl;

public sealed partial class FloorParticipant
{
    /// <summary>
    /// Floor Granted. 'U: pending Request': T101 stopped, 'U: has permission'. 'U: queued'
    ///: T132 started for the user to accept; the state stays 'U: queued' until
    /// <see cref="AcceptQueuedGrant"/> or T132 expiry. 'U: has permission': a repeat (T20), the limit is updated.
    /// </summary>
    public void OnGranted(TimeSpan durationLimit)
    {
        lock (_gate)
        {
            switch (_state)
            {
                case ParticipantState.PendingRequest:
                    _t101.Stop();
                    _t103.Stop();
                    _durationLimit = durationLimit;
                    _talker = null;
                    ChangeState(ParticipantState.HasPermission, "Floor Granted");
                    break;
                case ParticipantState.Queued when !_t132.IsRunning:
                    _durationLimit = durationLimit;
                    _t132.Start(_timers.T132);
                    break;
                case ParticipantState.HasPermission:
                    _durationLimit = durationLimit;
                    break;
            }
        }
    }

    /// <summary>
    /// Floor Deny in 'U: pending Request' or 'U: queued': 'U: has no permission',
    /// the cause kept in <see cref="LastCause"/>.
    /// </summary>
    public void OnDeny(FloorCause cause)
    {
        lock (_gate)
        {
            if (_state is ParticipantState.PendingRequest or ParticipantState.Queued)
            {
                _t101.Stop();
                _t132.Stop();
                _queuePosition = null;
                _lastCause = cause;
                ChangeState(ParticipantState.HasNoPermission, $"Floor Deny, cause {(int)cause} {cause}");
            }
        }
    }

    /// <summary>
    /// Floor Taken: T103 restarted (someone talks). 'U: pending Release': T100 stopped,
    /// 'U: has no permission'. Other states keep their state.
    /// </summary>
    public void OnTaken(string talker)
    {
        lock (_gate)
        {
            if (_state is ParticipantState.StartStop or ParticipantState.Releasing or ParticipantState.HasPermission)
            {
                return;
            }

            _talker = talker;
            _t103.Start(_timers.T103);
            if (_state == ParticipantState.PendingRelease)
            {
                _t100.Stop();
                ChangeState(ParticipantState.HasNoPermission, $"Floor Taken by {talker}");
            }
        }
    }

    /// <summary>
    /// Floor Idle: T103 stopped. 'U: pending Release' and 'U: queued':
    /// 'U: has no permission'. Other states keep their state.
    /// </summary>
    public void OnIdle()
    {
        lock (_gate)
        {
            if (_state is ParticipantState.StartStop or ParticipantState.Releasing or ParticipantState.HasPermission)
            {
                return;
            }

            _talker = null;
            _t103.Stop();
            if (_state is ParticipantState.PendingRelease or ParticipantState.Queued)
            {
                _t100.Stop();
                _t132.Stop();
                _queuePosition = null;
                ChangeState(ParticipantState.HasNoPermission, "Floor Idle");
            }
        }
    }

    /// <summary>
    /// Floor Revoke in 'U: has permission', 'U: pending Request' or 'U: queued':
    /// Floor Release sent, T100 started, 'U: pending Release'; the cause kept in <see cref="LastCause"/>.
    /// </summary>
    public void OnRevoke(FloorCause cause)
    {
        lock (_gate)
        {
            if (_state is ParticipantState.HasPermission or ParticipantState.PendingRequest or ParticipantState.Queued)
            {
                _lastCause = cause;
                SendRelease($"Floor Revoke, cause {(int)cause} {cause}: Floor Release sent");
            }
        }
    }

    /// <summary>
    /// Floor Queue Position Info. 'U: pending Request': T101 stopped, 'U: queued'.
    /// 'U: queued': the position is updated.
    /// </summary>
    public void OnQueuePositionInfo(int position)
    {
        lock (_gate)
        {
            if (_state == ParticipantState.PendingRequest)
            {
                _t101.Stop();
                _queuePosition = position;
                ChangeState(ParticipantState.Queued, $"Floor Request queued at position {position}");
            }
            else if (_state == ParticipantState.Queued)
            {
                _queuePosition = position;
            }
        }
    }

    /// <summary>
    /// RTP media from the talker: T103 restarted. 'U: pending Release': T100 stopped,
    /// 'U: has no permission'.
    /// </summary>
    public void OnMediaReceived()
    {
        lock (_gate)
        {
            if (_state is ParticipantState.StartStop or ParticipantState.Releasing or ParticipantState.HasPermission)
            {
                return;
            }

            _t103.Start(_timers.T103);
            if (_state == ParticipantState.PendingRelease)
            {
                _t100.Stop();
                ChangeState(ParticipantState.HasNoPermission, "media from another talker received");
            }
        }
    }

    /// <summary>T101: Floor Request again, C101 times in all, then 'U: has no permission'.</summary>
    private void OnT101Expired()
    {
        if (_state != ParticipantState.PendingRequest)
        {
            return;
        }

        if (_c101 < _timers.C101)
        {
            _c101++;
            _output.SendFloorRequest(_priority);
            _t101.Start(_timers.T101);
            return;
        }

        ChangeState(ParticipantState.HasNoPermission, $"no answer to Floor Request after {_timers.C101} attempts (T101/C101)");
    }

    /// <summary>T100: Floor Release again, C100 times in all, then 'U: has no permission'.</summary>
    private void OnT100Expired()
    {
        if (_state != ParticipantState.PendingRelease)
        {
            return;
        }

        if (_c100 < _timers.C100)
        {
            _c100++;
            _output.SendFloorRelease();
            _t100.Start(_timers.T100);
            return;
        }

        ChangeState(ParticipantState.HasNoPermission, $"no answer to Floor Release after {_timers.C100} attempts (T100/C100)");
    }

    /// <summary>T103 end of received media: the talker is forgotten; the state is kept.</summary>
    private void OnT103Expired() => _talker = null;

    /// <summary>T132: the user did not accept the queued grant: Floor Release, 'U: has no permission'.</summary>
    private void OnT132Expired()
    {
        if (_state != ParticipantState.Queued)
        {
            return;
        }

        _queuePosition = null;
        _durationLimit = null;
        _output.SendFloorRelease();
        ChangeState(ParticipantState.HasNoPermission, "queued grant not accepted within T132: Floor Release sent");
    }
}

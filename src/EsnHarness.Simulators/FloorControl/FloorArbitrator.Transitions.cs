using EsnHarness.Simulators.Defects;

namespace EsnHarness.Simulators.FloorControl;

public sealed partial class FloorArbitrator
{
    /// <summary>
    /// Enter 'G: Floor Taken' (§6.3.4.4.2): Floor Granted with the full talk time (T2) to the winner, C20 reset
    /// and T20 started (assumption: for every grant, not only a queued one, as the NIST model does), Floor Taken
    /// to everyone else, T1 started, T4 and T7 stopped. T2 starts with the talker's first media (§6.3.4.4.5).
    /// </summary>
    private void EnterTaken(string participant, FloorPriority priority, string reason)
    {
        _t4.Stop();
        _t7.Stop();
        _talker = participant;
        _talkerPriority = priority;
        _t1.Start(_options.Timers.T1);
        ChangeState(ArbitratorState.FloorTaken, reason);
        _output.Granted(participant, TalkTime);
        _c20 = 1;
        _t20.Start(_options.Timers.T20);
        foreach (var member in _memberOrder)
        {
            if (member != participant)
            {
                _output.Taken(member, participant);
            }
        }
    }

    /// <summary>
    /// Enter 'G: Floor Idle' (§6.3.4.3.2): the head of the queue, if any, is granted straight away
    /// (§6.3.4.4.6); otherwise Floor Idle to all, C7 reset, T7 and T4 started.
    /// </summary>
    private void EnterIdle(string reason)
    {
        _talker = null;
        if (_queue.TryDequeue(out var next, out var priority))
        {
            EnterTaken(next, priority, $"{reason}; granted to queued {next}");
            return;
        }

        ChangeState(ArbitratorState.FloorIdle, reason);
        SendIdleToAll();
        _c7 = 1;
        _t7.Start(_options.Timers.T7);
        _t4.Start(_options.Timers.T4);
    }

    /// <summary>Enter 'G: pending Floor Revoke' (§6.3.4.5.2): Floor Revoke to the talker and T3 started; T1, T2 and T20 were stopped on the way in (§6.3.4.4.4, §6.3.4.4.7).</summary>
    private void EnterPendingRevoke(FloorCause cause, string reason)
    {
        ChangeState(ArbitratorState.PendingFloorRevoke, reason);
        _output.Revoke(_talker!, cause);
        if (_options.Timers.T3 > TimeSpan.Zero && !_options.AudioCutIn)
        {
            _t3.Start(_options.Timers.T3);
        }
    }

    /// <summary>T1 end of media (§6.3.4.4.3, §6.3.4.5.6): the talker is treated as having released.</summary>
    private void OnT1Expired()
    {
        if (_state is ArbitratorState.FloorTaken or ArbitratorState.PendingFloorRevoke)
        {
            StopTalkTimers();
            EnterIdle($"T1 expired: no media from {_talker}");
        }
    }

    /// <summary>T2 stop talking (§6.3.4.4.4): Floor Revoke cause 2 and 'G: pending Floor Revoke'. With
    /// <see cref="McxDefects.TalkTimeNotEnforced"/> the expiry is ignored (consulted only here, where the defect changes
    /// something, so only scenarios whose talker outlasts the talk time reach it).</summary>
    private void OnT2Expired()
    {
        if (_state == ArbitratorState.FloorTaken && !Has(McxDefects.TalkTimeNotEnforced))
        {
            StopTalkTimers();
            EnterPendingRevoke(FloorCause.InternalErrorOrTalkTimeExceeded, $"T2 expired: talk time of {_talker} exceeded");
            if (_options.Timers.T3 == TimeSpan.Zero)
            {
                StopTalkTimers();
                EnterIdle("T3 is zero: floor taken back at once");
            }
        }
    }

    /// <summary>T3 stop talking grace (§6.3.4.5.5): the floor is taken back from the revoked talker.</summary>
    private void OnT3Expired()
    {
        if (_state == ArbitratorState.PendingFloorRevoke)
        {
            StopTalkTimers();
            EnterIdle($"T3 expired: floor taken back from {_talker}");
        }
    }

    /// <summary>T4 inactivity (§6.3.4.3.5): the call layer is told; it decides whether to release the call.</summary>
    private void OnT4Expired()
    {
        if (_state == ArbitratorState.FloorIdle)
        {
            _output.CallInactive();
        }
    }

    /// <summary>T7 Floor Idle (§6.3.4.3.4): Floor Idle again to all, C7 times in all.</summary>
    private void OnT7Expired()
    {
        if (_state == ArbitratorState.FloorIdle && _c7 < _options.Timers.C7)
        {
            _c7++;
            SendIdleToAll();
            _t7.Start(_options.Timers.T7);
        }
    }

    /// <summary>T20 Floor Granted (§6.3.4.4.9/10): Floor Granted again with the talk time left, C20 times in all.</summary>
    private void OnT20Expired()
    {
        if (_state == ArbitratorState.FloorTaken && _talker is not null && _c20 < _options.Timers.C20)
        {
            _c20++;
            _output.Granted(_talker, TalkTimeLeft);
            _t20.Start(_options.Timers.T20);
        }
    }

    private void SendIdleToAll()
    {
        foreach (var member in _memberOrder)
        {
            _output.Idle(member);
        }
    }

    /// <summary>What Floor Granted carries: the talk time left, all of T2 while it has not started.</summary>
    private TimeSpan TalkTimeLeft => _t2.IsRunning ? _t2.Remaining : TalkTime;

    /// <summary>T2 for the talker now: the emergency talk time for a talker granted at the emergency level, where configured.</summary>
    private TimeSpan TalkTime =>
        _talkerPriority.Level == FloorPriorityLevel.Emergency && _options.EmergencyTalkTime is { } emergency ? emergency : _options.Timers.T2;

    private void StopTalkTimers()
    {
        _t1.Stop();
        _t2.Stop();
        _t3.Stop();
        _t20.Stop();
    }

    private void StopAllTimers()
    {
        StopTalkTimers();
        _t4.Stop();
        _t7.Stop();
    }
}

using EsnHarness.Simulators.Defects;

namespace EsnHarness.Simulators.FloorControl;

public sealed partial class FloorArbitrator
{
    /// <summary>
    /// Floor Request from <paramref name="participant"/>.
    /// 'G: Floor Idle' (§6.3.4.3.3, receive Floor Request): granted, unless the participant is the only one in the call (Deny cause 3,
    /// Table 8.2.6.2-1) or may only receive in a broadcast group call (Deny cause 5).
    /// 'G: Floor Taken': from the talker, Floor Granted again with the talk time left (§6.3.4.4.8); with a higher priority than the
    /// talker's (or any request in an audio cut-in group), pre-emption (§6.3.4.4.7): Floor Revoke cause 4 to the
    /// talker and the requester is granted when the talker releases or T3 expires; otherwise queued with Queue Position Info
    /// when queueing is on (Deny cause 7 when the queue is full), else Deny cause 1.
    /// 'G: pending Floor Revoke' (§6.3.4.5): queued the same way; the revoked talker is ignored.
    /// </summary>
    /// <exception cref="ArgumentException">The participant is not in the call.</exception>
    public void FloorRequest(string participant, FloorPriority priority)
    {
        lock (_gate)
        {
            RequireMember(participant);
            if (!IsRunning)
            {
                return;
            }

            if (_options.BroadcastInitiator is { } initiator && participant != initiator)
            {
                _output.Deny(participant, FloorCause.ReceiveOnly);
                return;
            }

            switch (_state)
            {
                case ArbitratorState.FloorIdle:
                    RequestWhileIdle(participant, priority);
                    break;
                case ArbitratorState.FloorTaken:
                    RequestWhileTaken(participant, priority);
                    break;
                default:
                    RequestWhileRevoking(participant, priority);
                    break;
            }
        }
    }

    /// <summary>
    /// Floor Release from <paramref name="participant"/>. From the talker (§6.3.4.4.6, §6.3.4.5.4): the floor is
    /// freed; the head of the queue is granted, else Floor Idle goes to all. From a queued participant: its
    /// request is withdrawn. Anyone else who is not the talker is answered with the floor status (Floor Taken or
    /// Floor Idle) so its 'U: pending Release' ends at once (assumption).
    /// </summary>
    /// <exception cref="ArgumentException">The participant is not in the call.</exception>
    public void FloorRelease(string participant)
    {
        lock (_gate)
        {
            RequireMember(participant);
            if (!IsRunning)
            {
                return;
            }

            if (participant == _talker)
            {
                StopTalkTimers();
                EnterIdle($"Floor Release from talker {participant}");
                return;
            }

            _queue.Remove(participant);
            SendStatusTo(participant);
        }
    }

    /// <summary>
    /// RTP media from <paramref name="participant"/>. From the talker in 'G: Floor Taken' (§6.3.4.4.5): starts T2 if not
    /// running (talk time counts from the first media), restarts T1 and stops T20 (the grant arrived); in
    /// 'G: pending Floor Revoke' (§6.3.4.5.3) it only restarts T1. From anyone else: Floor Revoke cause 3, "no permission to
    /// send a media burst" (Table 8.2.10.2-1; assumption: TS 24.380 leaves media from a non-talker to the
    /// media distributor, the harness makes it visible).
    /// </summary>
    /// <exception cref="ArgumentException">The participant is not in the call.</exception>
    public void MediaReceived(string participant)
    {
        lock (_gate)
        {
            RequireMember(participant);
            if (!IsRunning)
            {
                return;
            }

            if (participant == _talker)
            {
                _t1.Start(_options.Timers.T1);
                if (_state == ArbitratorState.FloorTaken)
                {
                    _t20.Stop();
                    if (!_t2.IsRunning)
                    {
                        _t2.Start(TalkTime);
                    }
                }

                return;
            }

            _output.Revoke(participant, FloorCause.OnlyOneParticipant);
        }
    }

    private void RequestWhileIdle(string participant, FloorPriority priority)
    {
        if (_members.Count == 1)
        {
            _output.Deny(participant, FloorCause.OnlyOneParticipant);
            return;
        }

        EnterTaken(participant, priority, $"Floor Request from {participant} while idle");
    }

    private void RequestWhileTaken(string participant, FloorPriority priority)
    {
        if (participant == _talker)
        {
            _output.Granted(participant, TalkTimeLeft);
            return;
        }

        if (_options.AudioCutIn || Outranks(priority, _talkerPriority))
        {
            Preempt(participant, priority);
            return;
        }

        QueueOrDeny(participant, priority);
    }

    private void RequestWhileRevoking(string participant, FloorPriority priority)
    {
        if (participant == _talker)
        {
            return;
        }

        if (Outranks(priority, _talkerPriority))
        {
            HoldForGrant(participant, priority);
            return;
        }

        QueueOrDeny(participant, priority);
    }

    private void Preempt(string participant, FloorPriority priority)
    {
        var atOnce = _options.AudioCutIn || _options.Timers.T3 == TimeSpan.Zero;
        HoldForGrant(participant, priority, announce: !atOnce);
        var revoked = _talker!;
        StopTalkTimers();
        var cause = Has(McxDefects.WrongRevokeCause) ? FloorCause.InternalErrorOrTalkTimeExceeded : FloorCause.MediaBurstPreempted;
        EnterPendingRevoke(cause, $"pre-empted by {participant} ({priority.Level}, {priority.Priority})");
        if (atOnce)
        {
            EnterIdle($"audio cut-in: {revoked} cut off at once");
        }
    }

    /// <summary>
    /// Puts a pre-emptor in the queue, where its priority puts it first. Queue Position Info only when queueing
    /// is on and the requester actually has to wait (not when the floor is handed over at once).
    /// </summary>
    private void HoldForGrant(string participant, FloorPriority priority, bool announce = true)
    {
        var position = _queue.Enqueue(participant, priority);
        if (announce && _options.QueueingEnabled)
        {
            _output.QueuePositionInfo(participant, position);
        }
    }

    /// <summary>Whether a request pre-empts the talker: a higher call type, or a higher floor priority within the same one.</summary>
    private bool Outranks(FloorPriority request, FloorPriority talker) =>
        Has(McxDefects.FloorPriorityIgnored) ? request.Level > talker.Level : request > talker;

    private void QueueOrDeny(string participant, FloorPriority priority)
    {
        if (!_options.QueueingEnabled)
        {
            _output.Deny(participant, Has(McxDefects.WrongDenyCause) ? FloorCause.QueueFull : FloorCause.AnotherClientHasPermission);
            return;
        }

        if (_queue.PositionOf(participant) == NotQueued && _queue.Count >= _options.MaxQueueLength)
        {
            _output.Deny(participant, FloorCause.QueueFull);
            return;
        }

        _output.QueuePositionInfo(participant, _queue.Enqueue(participant, priority));
    }
}

namespace EsnHarness.Simulators.FloorControl.OffNetwork;

/// <summary>Floor messages and media received from other participants (TS 24.380 §7.2, C.2 table C.2.1-1).</summary>
public sealed partial class OffNetworkFloorParticipant
{
    /// <summary>A floor message from another participant in range; this client's own messages are ignored.</summary>
    public void Receive(OffNetworkFloorMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        lock (_gate)
        {
            if (message.From == Self || _state == OffNetworkState.StartStop)
            {
                return;
            }

            switch (message.Kind)
            {
                case OffNetworkMessageKind.Request:
                    OnRequest(message);
                    break;
                case OffNetworkMessageKind.Granted:
                    OnGranted(message);
                    break;
                case OffNetworkMessageKind.Taken:
                    OnTalking(message.From, "Floor Taken");
                    break;
                case OffNetworkMessageKind.Deny when message.To == Self && _state == OffNetworkState.PendingRequest:
                    _lastCause = message.Cause;
                    FollowTalker(message.From, $"Floor Deny (cause {(int?)message.Cause})");
                    break;
                case OffNetworkMessageKind.Release:
                    OnRelease(message.From);
                    break;
                case OffNetworkMessageKind.QueuePositionInfo when message.To == Self && _state is OffNetworkState.PendingRequest or OffNetworkState.Queued:
                    _t201.Stop();
                    _talker = message.From;
                    _queuePosition = message.QueuePosition;
                    if (_state != OffNetworkState.Queued)
                    {
                        ChangeState(OffNetworkState.Queued, $"queued at position {message.QueuePosition}");
                    }

                    break;
            }
        }
    }

    /// <summary>Voice from <paramref name="talker"/> arrived: whoever sends media talks.</summary>
    public void MediaReceived(string talker)
    {
        lock (_gate)
        {
            if (talker != Self && _state != OffNetworkState.StartStop)
            {
                OnTalking(talker, "media");
            }
        }
    }

    private void OnTalking(string talker, string what)
    {
        switch (_state)
        {
            case OffNetworkState.Silence:
            case OffNetworkState.HasNoPermission:
                FollowTalker(talker, $"{what} from {talker}");
                break;
            case OffNetworkState.PendingGranted when talker == _grantee:
                FollowTalker(talker, $"{what} from the grantee {talker}");
                break;
            case OffNetworkState.Queued:
                _talker = talker;
                break;
        }
    }

    private void OnGranted(OffNetworkFloorMessage granted)
    {
        if (granted.To == Self)
        {
            if (_state == OffNetworkState.PendingRequest)
            {
                InheritQueue(granted.Queue);
                TakeFloor($"Floor Granted by {granted.From}");
            }
            else if (_state == OffNetworkState.Queued && !_t233.IsRunning)
            {
                InheritQueue(granted.Queue);
                _t233.Start(_timers.T233);
                _output.GrantOffered();
            }

            return;
        }

        if (_state is OffNetworkState.Silence or OffNetworkState.HasNoPermission && granted.To is { } other)
        {
            FollowTalker(other, $"Floor Granted by {granted.From} to {other}");
        }
        else if (_state == OffNetworkState.Queued && granted.To is { } next)
        {
            // The floor moved on with the queue: this request's place in it is now the grantee's to arbitrate.
            _talker = next;
            var position = (granted.Queue ?? []).Select(q => q.Participant).ToList().IndexOf(Self) + 1;
            _queuePosition = position > 0 ? position : _queuePosition;
        }
    }

    private void InheritQueue(IReadOnlyList<QueuedRequest>? queue)
    {
        _queue.Clear();
        _queue.AddRange((queue ?? []).Where(q => q.Participant != Self));
    }

    private void OnRelease(string from)
    {
        if (_state == OffNetworkState.HasNoPermission && from == _talker)
        {
            EnterSilence($"Floor Release from {from}");
        }
        else if (_state == OffNetworkState.HasPermission)
        {
            _queue.RemoveAll(q => q.Participant == from);
        }
    }
}

namespace EsnHarness.Simulators.FloorControl.OffNetwork;

/// <summary>The talker as arbitrator: requests from others while it talks (TS 24.380 §7.2, C.2 'O: has permission').</summary>
public sealed partial class OffNetworkFloorParticipant
{
    private void OnRequest(OffNetworkFloorMessage request)
    {
        switch (_state)
        {
            case OffNetworkState.HasPermission:
                Arbitrate(new QueuedRequest(request.From, request.Priority));
                break;
            case OffNetworkState.Silence when _privateCall:
                // In a private call the one in silence answers the other's request itself.
                GrantTo(new QueuedRequest(request.From, request.Priority), "Floor Request in a private call");
                break;
        }
    }

    /// <summary>A higher call type, or the same type with a higher floor priority, pre-empts the talker; otherwise the
    /// request is queued (Queue Position Info), or denied with cause 1 (queueing off) or 7 (queue full).</summary>
    private void Arbitrate(QueuedRequest request)
    {
        if (request.Priority > _priority)
        {
            _queue.RemoveAll(q => q.Participant == request.Participant);
            GrantTo(request, $"pre-empted by {request.Participant}");
            return;
        }

        if (_timers.MaxQueueLength == 0)
        {
            Deny(request.Participant, FloorCause.AnotherClientHasPermission);
            return;
        }

        var index = _queue.FindIndex(q => q.Participant == request.Participant);
        if (index >= 0 && _queue[index].Priority == request.Priority)
        {
            // A retransmission (T201) of a request already queued, its answer lost: it keeps its place in the queue.
            SendQueuePosition(request.Participant, index);
            return;
        }

        if (index < 0 && _queue.Count >= _timers.MaxQueueLength)
        {
            Deny(request.Participant, FloorCause.QueueFull);
            return;
        }

        if (index >= 0)
        {
            _queue.RemoveAt(index);
        }

        var at = _queue.FindIndex(q => q.Priority < request.Priority);
        at = at < 0 ? _queue.Count : at;
        _queue.Insert(at, request);
        SendQueuePosition(request.Participant, at);
    }

    private void SendQueuePosition(string participant, int index) =>
        _output.Send(new OffNetworkFloorMessage(OffNetworkMessageKind.QueuePositionInfo, Self, participant, QueuePosition: index + 1));

    private void Deny(string participant, FloorCause cause) =>
        _output.Send(new OffNetworkFloorMessage(OffNetworkMessageKind.Deny, Self, participant, Cause: cause));
}

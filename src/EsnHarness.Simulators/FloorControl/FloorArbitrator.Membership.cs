using EsnHarness.Simulators.Defects;

namespace EsnHarness.Simulators.FloorControl;

public sealed partial class FloorArbitrator
{
    /// <summary>
    /// Late entry (§6.3.5.2 / TS 22.179 late call entry): adds <paramref name="participant"/> and tells it the
    /// floor status at once, Floor Taken with the talker or Floor Idle. A participant already in the call just
    /// gets the status again.
    /// </summary>
    public void Join(string participant)
    {
        ArgumentException.ThrowIfNullOrEmpty(participant);
        lock (_gate)
        {
            AddMember(participant);
            if (!Has(McxDefects.LateEntryNoFloorTaken))
            {
                SendStatusTo(participant);
            }
        }
    }

    /// <summary>
    /// <paramref name="participant"/> leaves the call: a talker's floor is freed as on Floor Release (the next
    /// queued request is granted), a queued request is dropped.
    /// </summary>
    public void Leave(string participant)
    {
        lock (_gate)
        {
            if (!_members.Remove(participant))
            {
                return;
            }

            _memberOrder.Remove(participant);
            _queue.Remove(participant);
            if (_talker == participant && _state is ArbitratorState.FloorTaken or ArbitratorState.PendingFloorRevoke)
            {
                StopTalkTimers();
                EnterIdle($"talker {participant} left the call");
            }
        }
    }

    private void AddMember(string participant)
    {
        ArgumentException.ThrowIfNullOrEmpty(participant);
        if (_members.Add(participant))
        {
            _memberOrder.Add(participant);
        }
    }

    private void RequireMember(string participant)
    {
        if (!_members.Contains(participant))
        {
            throw new ArgumentException($"Participant '{participant}' is not in this call; Join it first.", nameof(participant));
        }
    }

    private void SendStatusTo(string participant)
    {
        if (_talker is not null && _state is ArbitratorState.FloorTaken or ArbitratorState.PendingFloorRevoke)
        {
            if (participant != _talker)
            {
                _output.Taken(participant, _talker);
            }
        }
        else if (_state == ArbitratorState.FloorIdle)
        {
            _output.Idle(participant);
        }
    }
}

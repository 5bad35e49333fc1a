namespace EsnHarness.Simulators.FloorControl.OffNetwork;

/// <summary>Timer expiries (TS 24.380 Annex C.2). Each runs under the participant's lock.</summary>
public sealed partial class OffNetworkFloorParticipant
{
    /// <summary>T201: resend the Floor Request; after C201 unanswered requests nobody talks, so take the floor.</summary>
    private void OnT201Expired()
    {
        if (_state != OffNetworkState.PendingRequest)
        {
            return;
        }

        if (_c201 < _timers.C201)
        {
            _c201++;
            _output.Send(new OffNetworkFloorMessage(OffNetworkMessageKind.Request, Self, Priority: _priority));
            _t201.Start(_timers.T201);
            return;
        }

        TakeFloor($"no answer to {_c201} Floor Requests: Floor Taken");
    }

    /// <summary>T203: the talker's media stopped; the floor is free.</summary>
    private void OnT203Expired()
    {
        if (_state == OffNetworkState.HasNoPermission)
        {
            EnterSilence("T203: no media from the talker");
        }
    }

    /// <summary>T205: resend the Floor Granted; after C205 sends without the grantee's media, wait T233 for the user.</summary>
    private void OnT205Expired()
    {
        if (_state != OffNetworkState.PendingGranted)
        {
            return;
        }

        if (_c205 < _timers.C205)
        {
            _c205++;
            SendGranted();
            _t205.Start(_timers.T205);
            return;
        }

        // A queued grantee may still be deciding: wait for the user's action (T233) before giving the grant up.
        _t233.Start(_timers.T233);
    }

    /// <summary>T206: warn the talker; T207 runs.</summary>
    private void OnT206Expired()
    {
        if (_state == OffNetworkState.HasPermission)
        {
            _output.TalkTimeWarning();
            _t207.Start(_timers.T207);
        }
    }

    /// <summary>T207: the talker loses the floor as if it released PTT.</summary>
    private void OnT207Expired()
    {
        if (_state == OffNetworkState.HasPermission)
        {
            HandOverOrRelease("T207: talk time over");
        }
    }

    /// <summary>T230: no floor activity; the call is assumed over.</summary>
    private void OnT230Expired()
    {
        if (_state == OffNetworkState.Silence)
        {
            ChangeState(OffNetworkState.StartStop, "T230: no floor activity, call assumed over");
        }
    }

    /// <summary>T233: the queued user did not accept the grant in time: the grantee gives up; the one who granted it
    /// grants the next in its queue, or leaves the floor silent.</summary>
    private void OnT233Expired()
    {
        if (_state == OffNetworkState.Queued)
        {
            EnterSilence("T233: queued grant not accepted");
        }
        else if (_state == OffNetworkState.PendingGranted && _queue.Count > 0)
        {
            GrantHeadOfQueue($"grantee {_grantee} did not take the floor");
        }
        else if (_state == OffNetworkState.PendingGranted)
        {
            EnterSilence($"grantee {_grantee} did not take the floor");
        }
    }
}

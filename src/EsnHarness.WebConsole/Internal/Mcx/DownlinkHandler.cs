using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.WebConsole.Internal.State;

namespace EsnHarness.WebConsole.Internal.Mcx;

/// <summary>Applies what the MCX sends down to the dispatcher (floor, calls, alerts, patches) to the console's state;
/// messages are <see cref="MessageHandler"/>'s.</summary>
internal sealed class DownlinkHandler(ConsoleState state, FloorLanes lanes, MessageHandler messages, UserDirectory directory, string me)
{
    public Task HandleAsync(McxEvent e, CancellationToken ct)
    {
        switch (e.EventCase)
        {
            case McxEvent.EventOneofCase.Floor:
                OnFloor(e.Floor);
                break;
            case McxEvent.EventOneofCase.Call when e.Call.Call.GroupId.Length > 0:
                OnGroupCall(e.Call);
                break;
            case McxEvent.EventOneofCase.Call:
                OnPrivateCall(e.Call);
                break;
            case McxEvent.EventOneofCase.EmergencyAlert:
                var alert = e.EmergencyAlert.Alert;
                state.Mutate(m =>
                {
                    if (alert.Cancelled)
                    {
                        m.Alerts.Remove(alert.McpttId);
                        m.CancelledAlerts[alert.McpttId] = alert;
                    }
                    else
                    {
                        m.CancelledAlerts.Remove(alert.McpttId);
                        m.Alerts[alert.McpttId] = alert;
                    }
                });
                break;
            case McxEvent.EventOneofCase.Patch:
                var patch = e.Patch.Patch;
                state.Mutate(m =>
                {
                    if (patch.Removed)
                    {
                        m.Patches.Remove(patch.PatchId);
                    }
                    else
                    {
                        m.Patches[patch.PatchId] = patch;
                    }
                });
                break;
            case McxEvent.EventOneofCase.Media:
                OnMedia(e.Media);
                break;
            case McxEvent.EventOneofCase.Sds:
                return messages.ReceivedAsync(e.Sds, ct);
            case McxEvent.EventOneofCase.Disposition:
                messages.Disposition(e.Disposition);
                break;
        }

        return Task.CompletedTask;
    }

    private void OnFloor(FloorEvent e)
    {
        var (talker, floor) = e.Kind switch
        {
            FloorEventKind.Granted => (me, new FloorView("granted")),
            FloorEventKind.Taken => (e.TalkerMcpttId, null),
            FloorEventKind.Deny => ((string?)null, new FloorView("denied", FloorWords.Of(e.Cause))),
            FloorEventKind.Revoke => (null, new FloorView("revoked", FloorWords.Of(e.Cause))),
            FloorEventKind.QueuePositionInfo => (null, new FloorView("queued", $"position {e.QueuePosition}")),
            _ => (null, (FloorView?)null),
        };
        state.Mutate(m =>
        {
            foreach (var tile in m.TilesOfCall(e.CallId))
            {
                if (e.Kind == FloorEventKind.Idle && tile.Audio is not null)
                {
                    tile.Audio.Live = false;
                }

                Apply(e, talker, floor, tile.Floor, t => tile.TalkerId = t, a => tile.TalkerAlias = a, f => tile.Floor = f);
            }

            if (m.Calls.TryGetValue(e.CallId, out var call))
            {
                Apply(e, talker, floor, call.Floor, t => call.TalkerId = t, _ => { }, f => call.Floor = f);
            }
        });
        if (e.Kind == FloorEventKind.Granted)
        {
            lanes.OnGranted(e.CallId);
        }
        else if (e.Kind == FloorEventKind.Revoke)
        {
            lanes.OnLost(e.CallId);
        }
    }

    /// <summary>A voice frame reached the console: the meter of the call's tiles (or private call) counts it.</summary>
    private void OnMedia(MediaPacket frame)
    {
        state.Count(m =>
        {
            var shown = false;
            foreach (var tile in m.TilesOfCall(frame.CallId))
            {
                tile.Audio = Count(tile.Audio, frame);
                shown |= tile.Audio.Worth;
            }

            if (m.Calls.TryGetValue(frame.CallId, out var call))
            {
                call.Audio = Count(call.Audio, frame);
                shown |= call.Audio.Worth;
            }

            return shown;
        });
    }

    private static AudioMeter Count(AudioMeter? current, MediaPacket frame)
    {
        var meter = AudioMeter.For(current, frame.SenderMcpttId, frame.BurstId, outgoing: false);
        meter.Frames++;
        meter.Live = !frame.LastInBurst;
        return meter;
    }

    private static void Apply(FloorEvent e, string? talker, FloorView? floor, FloorView current, Action<string?> setTalker, Action<string> setAlias, Action<FloorView> setFloor)
    {
        if (e.Kind == FloorEventKind.Idle)
        {
            setTalker(null);
            setAlias("");
            if (current.State is "granted" or "revoked")
            {
                setFloor(FloorView.Idle);
            }

            return;
        }

        if (talker is not null)
        {
            setTalker(talker);
            setAlias(e.TalkerFunctionalAlias);
        }

        if (floor is not null)
        {
            setFloor(floor);
        }
    }

    private void OnGroupCall(CallEvent e)
    {
        var call = e.Call;
        state.Mutate(m =>
        {
            foreach (var tile in m.TilesOf(call).ToList())
            {
                switch (e.Kind)
                {
                    case CallEventKind.Ended when tile.CallId == call.CallId:
                        tile.CallEnded();
                        break;
                    case CallEventKind.Rejected:
                        m.Notice = $"Could not join the call on {call.GroupId}: {FloorWords.Of(e.Cause)}";
                        break;
                    case CallEventKind.Connected or CallEventKind.ParticipantJoined or CallEventKind.Upgraded or CallEventKind.EmergencyCancelled:
                        tile.CallId = call.CallId;
                        tile.EmergencyCall = call.Emergency;
                        if (call.TalkerMcpttId.Length > 0 && tile.TalkerId is null)
                        {
                            tile.TalkerId = call.TalkerMcpttId;
                        }

                        break;
                }
            }
        });
        if (e.Kind == CallEventKind.Ended)
        {
            lanes.OnLost(call.CallId);
        }
    }

    private void OnPrivateCall(CallEvent e)
    {
        var call = e.Call;
        var peer = call.InitiatorMcpttId == me ? call.Participants.FirstOrDefault(p => p != me) ?? "" : call.InitiatorMcpttId;
        var listening = call.CallType == CallType.AmbientListening;
        if (listening && call.InitiatorMcpttId != me)
        {
            return; // a position being listened to shows nothing of it (TS 23.379 §10.14)
        }

        state.Mutate(m =>
        {
            switch (e.Kind)
            {
                case CallEventKind.Incoming:
                    m.Calls[call.CallId] = new PrivateCall(call.CallId, call.InitiatorMcpttId, incoming: true);
                    break;
                case CallEventKind.Connected:
                    if (!m.Calls.TryGetValue(call.CallId, out var connected))
                    {
                        m.Calls[call.CallId] = connected = new PrivateCall(call.CallId, peer, incoming: call.InitiatorMcpttId != me, listening);
                    }

                    connected.State = "active";
                    break;
                case CallEventKind.Ended or CallEventKind.Rejected:
                    if (m.Calls.Remove(call.CallId, out var ended))
                    {
                        m.Notice = $"Private call with {directory.Card(ended.PeerId).Name}: {FloorWords.Of(e.Cause)}";
                    }

                    break;
            }
        });
        if (e.Kind is CallEventKind.Ended or CallEventKind.Rejected)
        {
            lanes.OnLost(call.CallId);
        }
    }
}

using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.FloorControl.OffNetwork;

namespace EsnHarness.Simulators.Internal.Device.DirectMode;

/// <summary>
/// A terminal's off-network calls: its group call machine on its direct-mode group and its private calls, what the user
/// does with them, and what arrives for them over the sidelink (call control, floor messages, voice, which only the
/// calls it belongs to take: a terminal hears everything in range and renders only its own calls).
/// </summary>
internal sealed class DirectModeCalls(
    DirectModeContext context, Func<string, bool> queueing, Action<MediaPacket, TimeSpan, DateTimeOffset> play, IDirectModeObserver? observer)
{
    private readonly Dictionary<string, DirectModeGroupCall> _groups = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectModePrivateCall> _private = new(StringComparer.Ordinal);
    private string _group = "";

    /// <summary>The group the terminal uses off-network now (empty: none).</summary>
    public string Group
    {
        get
        {
            lock (context.Gate)
            {
                return _group;
            }
        }
    }

    /// <summary>Tunes to <paramref name="groupId"/> and looks for a call running on it.</summary>
    public void Tune(string groupId)
    {
        lock (context.Gate)
        {
            _group = groupId;
            GroupCall(groupId).Listen();
        }
    }

    public void Press(string groupId, CallType type = CallType.PrearrangedGroup)
    {
        lock (context.Gate)
        {
            GroupCall(groupId).Press(type);
        }
    }

    public void Release(string callId, string groupId)
    {
        lock (context.Gate)
        {
            if (callId.Length > 0 && _private.TryGetValue(callId, out var call))
            {
                call.Call.Participant?.PttReleased();
            }
            else if (_groups.TryGetValue(groupId, out var group))
            {
                group.Release();
            }
        }
    }

    /// <summary>Presses PTT in a private call the user is in.</summary>
    public bool PressPrivate(string callId)
    {
        lock (context.Gate)
        {
            if (!_private.TryGetValue(callId, out var call) || call.Call.Participant is not { } participant)
            {
                return false;
            }

            participant.PttPressed();
            return true;
        }
    }

    public CallInfo StartPrivate(string target, CallType type, CommencementMode commencement)
    {
        lock (context.Gate)
        {
            var call = new DirectModeCall(context.NewCallId(), "", target, type, context.Self, context.Time.GetUtcNow());
            var machine = new DirectModePrivateCall(context, call, caller: true, commencement, observer is null ? null : observer.FloorChanged, Forget);
            _private[call.CallId] = machine;
            machine.Dial();
            return call.Info(context.Self, CallState.SettingUp);
        }
    }

    /// <summary>Answers a ringing private call; false when there is no such call.</summary>
    public bool Answer(string callId, bool accept)
    {
        lock (context.Gate)
        {
            if (!_private.TryGetValue(callId, out var call))
            {
                return false;
            }

            call.Answer(accept);
            return true;
        }
    }

    /// <summary>Leaves the call; false when there is no such call.</summary>
    public bool End(string callId)
    {
        lock (context.Gate)
        {
            if (_private.TryGetValue(callId, out var call))
            {
                call.HangUp();
                return true;
            }

            var group = _groups.Values.FirstOrDefault(g => g.Call?.CallId == callId);
            group?.Leave(CallCause.NormalRelease);
            return group is not null;
        }
    }

    /// <summary>The named call, else the call on <paramref name="groupId"/>; null if none.</summary>
    public DirectModeCall? Resolve(string callId, string groupId)
    {
        lock (context.Gate)
        {
            Prune();
            if (callId.Length > 0)
            {
                return _private.TryGetValue(callId, out var call) ? call.Call : _groups.Values.Select(g => g.Call).FirstOrDefault(c => c?.CallId == callId);
            }

            return _groups.TryGetValue(groupId, out var group) ? group.Call : null;
        }
    }

    public IReadOnlyList<DirectModeCall> Calls
    {
        get
        {
            lock (context.Gate)
            {
                Prune();
                return [.. _groups.Values.Select(g => g.Call).OfType<DirectModeCall>().Concat(_private.Values.Select(p => p.Call))];
            }
        }
    }

    /// <summary>Every call ends for this terminal (it leaves direct mode or powers off).</summary>
    public void StopAll()
    {
        lock (context.Gate)
        {
            foreach (var group in _groups.Values)
            {
                group.Leave(CallCause.NormalRelease);
            }

            foreach (var call in _private.Values.ToList())
            {
                call.HangUp();
            }

            _groups.Clear();
            _private.Clear();
            _group = "";
        }
    }

    /// <summary>A message heard on the sidelink.</summary>
    public void OnMessage(SidelinkMessage message, TimeSpan delay, DateTimeOffset arrival)
    {
        lock (context.Gate)
        {
            switch (message)
            {
                case GroupCallSignal g when _groups.TryGetValue(g.GroupId, out var group):
                    group.OnSignal(g, arrival);
                    break;
                case PrivateCallSignal p when p.To == context.Self:
                    OnPrivate(p, arrival);
                    break;
                case FloorSignal f when Find(f.CallId) is { Participant: { } participant } call:
                    call.Heard(f.From);
                    if (FloorEvents.For(f, context.Self) is { } floor)
                    {
                        context.EmitFloor(floor, arrival);
                    }

                    participant.Receive(f.Message);
                    break;
                case VoiceSignal v:
                    OnVoice(v, delay, arrival);
                    break;
            }
        }
    }

    private void OnPrivate(PrivateCallSignal signal, DateTimeOffset arrival)
    {
        if (_private.TryGetValue(signal.CallId, out var known))
        {
            known.OnSignal(signal, arrival);
        }
        else if (signal.Kind == PrivateCallSignalKind.SetupRequest)
        {
            var call = new DirectModeCall(signal.CallId, "", signal.From, signal.Type, signal.From, context.Time.GetUtcNow());
            var machine = new DirectModePrivateCall(context, call, caller: false, signal.Commencement, observer is null ? null : observer.FloorChanged, Forget);
            _private[call.CallId] = machine;
            machine.Offered(arrival);
        }
    }

    private void OnVoice(VoiceSignal voice, TimeSpan delay, DateTimeOffset arrival)
    {
        var call = Find(voice.Packet.CallId);
        var mine = call is not null && (voice.To is null || voice.To == context.Self);
        if (mine)
        {
            call!.Heard(voice.From);
            call.Participant?.MediaReceived(voice.From);
            observer?.VoiceHeard(call, voice.Packet, delay);
        }
        else if (context.Defects.Has(DirectModeDefects.PrivateVoiceUnfiltered))
        {
            context.DefectApplied(DirectModeDefects.PrivateVoiceUnfiltered, $"plays {voice.From}'s voice in call {voice.Packet.CallId}, not its own");
        }
        else
        {
            return;
        }

        play(voice.Packet, delay, arrival);
    }

    private DirectModeCall? Find(string callId) =>
        _private.TryGetValue(callId, out var call) ? call.Call : _groups.Values.Select(g => g.Call).FirstOrDefault(c => c?.CallId == callId);

    private DirectModeGroupCall GroupCall(string groupId)
    {
        if (!_groups.TryGetValue(groupId, out var group))
        {
            group = new DirectModeGroupCall(context, groupId, () => queueing(groupId), observer is null ? null : observer.FloorChanged);
            _groups[groupId] = group;
        }

        return group;
    }

    private void Forget(DirectModePrivateCall call) => _private.Remove(call.Call.CallId);

    private void Prune()
    {
        foreach (var over in _private.Values.Where(p => p.Over).ToList())
        {
            _private.Remove(over.Call.CallId);
        }
    }
}

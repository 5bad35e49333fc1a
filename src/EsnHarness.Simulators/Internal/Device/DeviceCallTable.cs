using System.Collections.Concurrent;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.FloorControl;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Mcx;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>
/// The calls a terminal is in, each with its TS 24.380 floor participant, kept up to date from the call and floor
/// messages that come down the link (which are also what the terminal observes).
/// </summary>
internal sealed class DeviceCallTable(string deviceId, FloorTimers timers, TimeProvider time, Func<string, IParticipantOutput> outputFor, DeviceEventLog events)
{
    private readonly ConcurrentDictionary<string, DeviceCall> _calls = new(concurrencyLevel: 1, capacity: 2, StringComparer.Ordinal); // a few calls at most

    public ImplicitFloorRequests Implicit { get; } = new();

    public IEnumerable<CallInfo> Infos => _calls.Values.Select(c => c.Info);

    /// <summary>The call (created with its participant on first sight); claims a pending implicit floor request it answers.</summary>
    public DeviceCall CallFor(CallInfo info)
    {
        var call = _calls.GetOrAdd(info.CallId, id =>
        {
            var participant = new FloorParticipant(timers, time, outputFor(id));
            participant.Start();
            return new DeviceCall(info, participant);
        });
        if (info.State != CallState.Unspecified)
        {
            call.Info = info;
        }

        if (Implicit.For(info) is { } pending)
        {
            Implicit.Claim(call, pending);
        }

        return call;
    }

    /// <summary>The named call, else this terminal's call on <paramref name="groupId"/>; null if none.</summary>
    public DeviceCall? Resolve(string callId, string groupId)
    {
        if (callId.Length > 0)
        {
            return _calls.TryGetValue(callId, out var known)
                ? known
                : throw Errors.NotFound($"call_id '{callId}' is not a call of device '{deviceId}'");
        }

        return _calls.Values.FirstOrDefault(c => IsOn(c.Info, groupId));
    }

    /// <summary>Whether a call is the one on <paramref name="groupId"/>: on the group itself, or on the regroup group it was
    /// regrouped into (a call set up on a regrouped group is steered there, TS 23.379 §10.6.2.9.5.1).</summary>
    public static bool IsOn(CallInfo info, string groupId) => info.GroupId == groupId || info.RegroupedGroupIds.Contains(groupId);

    /// <summary>The group of a known call ("" for a private call), or null when the terminal does not know the call.</summary>
    public string? GroupOf(string callId) => _calls.TryGetValue(callId, out var call) ? call.Info.GroupId : null;

    /// <summary>The terminal's call on <paramref name="groupId"/>, or null.</summary>
    public string? CallOn(string groupId) => _calls.Values.FirstOrDefault(c => c.Info.GroupId == groupId)?.Info.CallId;

    /// <summary>The terminal entered <paramref name="info"/> late, by its own request (its CONNECTED was lost while it was
    /// out of service): the call is taken up and the user told.</summary>
    public void EnteredLate(CallInfo info)
    {
        CallFor(info);
        events.Emit(new DeviceEvent { Call = new CallEvent { Kind = CallEventKind.Connected, Call = info } });
    }
    /// <summary>The call, or null when the terminal does not know it.</summary>
    public DeviceCall? Find(string callId) => _calls.GetValueOrDefault(callId);

    public void Remove(string callId)
    {
        if (_calls.TryRemove(callId, out var call))
        {
            call.Participant.Stop();
        }
    }

    public void StopAll()
    {
        foreach (var call in _calls.Values)
        {
            call.Participant.Stop();
        }

        _calls.Clear();
    }

    /// <summary>The floor participant state in the selected group's call (else any call): what DeviceState shows.</summary>
    public ParticipantState FloorState(string selectedGroup)
    {
        var selected = _calls.Values.FirstOrDefault(c => selectedGroup.Length > 0 && c.Info.GroupId == selectedGroup) ?? _calls.Values.FirstOrDefault();
        return selected?.Participant.State ?? ParticipantState.StartStop;
    }

    public void OnFloor(FloorEvent e, DateTimeOffset? arrival)
    {
        var call = CallFor(new CallInfo { CallId = e.CallId });
        events.Emit(new DeviceEvent { Floor = e }, arrival);
        ParticipantInbox.Deliver(call.Participant, e);
    }

    public void OnCall(CallEvent e, DateTimeOffset? arrival)
    {
        if (e.Kind is CallEventKind.Ended or CallEventKind.Rejected)
        {
            Remove(e.Call.CallId);
        }
        else
        {
            if (e.Kind == CallEventKind.Connected && e.ReplacesCallId.Length > 0)
            {
                Remove(e.ReplacesCallId); // re-established by a standby core: the lost call is gone
            }

            var call = CallFor(e.Call);
            if (e.Kind == CallEventKind.Connected && call.PressWhenConnected)
            {
                call.PressWhenConnected = false;
                call.Participant.PttPressed(PriorityFor(call, Contracts.Common.V1.FloorPriorityLevel.Normal));
            }
        }

        events.Emit(new DeviceEvent { Call = e }, arrival);
    }

    /// <summary>Media in a call tells its participant someone is talking (TS 24.380: RTP media received).</summary>
    public void OnMediaReceived(string callId)
    {
        if (_calls.TryGetValue(callId, out var call))
        {
            call.Participant.OnMediaReceived();
        }
    }

    /// <summary>The priority of a floor request: the level asked for, raised to the call's emergency level when this terminal is in emergency in it.</summary>
    public static FloorPriority PriorityFor(DeviceCall call, Contracts.Common.V1.FloorPriorityLevel requested)
    {
        var implied = call.MyEmergency
            ? call.Info.Emergency ? FloorControl.FloorPriorityLevel.Emergency
            : call.Info.ImminentPeril ? FloorControl.FloorPriorityLevel.ImminentPeril
            : FloorControl.FloorPriorityLevel.Normal
            : FloorControl.FloorPriorityLevel.Normal;
        var level = FloorStates.Of(requested);
        return new FloorPriority(level > implied ? level : implied, 0);
    }
}

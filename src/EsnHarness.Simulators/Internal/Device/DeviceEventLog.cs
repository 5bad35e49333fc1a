using System.Collections.Immutable;
using System.Threading.Channels;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Simulators.Internal.Grpc;
using Google.Protobuf.WellKnownTypes;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>
/// Everything a terminal observes, numbered and stamped, buffered (oldest dropped beyond the limit) until observed. The
/// call, floor and floor-state events of a call the terminal handles without showing it (ambient listening, TS 23.379
/// §10.14) are not published: the user sees nothing of it.
/// </summary>
internal sealed class DeviceEventLog(string deviceId, int capacity, TimeProvider time)
{
    private readonly Channel<DeviceEvent> _events = Channel.CreateBounded<DeviceEvent>(
        new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.DropOldest });

    /// <summary>Calls not shown, replaced whole on a change (rare) so that every event's check is one read: a concurrent
    /// dictionary's IsEmpty took all of its locks on every event when nothing was hidden, the usual case.</summary>
    private ImmutableHashSet<string> _hidden = ImmutableHashSet.Create<string>(StringComparer.Ordinal);
    private long _sequence;

    public ChannelReader<DeviceEvent> Reader => _events.Reader;

    /// <summary>Publishes an observed event, stamped now or, for one that came over the modelled link, at its <paramref name="arrival"/>.</summary>
    public void Emit(DeviceEvent e, DateTimeOffset? arrival = null)
    {
        if (!Hidden(e))
        {
            Publish(e, arrival is { } at ? Timestamp.FromDateTimeOffset(at) : Clock.Now(time));
        }
    }

    /// <summary>Publishes an observed event stamped <paramref name="observedAt"/> (a stamp the event also carries, shared
    /// rather than made twice: a received voice frame's arrival).</summary>
    public void Emit(DeviceEvent e, Timestamp observedAt)
    {
        if (!Hidden(e))
        {
            Publish(e, observedAt);
        }
    }

    /// <summary>From now on the call's call, floor and floor-state events are not shown.</summary>
    public void Hide(string callId) => ImmutableInterlocked.Update(ref _hidden, static (set, id) => set.Add(id), callId);

    /// <summary>The call is over: its ID is forgotten.</summary>
    public void Unhide(string callId) => ImmutableInterlocked.Update(ref _hidden, static (set, id) => set.Remove(id), callId);

    /// <summary>Whether the call is one the terminal does not show.</summary>
    public bool IsHidden(string callId) => Volatile.Read(ref _hidden).Contains(callId);

    /// <summary>Ends the log: observers see the stream end (the terminal's namespace closed).</summary>
    public void Complete() => _events.Writer.TryComplete();

    private bool Hidden(DeviceEvent e)
    {
        var hidden = Volatile.Read(ref _hidden);
        return !hidden.IsEmpty && CallOf(e) is { } callId && hidden.Contains(callId);
    }

    private void Publish(DeviceEvent e, Timestamp observedAt)
    {
        e.DeviceId = deviceId;
        e.Sequence = (ulong)Interlocked.Increment(ref _sequence);
        e.ObservedAt = observedAt;
        _events.Writer.TryWrite(e);
    }

    private static string? CallOf(DeviceEvent e) => e.EventCase switch
    {
        DeviceEvent.EventOneofCase.Call => e.Call.Call?.CallId,
        DeviceEvent.EventOneofCase.Floor => e.Floor.CallId,
        DeviceEvent.EventOneofCase.FloorState => e.FloorState.CallId,
        _ => null,
    };
}

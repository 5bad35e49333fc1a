using System.Threading.Channels;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Simulators.Internal.Grpc;
using Google.Protobuf.WellKnownTypes;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>Everything a terminal observes, numbered and stamped, buffered (oldest dropped beyond the limit) until observed.</summary>
internal sealed class DeviceEventLog(string deviceId, int capacity, TimeProvider time)
{
    private readonly Channel<DeviceEvent> _events = Channel.CreateBounded<DeviceEvent>(
        new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.DropOldest });

    private long _sequence;

    public ChannelReader<DeviceEvent> Reader => _events.Reader;

    /// <summary>Publishes an observed event, stamped now or, for one that came over the modelled link, at its <paramref name="arrival"/>.</summary>
    public void Emit(DeviceEvent e, DateTimeOffset? arrival = null)
    {
        e.DeviceId = deviceId;
        e.Sequence = (ulong)Interlocked.Increment(ref _sequence);
        e.ObservedAt = arrival is { } at ? Timestamp.FromDateTimeOffset(at) : Clock.Now(time);
        _events.Writer.TryWrite(e);
    }

    /// <summary>Ends the log: observers see the stream end (the terminal's namespace closed).</summary>
    public void Complete() => _events.Writer.TryComplete();
}

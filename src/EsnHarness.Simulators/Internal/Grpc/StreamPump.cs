using System.Threading.Channels;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Grpc;

/// <summary>
/// Copies a channel to a server stream, coalescing writes: while more items are already queued they are written with
/// <see cref="WriteFlags.BufferHint"/> and flushed together, so a burst fanned out to many streams costs few syscalls.
/// </summary>
internal static class StreamPump
{
    private static readonly WriteOptions Buffered = new(WriteFlags.BufferHint);

    public static async Task PumpAsync<T>(ChannelReader<T> reader, IServerStreamWriter<T> stream, CancellationToken ct)
    {
        while (await reader.WaitToReadAsync(ct))
        {
            while (reader.TryRead(out var item))
            {
                stream.WriteOptions = reader.CanCount && reader.Count > 0 ? Buffered : WriteOptions.Default;
                await stream.WriteAsync(item, ct);
            }
        }
    }
}

using EsnHarness.Contracts.Device.V1;
using Grpc.Core;

namespace EsnHarness.Benchmarks.Simulators;

/// <summary>Awaits the next matching event on a terminal's Observe stream, with a deadline.</summary>
internal sealed class DeviceEvents(AsyncServerStreamingCall<DeviceEvent> call) : IDisposable
{
    public async Task<DeviceEvent> NextAsync(Func<DeviceEvent, bool> match, string what, TimeSpan? deadline = null)
    {
        using var cts = new CancellationTokenSource(deadline ?? TimeSpan.FromSeconds(30));
        var seen = new Queue<string>();
        try
        {
            while (await call.ResponseStream.MoveNext(cts.Token))
            {
                if (match(call.ResponseStream.Current))
                {
                    return call.ResponseStream.Current;
                }

                var c = call.ResponseStream.Current;
                seen.Enqueue(c.EventCase switch
                {
                    DeviceEvent.EventOneofCase.Floor => $"Floor {c.Floor.Kind}",
                    DeviceEvent.EventOneofCase.FloorState => $"FloorState {c.FloorState.From}->{c.FloorState.To} ({c.FloorState.Reason})",
                    DeviceEvent.EventOneofCase.Call => $"Call {c.Call.Kind}",
                    _ => c.EventCase.ToString(),
                });
                if (seen.Count > 12)
                {
                    seen.Dequeue();
                }
            }
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.Cancelled)
        {
            // deadline passed
        }

        throw new TimeoutException($"no '{what}' event before the deadline; last events seen: {string.Join(", ", seen)}");
    }

    public void Dispose() => call.Dispose();
}

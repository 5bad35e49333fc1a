using EsnHarness.Contracts.Interworking.V1;
using Grpc.Core;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Interworking;

/// <summary>Reads the interworking function's status feed (WatchBridges) in order, each event with a deadline (no sleeps).</summary>
public sealed class BridgeFeedProbe(AsyncServerStreamingCall<BridgeStatusEvent> call) : IDisposable
{
    private readonly List<BridgeStatusEvent> _seen = [];

    /// <summary>The next event of the feed.</summary>
    public async Task<BridgeStatusEvent> NextAsync()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            if (await call.ResponseStream.MoveNext(deadline.Token))
            {
                _seen.Add(call.ResponseStream.Current);
                return call.ResponseStream.Current;
            }
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.Cancelled && deadline.IsCancellationRequested)
        {
            // Deadline: reported below with what was seen.
        }

        throw new AssertionException($"the feed said nothing more; saw: {string.Join(" | ", _seen.Select(e => $"{e.Kind} {e.Bridge.Talkgroup}"))}");
    }

    public void Dispose() => call.Dispose();
}

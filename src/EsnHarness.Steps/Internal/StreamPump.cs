using Grpc.Core;

namespace EsnHarness.Steps.Internal;

/// <summary>
/// A server stream pumped into an event log until the scenario stops it. A stream that ends or fails while the scenario
/// runs ends the log with the reason, so waits on it fail at once saying why.
/// </summary>
internal static class StreamPump
{
    /// <summary>Opens the stream with <paramref name="stop"/> and appends each event (after <paramref name="seen"/>) until it ends.</summary>
    /// <param name="open">Opens the stream.</param>
    /// <param name="log">Where its events go.</param>
    /// <param name="stream">The stream in words, e.g. "the terminal's event stream".</param>
    /// <param name="ended">Why the log ends when the stream ends by itself; "{stream} ended" when null.</param>
    /// <param name="stop">Cancelled when the scenario ends.</param>
    /// <param name="seen">Called with each event before it is logged.</param>
    public static async Task RunAsync<T>(Func<CancellationToken, AsyncServerStreamingCall<T>> open, EventLog<T> log, string stream, string? ended, CancellationToken stop,
        Action<T>? seen = null)
        where T : class
    {
        try
        {
            using var call = open(stop);
            await foreach (var e in call.ResponseStream.ReadAllAsync(stop))
            {
                seen?.Invoke(e);
                log.Append(e);
            }

            log.End(ended ?? $"{stream} ended");
        }
        catch (Exception e) when (stop.IsCancellationRequested && e is OperationCanceledException or RpcException { StatusCode: StatusCode.Cancelled })
        {
            log.End("the scenario ended");
        }
        catch (RpcException e)
        {
            log.End($"{stream} failed: {e.StatusCode} {e.Status.Detail}");
        }
    }
}

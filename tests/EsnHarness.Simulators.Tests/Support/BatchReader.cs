using Grpc.Core;

namespace EsnHarness.Simulators.Tests.Support;

/// <summary>Reads a streaming call's messages until a condition over everything read so far holds, with a deadline.</summary>
public sealed class BatchReader<T>(IAsyncStreamReader<T> stream)
{
    private readonly List<T> _read = [];

    public IReadOnlyList<T> Read => _read;

    public async Task<IReadOnlyList<T>> UntilAsync(Func<IReadOnlyList<T>, bool> done, string what, TimeSpan? deadline = null)
    {
        using var cts = new CancellationTokenSource(deadline ?? TimeSpan.FromSeconds(10));
        try
        {
            while (!done(_read))
            {
                if (!await stream.MoveNext(cts.Token))
                {
                    throw new InvalidOperationException($"the stream ended before {what}");
                }

                _read.Add(stream.Current);
            }
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.Cancelled && cts.IsCancellationRequested)
        {
            throw new TimeoutException($"no {what} before the deadline ({_read.Count} messages read)");
        }

        return _read;
    }
}

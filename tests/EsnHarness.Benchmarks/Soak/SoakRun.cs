using System.Collections.Concurrent;
using System.Diagnostics;

namespace EsnHarness.Benchmarks.Soak;

/// <summary>Runs ranges of soak scenarios a few at a time, collecting access times, worlds closed and failures; starts none past its limit.</summary>
internal sealed class SoakRun(SoakScenario scenario, int workers, Stopwatch clock, TimeSpan limit)
{
    private readonly ConcurrentQueue<string> _failures = new();
    private readonly ConcurrentDictionary<uint, int> _worldsClosed = new();
    private int _completed;

    public int Completed => _completed;

    public TimeSpan Elapsed => clock.Elapsed;

    public bool PastLimit => clock.Elapsed > limit;

    public IReadOnlyCollection<string> Failures => _failures;

    /// <summary>How many scenarios' closes released how many worlds.</summary>
    public IReadOnlyDictionary<uint, int> WorldsClosed => _worldsClosed;

    /// <summary>Runs scenarios [<paramref name="from"/>, <paramref name="to"/>); returns their access times (ms).</summary>
    public async Task<List<double>> RunAsync(int from, int to)
    {
        var samples = new ConcurrentBag<double>();
        var options = new ParallelOptions { MaxDegreeOfParallelism = workers };
        await Parallel.ForEachAsync(Enumerable.Range(from, to - from), options, async (i, _) =>
        {
            if (PastLimit)
            {
                return;
            }

            try
            {
                var (accessMs, closed) = await scenario.RunAsync($"soak-{i}");
                samples.Add(accessMs);
                _worldsClosed.AddOrUpdate(closed, 1, (_, n) => n + 1);
            }
            catch (Exception e) when (e is Grpc.Core.RpcException or TimeoutException)
            {
                _failures.Enqueue($"soak-{i}: {e.Message}");
            }

            Interlocked.Increment(ref _completed);
        });
        return [.. samples];
    }
}

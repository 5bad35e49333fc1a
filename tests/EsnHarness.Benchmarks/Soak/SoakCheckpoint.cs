namespace EsnHarness.Benchmarks.Soak;

/// <summary>The process and the access time after <see cref="Completed"/> scenarios (p95 over the scenarios since the last checkpoint).</summary>
internal sealed record SoakCheckpoint(int Completed, TimeSpan Elapsed, ProcessSample Sample, double AccessP95)
{
    public string Format() =>
        $"  after {Completed,7:N0} scenarios ({Elapsed.TotalSeconds,5:0} s): heap {Sample.HeapBytes / 1e6,7:N1} MB  working set {Sample.WorkingSetBytes / 1e6,7:N1} MB  threads {Sample.Threads,4} (pool {Sample.PoolThreads,3})  access p95 {AccessP95,7:N2} ms";
}

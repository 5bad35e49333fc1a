using System.Diagnostics;

namespace EsnHarness.Benchmarks.Simulators;

/// <summary>
/// The work the process does over a stretch of a benchmark: thread-pool work items completed (each a hop from one thread
/// to another), bytes allocated and CPU time. Unlike latency on a shared machine they hardly depend on the other
/// processes' load, so they tell two builds apart where the times cannot.
/// </summary>
internal sealed class ProcessWork
{
    private long _items;
    private long _bytes;
    private TimeSpan _cpu;

    public void Start()
    {
        _items = ThreadPool.CompletedWorkItemCount;
        _bytes = GC.GetTotalAllocatedBytes(precise: true);
        _cpu = Process.GetCurrentProcess().TotalProcessorTime;
    }

    /// <summary>Work since <see cref="Start"/>, divided by <paramref name="count"/>.</summary>
    public (double Items, double Bytes, TimeSpan Cpu) Per(int count)
    {
        var items = ThreadPool.CompletedWorkItemCount - _items;
        var bytes = GC.GetTotalAllocatedBytes(precise: true) - _bytes;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - _cpu;
        return ((double)items / count, (double)bytes / count, cpu / count);
    }
}

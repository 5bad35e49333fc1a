using System.Globalization;

namespace EsnHarness.Benchmarks.Soak;

/// <summary>The <c>esn sim</c> process as the soak samples it: managed heap after a full collection, working set, threads
/// (all of the process's, and those of the thread pool among them).</summary>
internal sealed record ProcessSample(long HeapBytes, long WorkingSetBytes, int Threads, int PoolThreads)
{
    /// <summary>Threads that are not the thread pool's: those a leak of dedicated threads would add to.</summary>
    public int OtherThreads => Threads - PoolThreads;

    public static ProcessSample Parse(string text)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 4)
        {
            throw new FormatException($"soak: unreadable stats line '{text}'");
        }

        return new ProcessSample(
            long.Parse(parts[0], CultureInfo.InvariantCulture),
            long.Parse(parts[1], CultureInfo.InvariantCulture),
            int.Parse(parts[2], CultureInfo.InvariantCulture),
            int.Parse(parts[3], CultureInfo.InvariantCulture));
    }
}

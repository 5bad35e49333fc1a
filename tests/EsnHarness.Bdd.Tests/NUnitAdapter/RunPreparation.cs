namespace EsnHarness.Bdd.Tests.NUnitAdapter;

/// <summary>Put in the TestRunContext by the fixture; the BeforeTestRun hook counts itself here.</summary>
public sealed class RunPreparation
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Prepared() => Interlocked.Increment(ref _count);
}

namespace EsnHarness.Stubs.Internal;

/// <summary>What to do to one request: wait <see cref="Delay"/>, then answer normally or apply <see cref="Outcome"/>.</summary>
internal readonly record struct FaultPlan(TimeSpan Delay, StubFault? Outcome)
{
    public bool IsNone => Delay == TimeSpan.Zero && Outcome is null;
}

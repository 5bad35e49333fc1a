namespace EsnHarness.Stubs.Internal;

/// <summary>What to do to one request: wait <see cref="Delay"/>, then answer normally or apply <see cref="Outcome"/>.</summary>
internal readonly record struct FaultPlan(TimeSpan Delay, StubFault? Outcome)
{
    public bool IsNone => Delay == TimeSpan.Zero && Outcome is null;

    public string Describe() => string.Join(
        ", ",
        new[] { Delay > TimeSpan.Zero ? $"delayed {Delay.TotalMilliseconds:0} ms" : null, Outcome is { } o ? (o with { Times = null }).ToString() : null }.OfType<string>());
}

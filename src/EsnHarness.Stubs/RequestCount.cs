namespace EsnHarness.Stubs;

/// <summary>How many matching requests a verification expects.</summary>
/// <param name="Count">The number.</param>
/// <param name="AtLeast">True for "at least", false for "exactly".</param>
public readonly record struct RequestCount(int Count, bool AtLeast)
{
    /// <summary>Exactly <paramref name="count"/> requests.</summary>
    public static RequestCount Exactly(int count) => new(NonNegative(count), false);

    /// <summary><paramref name="count"/> requests or more.</summary>
    public static RequestCount AtLeastOf(int count) => new(NonNegative(count), true);

    /// <summary>True when <paramref name="matched"/> satisfies the expectation.</summary>
    public bool IsSatisfiedBy(int matched) => AtLeast ? matched >= Count : matched == Count;

    /// <summary>E.g. <c>exactly 1 request</c>, <c>at least 3 requests</c>.</summary>
    public override string ToString() => $"{(AtLeast ? "at least" : "exactly")} {Count} request{(Count == 1 ? string.Empty : "s")}";

    private static int NonNegative(int count) =>
        count < 0 ? throw new ArgumentOutOfRangeException(nameof(count), count, "a request count cannot be negative") : count;
}

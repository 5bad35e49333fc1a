namespace EsnHarness.Stubs;

/// <summary>A fault a scenario switches on for one endpoint of its stub session. Delays combine with one of the other
/// faults (delay first, then the fault); setting a fault of the same family replaces the previous one.</summary>
/// <param name="Kind">What the fault does.</param>
/// <param name="MinimumDelay">The fixed delay, or the lower bound of a random delay.</param>
/// <param name="MaximumDelay">The upper bound of a random delay (equals <paramref name="MinimumDelay"/> for a fixed one).</param>
/// <param name="StatusCode">The HTTP status for <see cref="StubFaultKind.HttpError"/>.</param>
/// <param name="Times">Applies to this many requests, then switches itself off; null for every request until cleared.</param>
public sealed record StubFault(StubFaultKind Kind, TimeSpan MinimumDelay, TimeSpan MaximumDelay, int StatusCode, int? Times)
{
    /// <summary>True for the two delay kinds, which delay the answer rather than replace it.</summary>
    public bool IsDelay => Kind is StubFaultKind.FixedDelay or StubFaultKind.RandomDelay;

    /// <summary>Answer after <paramref name="delay"/>.</summary>
    public static StubFault FixedDelay(TimeSpan delay, int? times = null) =>
        delay < TimeSpan.Zero ? throw new ArgumentOutOfRangeException(nameof(delay), delay, "a delay cannot be negative")
            : new(StubFaultKind.FixedDelay, delay, delay, 0, times);

    /// <summary>Answer after a delay drawn uniformly from [<paramref name="minimum"/>, <paramref name="maximum"/>].</summary>
    public static StubFault RandomDelay(TimeSpan minimum, TimeSpan maximum, int? times = null) =>
        minimum < TimeSpan.Zero || maximum < minimum
            ? throw new ArgumentOutOfRangeException(nameof(maximum), $"a random delay needs 0 <= minimum <= maximum, got {minimum} and {maximum}")
            : new(StubFaultKind.RandomDelay, minimum, maximum, 0, times);

    /// <summary>Answer with HTTP <paramref name="statusCode"/> (400 to 599).</summary>
    public static StubFault HttpError(int statusCode, int? times = null) =>
        statusCode is < 400 or > 599
            ? throw new ArgumentOutOfRangeException(nameof(statusCode), statusCode, "an error status is between 400 and 599")
            : new(StubFaultKind.HttpError, TimeSpan.Zero, TimeSpan.Zero, statusCode, times);

    /// <summary>Close the connection without answering.</summary>
    public static StubFault EmptyResponse(int? times = null) => new(StubFaultKind.EmptyResponse, TimeSpan.Zero, TimeSpan.Zero, 0, times);

    /// <summary>Send a response whose chunked body breaks after the first bytes.</summary>
    public static StubFault MalformedChunk(int? times = null) => new(StubFaultKind.MalformedChunk, TimeSpan.Zero, TimeSpan.Zero, 0, times);

    /// <summary>Reset the TCP connection.</summary>
    public static StubFault ConnectionReset(int? times = null) => new(StubFaultKind.ConnectionReset, TimeSpan.Zero, TimeSpan.Zero, 0, times);

    /// <summary>A short description for messages, e.g. <c>HTTP 503</c> or <c>delay 200-800 ms</c>.</summary>
    public override string ToString() => (Kind switch
    {
        StubFaultKind.FixedDelay => $"delay {MinimumDelay.TotalMilliseconds:0} ms",
        StubFaultKind.RandomDelay => $"delay {MinimumDelay.TotalMilliseconds:0}-{MaximumDelay.TotalMilliseconds:0} ms",
        StubFaultKind.HttpError => $"HTTP {StatusCode}",
        StubFaultKind.EmptyResponse => "empty response",
        StubFaultKind.MalformedChunk => "malformed chunk",
        _ => "connection reset",
    }) + (Times is { } n ? $" (next {n} request{(n == 1 ? string.Empty : "s")})" : string.Empty);
}

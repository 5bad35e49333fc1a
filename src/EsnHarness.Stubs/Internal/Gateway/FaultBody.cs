namespace EsnHarness.Stubs.Internal.Gateway;

/// <summary>A <see cref="StubFault"/> on the wire of the control API: kind, delays in milliseconds, HTTP status, repeat count.</summary>
internal sealed record FaultBody(StubFaultKind Kind, double MinimumDelayMs = 0, double MaximumDelayMs = 0, int StatusCode = 0, int? Times = null)
{
    public static FaultBody From(StubFault fault) =>
        new(fault.Kind, fault.MinimumDelay.TotalMilliseconds, fault.MaximumDelay.TotalMilliseconds, fault.StatusCode, fault.Times);

    /// <summary>The fault, checked as the <see cref="StubFault"/> factories check it.</summary>
    /// <exception cref="ArgumentException">An out-of-range delay or status, or an unknown kind.</exception>
    public StubFault ToFault() => Kind switch
    {
        StubFaultKind.FixedDelay => StubFault.FixedDelay(TimeSpan.FromMilliseconds(MinimumDelayMs), Times),
        StubFaultKind.RandomDelay => StubFault.RandomDelay(TimeSpan.FromMilliseconds(MinimumDelayMs), TimeSpan.FromMilliseconds(MaximumDelayMs), Times),
        StubFaultKind.HttpError => StubFault.HttpError(StatusCode, Times),
        StubFaultKind.EmptyResponse => StubFault.EmptyResponse(Times),
        StubFaultKind.MalformedChunk => StubFault.MalformedChunk(Times),
        StubFaultKind.ConnectionReset => StubFault.ConnectionReset(Times),
        _ => throw new ArgumentException($"unknown fault kind '{Kind}'", nameof(Kind)),
    };
}

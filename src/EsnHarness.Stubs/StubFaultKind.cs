namespace EsnHarness.Stubs;

/// <summary>What a fault does to the requests an endpoint receives.</summary>
public enum StubFaultKind
{
    /// <summary>Answer normally, but only after a fixed delay.</summary>
    FixedDelay,

    /// <summary>Answer normally, but only after a delay drawn uniformly between a minimum and a maximum.</summary>
    RandomDelay,

    /// <summary>Answer with an HTTP error status and an <c>application/problem+json</c> body instead of the mapping's response.</summary>
    HttpError,

    /// <summary>Close the connection without sending a single byte of response (WireMock's EMPTY_RESPONSE in its original sense).</summary>
    EmptyResponse,

    /// <summary>Send the status line and headers with chunked encoding, the first bytes of the real body, then an invalid chunk, and close.</summary>
    MalformedChunk,

    /// <summary>Reset the TCP connection (RST) instead of answering.</summary>
    ConnectionReset,
}

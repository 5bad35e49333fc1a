using EsnHarness.Contracts.Mcx.V1;

namespace EsnHarness.Simulators.Internal.Mcx.Sds;

/// <summary>An accepted SDS: who still has to acknowledge it and which dispositions were forwarded. Guarded by <see cref="McxSds"/>' lock.</summary>
internal sealed class SdsRecord(SdsMessage message, IReadOnlyList<string> recipients)
{
    public SdsMessage Message { get; } = message;

    public IReadOnlyList<string> Recipients { get; } = recipients;

    public HashSet<string> Unacknowledged { get; } = new(recipients, StringComparer.Ordinal);

    public HashSet<string> Dispositions { get; } = new(StringComparer.Ordinal);

    public uint Attempts { get; set; } = 1;

    public ITimer? Retransmit { get; set; }

    /// <summary>Per recipient: the message's number in the stream from its sender to that recipient (for in-order delivery).</summary>
    public Dictionary<string, ulong> Sequences { get; } = new(StringComparer.Ordinal);
}

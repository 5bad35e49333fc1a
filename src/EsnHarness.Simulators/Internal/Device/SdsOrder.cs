using EsnHarness.Contracts.Mcx.V1;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>In-order delivery of one sender's SDS stream to the application: the next number expected and the messages held behind a gap.</summary>
internal sealed class SdsOrder
{
    public ulong Next { get; set; } = 1;

    public SortedDictionary<ulong, SdsMessage> Held { get; } = [];

    /// <summary>Runs while messages are held behind a gap; when it fires the gap is given up (the MCX reports it undelivered).</summary>
    public ITimer? GapTimer { get; set; }
}

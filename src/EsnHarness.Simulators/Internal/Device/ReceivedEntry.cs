using EsnHarness.Contracts.Device.V1;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>A received message and where its disposition reporting stands (TS 36.579-7 §6.1.2).</summary>
internal sealed class ReceivedEntry(ReceivedMessage message)
{
    public ReceivedMessage Message { get; } = message;

    /// <summary>TDU1: running while a DELIVERY AND READ request may still be answered with one combined report.</summary>
    public ITimer? Tdu1 { get; set; }

    public bool DeliveredReported { get; set; }
}

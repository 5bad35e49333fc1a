using EsnHarness.Simulators.FloorControl;

namespace EsnHarness.Simulators.Internal.Mcx;

/// <summary>Service-wide MCX settings (from SimulatorHostOptions).</summary>
internal sealed record McxSettings(
    FloorTimers FloorTimers,
    TimeSpan DefaultHangTime,
    TimeSpan SdsRetransmitInterval,
    int SdsMaxAttempts,
    uint DefaultMaxSdsSizeBytes,
    int ClientBufferCapacity,
    TimeSpan PrivateCallNoAnswerTime);

using EsnHarness.Simulators.FloorControl;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>Settings of the device (UE) simulator.</summary>
internal sealed record DeviceSettings(
    FloorTimers FloorTimers,
    TimeSpan SdsRetransmitInterval,
    int SdsMaxAttempts,
    TimeSpan DispositionTimer,
    int RandomSeed,
    int EventBuffer,
    VoiceModelOptions Voice,
    DirectModeOptions DirectMode);

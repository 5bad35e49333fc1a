using EsnHarness.Contracts.Device.V1;
using EsnHarness.Simulators.Internal.Grpc;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>The terminal's emergency features as configured: the open microphone of the emergency button and the man-down sensor.</summary>
internal sealed class TerminalEmergencyFeatures(OpenMicrophone openMicrophone, ManDownSensor manDown) : IDisposable
{
    private const uint MaxOpenMicrophoneMs = 120_000;

    public OpenMicrophone OpenMicrophone => openMicrophone;

    public ManDownSensor ManDown => manDown;

    public EmergencyFeatures Current => new() { OpenMicrophoneMs = openMicrophone.DurationMs, ManDown = manDown.Policy };

    public EmergencyFeatures Configure(EmergencyFeatures? features)
    {
        if (features is null)
        {
            throw Errors.Invalid(Errors.Required("features"));
        }

        if (features.OpenMicrophoneMs > MaxOpenMicrophoneMs)
        {
            throw Errors.Invalid($"field 'features.open_microphone_ms' is {features.OpenMicrophoneMs}; at most {MaxOpenMicrophoneMs} (120 s, the longest TETRA systems use)");
        }

        ManDownSensor.Validate(features.ManDown);
        openMicrophone.DurationMs = features.OpenMicrophoneMs;
        manDown.Configure(features.ManDown);
        return Current;
    }

    public void Dispose() => manDown.Dispose();
}

using EsnHarness.Simulators.Defects;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>The emergency-alert defects a terminal carries.</summary>
/// <param name="WithoutLocation">The alert goes out without the user's position.</param>
/// <param name="AudibleWhenSilent">A silent alert sounds the alert tone all the same.</param>
internal sealed record AlertDefects(bool WithoutLocation, bool AudibleWhenSilent)
{
    public static AlertDefects Of(DefectSet defects) =>
        new(defects.Has(DeviceDefects.EmergencyAlertWithoutLocation), defects.Has(DeviceDefects.SilentAlertAudible));
}

using EsnHarness.Simulators.Defects;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>The emergency-alert faults a terminal of a namespace carries (from the world's <see cref="DefectSet"/>).</summary>
/// <param name="WithoutLocation">Alerts carry no position (<see cref="DeviceDefects.EmergencyAlertWithoutLocation"/>).</param>
/// <param name="AudibleWhenSilent">A silent alert sounds the alert tone all the same (<see cref="DeviceDefects.SilentAlertAudible"/>).</param>
/// <param name="DropStored">An alert raised without service is not stored (<see cref="TerminalFunctionDefects.OutOfCoverageEmergencyDropped"/>).</param>
/// <param name="LocationAtDelivery">A stored alert carries the position at delivery (<see cref="TerminalFunctionDefects.StoredAlertLocationAtDelivery"/>).</param>
internal sealed record AlertDefects(bool WithoutLocation, bool AudibleWhenSilent, bool DropStored, bool LocationAtDelivery)
{
    public static AlertDefects Of(DefectSet defects) => new(
        defects.Has(DeviceDefects.EmergencyAlertWithoutLocation),
        defects.Has(DeviceDefects.SilentAlertAudible),
        defects.Has(TerminalFunctionDefects.OutOfCoverageEmergencyDropped),
        defects.Has(TerminalFunctionDefects.StoredAlertLocationAtDelivery));
}

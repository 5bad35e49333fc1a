using EsnHarness.Simulators.Defects;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>
/// The emergency-alert faults a terminal of a namespace carries, consulted in the world's <see cref="DefectSet"/> when read:
/// <see cref="DeviceAlerts"/> reads each only where its behaviour would happen, so only a scenario that raises, stores or
/// delivers an alert reaches it.
/// </summary>
internal sealed class AlertDefects(DefectSet defects)
{
    /// <summary>Alerts carry no position (<see cref="DeviceDefects.EmergencyAlertWithoutLocation"/>).</summary>
    public bool WithoutLocation => defects.Has(DeviceDefects.EmergencyAlertWithoutLocation);

    /// <summary>A silent alert sounds the alert tone all the same (<see cref="DeviceDefects.SilentAlertAudible"/>).</summary>
    public bool AudibleWhenSilent => defects.Has(DeviceDefects.SilentAlertAudible);

    /// <summary>An alert raised without service is not stored (<see cref="TerminalFunctionDefects.OutOfCoverageEmergencyDropped"/>).</summary>
    public bool DropStored => defects.Has(TerminalFunctionDefects.OutOfCoverageEmergencyDropped);

    /// <summary>A stored alert carries the position at delivery (<see cref="TerminalFunctionDefects.StoredAlertLocationAtDelivery"/>).</summary>
    public bool LocationAtDelivery => defects.Has(TerminalFunctionDefects.StoredAlertLocationAtDelivery);

    public static AlertDefects Of(DefectSet defects) => new(defects);
}

namespace EsnHarness.Simulators.Defects;

/// <summary>Faults of remote wipe: the agency's MDM and the terminal's device management.</summary>
public static class DeviceManagementDefects
{
    /// <summary>The MDM records a wipe as confirmed without sending the command to the terminal.</summary>
    public static readonly Defect WipeAcknowledgedNotApplied = new(
        "mdm.wipe-acknowledged-not-applied", "mdm",
        "The MDM tells the service desk a lost handset was wiped, but never sent it the command: the handset keeps its messages, keys and log-on.",
        "London assumption: a lost terminal is wiped through the agency's MDM (REQ-LDN-MOB-013..015); TS 33.180 (lost terminal)");

    /// <summary>The MDM sends the wipe and the terminal confirms it, but the MDM drops the confirmation.</summary>
    public static readonly Defect WipeConfirmationDropped = new(
        "mdm.wipe-confirmation-dropped", "mdm",
        "A lost handset wipes itself and confirms, but the MDM never records the confirmation: the service desk cannot tell the handset is safe.",
        "London assumption: the wipe is confirmed back to the MDM (REQ-LDN-MOB-015)");

    /// <summary>The terminal's wipe erases messages and credentials but leaves its key store.</summary>
    public static readonly Defect WipeKeepsKeys = new(
        "device.wipe-keeps-keys", "device",
        "A wiped handset still holds its group keys: whoever finds it can decrypt the borough's recorded or intercepted traffic.",
        "TS 33.180 (key material on a lost terminal); London assumption: a wipe erases keys (REQ-LDN-MOB-013)");

    /// <summary>The terminal's wipe keeps its credentials and stays logged on, while reporting otherwise.</summary>
    public static readonly Defect WipeKeepsCredentials = new(
        "device.wipe-keeps-credentials", "device",
        "A wiped handset reports it erased its credentials and logged off, but stays registered: it can rejoin the borough's groups.",
        "London assumption: a wipe erases credentials and logs off (REQ-LDN-MOB-014)");

    /// <summary>Every remote-wipe defect.</summary>
    public static IReadOnlyList<Defect> All { get; } = [WipeAcknowledgedNotApplied, WipeConfirmationDropped, WipeKeepsKeys, WipeKeepsCredentials];
}

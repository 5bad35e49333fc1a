namespace EsnHarness.Steps.Drivers;

/// <summary>A group's emergency state.</summary>
/// <param name="InEmergency">An emergency call or uncancelled alert exists.</param>
/// <param name="InImminentPeril">An imminent-peril call exists.</param>
/// <param name="ActiveAlertsFrom">Who raised the active alerts.</param>
public sealed record EmergencyInfo(bool InEmergency, bool InImminentPeril, IReadOnlyList<string> ActiveAlertsFrom);

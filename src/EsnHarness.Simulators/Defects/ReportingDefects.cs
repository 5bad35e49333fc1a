namespace EsnHarness.Simulators.Defects;

/// <summary>
/// Faults in what a terminal or the Airwave interworking function reports back: a terminal's location reports (when it
/// sends them) and the delivery report of an SDS that crossed to a TETRA radio.
/// </summary>
public static class ReportingDefects
{
    /// <summary>The terminal sends a location report on every move, however short: the distance threshold is ignored.</summary>
    public static readonly Defect LocationReportOnEveryMove = new(
        "device.location-report-on-every-move", "device",
        "A terminal reports its location after every move, however short, ignoring the configured distance: a crew walking round a scene floods the network and the control room with reports.",
        "TS 24.379 location reporting configuration (distance travelled trigger: report once the configured distance is covered); REQ-LDN-LOC-005");

    /// <summary>The terminal sends no location report when it logs on.</summary>
    public static readonly Defect NoLocationOnLogOn = new(
        "device.no-location-on-logon", "device",
        "A terminal logging on sends no location report, though its configuration asks for one: the control room does not see a crew that has just come on duty until it moves.",
        "TS 24.379 location reporting configuration (report on MCPTT log-on, the registration event trigger); REQ-LDN-LOC-014");

    /// <summary>The IWF never turns a TETRA SDS-TL delivery report into an MCData DELIVERED disposition.</summary>
    public static readonly Defect SdsDeliveryReportNotReturned = new(
        "interworking.sds-delivery-report-not-returned", "interworking",
        "An SDS from an ESN user reaches the Airwave radio, but the sender asked for a delivery report and never gets one: the dispatcher cannot tell whether the radio user has the message.",
        "TS 23.283 §10.8 (the IWF maps the LMR delivery report to an MCData disposition notification)");

    /// <summary>Every reporting defect.</summary>
    public static IReadOnlyList<Defect> All { get; } = [LocationReportOnEveryMove, NoLocationOnLogOn, SdsDeliveryReportNotReturned];
}

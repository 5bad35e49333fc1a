namespace EsnHarness.Simulators.Defects;

/// <summary>Faults of an agency's CAD ↔ ESN gateway (the cadGateway role's reference implementation).</summary>
public static class CadGatewayDefects
{
    /// <summary>The gateway takes a crew's acknowledgement off the air but never posts it into CAD.</summary>
    public static readonly Defect AcknowledgementNotForwarded = new(
        "cadGateway.acknowledgement-not-forwarded", "cadGateway",
        "The gateway accepts a crew's acknowledgement of an incident (the terminal sees it delivered) but never posts it into CAD: the incident stays 'dispatched' and the dispatcher chases a crew that has accepted.",
        "REQ-LDN-CR-009..011, REQ-LDN-DATA-013, REQ-LDN-INTEROP-010 (the acknowledgement returns to CAD)");

    /// <summary>Statuses from a resource with no incident dispatched through the gateway are dropped.</summary>
    public static readonly Defect StatusNeedsOpenIncident = new(
        "cadGateway.status-needs-open-incident", "cadGateway",
        "The gateway routes statuses only for resources it has dispatched an incident to (its own dispatch table, not CAD's resource register): a crew's 'Available' or 'At scene' sent between incidents never reaches CAD.",
        "REQ-LDN-CR-012..014 (every resource status flows back into CAD)");

    /// <summary>Status codes are translated with the next entry of the CAD's table (a 0/1-based index slip).</summary>
    public static readonly Defect StatusCodeOffByOne = new(
        "cadGateway.status-code-off-by-one", "cadGateway",
        "The gateway translates a status code with the next entry of the CAD's status table (an index slip): a crew's 'At scene' arrives in CAD as 'Left scene', and the table's last status ('Clear') never arrives.",
        "EN 300 392-2 Table 14.72 (status values as the agency's table defines them); REQ-LDN-CR-012..014, REQ-LDN-DATA-014");

    /// <summary>Check queries wait 5 s for others to join their batch before the back office is asked.</summary>
    public static readonly Defect CheckQueriesBatched = new(
        "cadGateway.check-queries-batched", "cadGateway",
        "The gateway collects officers' check queries in batches that leave 5 s after their first query, so a PNC-style check takes up to 5 s longer than the back office needs.",
        "REQ-LDN-DATA-007 (a check is answered as data within 3 s)");

    /// <summary>Dispatches go only to terminals of the gateway's own agency.</summary>
    public static readonly Defect ForeignTerminalsSkipped = new(
        "cadGateway.foreign-terminals-skipped", "cadGateway",
        "The gateway sends a dispatch only to terminals of its own service's ESN domain (an allow-list): an LFB co-responder, a firefighter driving an ambulance or the JRU's police officer that LAS CAD dispatches never receives the incident, though CAD shows it sent.",
        "REQ-LDN-INTEROP-010, REQ-LDN-CORESP-001, REQ-LDN-FFAMB-004, REQ-LDN-JRU-006 (LAS CAD dispatches resources of other services)");

    /// <summary>Every gateway defect.</summary>
    public static IReadOnlyList<Defect> All { get; } = [AcknowledgementNotForwarded, StatusNeedsOpenIncident, StatusCodeOffByOne, CheckQueriesBatched, ForeignTerminalsSkipped];
}

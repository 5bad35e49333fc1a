namespace EsnHarness.Stubs.Esn;

/// <summary>An incident a CAD stub dispatched to a resource in one scenario.</summary>
/// <param name="Agency">The agency's short name, e.g. LAS.</param>
/// <param name="IncidentId">The CAD incident reference, e.g. <c>C1-0412</c>.</param>
/// <param name="Summary">What the crew's terminal should show.</param>
/// <param name="Resource">The resource's callsign, e.g. <c>RRU43</c>.</param>
/// <param name="IncidentAddress">Where the terminal (or the gateway) fetches the incident and posts its acknowledgement under.</param>
public sealed record CadDispatch(string Agency, string IncidentId, string Summary, string Resource, Uri IncidentAddress);

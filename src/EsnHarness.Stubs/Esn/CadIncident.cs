namespace EsnHarness.Stubs.Esn;

/// <summary>An incident as an agency's CAD holds it.</summary>
/// <param name="Agency">LAS, LFB or MPS.</param>
/// <param name="IncidentId">The CAD incident reference.</param>
/// <param name="State"><c>dispatched</c> or <c>acknowledged</c>.</param>
/// <param name="Resources">Callsigns assigned to it.</param>
/// <param name="AcknowledgedBy">Callsigns whose acknowledgement CAD recorded, in order.</param>
public sealed record CadIncident(string Agency, string IncidentId, string State, IReadOnlyList<string> Resources, IReadOnlyList<string> AcknowledgedBy);

namespace EsnHarness.Steps.Lifecycle;

/// <summary>
/// Run-scoped marker: every scenario attaches which reference defects it reached (<see cref="MediaType"/>): the simulator
/// defects its namespace consulted and the HTTP stub roles that received its requests. <c>esn mutate</c> sets it on its clean
/// pass and runs each defect only against the scenarios that can reach it.
/// </summary>
public sealed record DefectCoverage
{
    /// <summary>Media type of the per-scenario attachment: <c>{"consulted": [...], "httpRoles": [...]}</c>.</summary>
    public const string MediaType = "application/vnd.esn.defect-coverage+json";
}

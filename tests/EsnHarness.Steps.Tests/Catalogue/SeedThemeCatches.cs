namespace EsnHarness.Steps.Tests.Catalogue;

/// <summary>Which seed-theme requirements (REQ-LDN-…) each reference defect fails: measured, then written down here.</summary>
internal static class SeedThemeCatches
{
    public static IReadOnlyList<(string Defect, string[] Caught)> All { get; } =
    [
        ("mcx.alert-own-agency-dispatchers-only", []),
        ("mcx.remote-affiliation-own-agency-only", []),
        ("mcx.group-call-own-agency-only", []),
        ("cadGateway.foreign-terminals-skipped", []),
        ("mcx.affiliation-not-applied", []),
        ("mcx.alert-not-to-dispatchers", []),
        ("mcx.emergency-cancel-not-propagated", []),
        ("mcx.floor-taken-anonymous", []),
        ("mcx.floor-priority-ignored", []),
        ("mcx.wrong-revoke-cause", []),
        ("mcx.broadcast-others-talk", []),
        ("mcx.read-disposition-dropped", []),
        ("device.read-disposition-never-sent", []),
        ("device.emergency-alert-without-location", []),
        ("device.dmo-call-not-announced", []),
        ("device.dmo-range-unlimited", []),
        ("cadGateway.status-code-off-by-one", []),
        ("cadGateway.acknowledgement-not-forwarded", []),
        ("cad.status-not-stored", []),
        ("cad.acknowledgement-not-recorded", []),
    ];
}

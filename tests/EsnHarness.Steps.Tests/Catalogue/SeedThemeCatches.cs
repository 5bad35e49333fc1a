namespace EsnHarness.Steps.Tests.Catalogue;

/// <summary>Which seed-theme requirements (REQ-LDN-…) each reference defect fails: measured, then written down here.</summary>
internal static class SeedThemeCatches
{
    public static IReadOnlyList<(string Defect, string[] Caught)> All { get; } =
    [
        ("mcx.alert-own-agency-dispatchers-only", ["CORESP-007", "FFAMB-006", "JRU-007", "JRU-008", "MDG-007", "MDG-008"]),
        ("mcx.remote-affiliation-own-agency-only", ["CORESP-003", "JRU-004", "MDG-005"]),
        ("mcx.group-call-own-agency-only", ["CORESP-003", "CORESP-006", "FFAMB-001", "JRU-003", "JRU-004", "MDG-002"]),
        ("cadGateway.foreign-terminals-skipped", ["FFAMB-004", "INTEROP-010", "JRU-006", "CORESP-023"]),
        ("mcx.alert-not-to-dispatchers", ["CORESP-007", "FFAMB-006", "JRU-007", "JRU-008", "MDG-007", "MDG-008", "MDG-009", "VEH-004", "VEH-008"]),
        ("mcx.emergency-cancel-not-propagated", ["FFAMB-007", "JRU-008", "MDG-009"]),
        ("mcx.floor-taken-anonymous", ["CORESP-004", "FFAMB-002", "JRU-001", "MDG-002"]),
        ("mcx.floor-priority-ignored", ["CORESP-005", "FFAMB-003", "JRU-009", "MDG-003"]),
        ("mcx.wrong-revoke-cause", ["CORESP-005", "FFAMB-003", "JRU-009", "MDG-003"]),
        ("mcx.broadcast-others-talk", ["MDG-004"]),
        ("mcx.read-disposition-dropped", ["CORESP-008", "FFAMB-008", "JRU-002", "MDG-006", "MOB-005"]),
        ("device.read-disposition-never-sent", ["CORESP-008", "FFAMB-008", "JRU-002", "MDG-006", "MOB-005"]),
        ("device.emergency-alert-without-location", ["CORESP-007", "FFAMB-006", "JRU-007", "MDG-007"]),
        ("device.dmo-call-not-announced", ["FFAMB-009"]),
        ("cadGateway.status-code-off-by-one", ["CORESP-001", "CORESP-002", "FFAMB-005", "INTEROP-010", "JRU-006"]),
        ("cadGateway.acknowledgement-not-forwarded", ["FFAMB-004", "INTEROP-010", "JRU-005"]),
        ("cadGateway.check-queries-batched", ["MOB-001", "MOB-002", "MOB-003", "MOB-004"]),
        ("cad.status-not-stored", ["CORESP-001", "CORESP-002", "FFAMB-005", "INTEROP-010", "JRU-006"]),
        ("cad.acknowledgement-not-recorded", ["FFAMB-004", "INTEROP-010", "JRU-005"]),
        ("mcx.revoked-user-served", ["MOB-008"]),
        ("idms.introspection-active-after-revocation", ["MOB-008"]),
        ("device.stale-location", ["MOB-007"]),
        ("mcx.sds-control-plane-limit-ignored", ["MOB-006"]),
        ("mcx.fd-download-completed-never-sent", ["MOB-009", "MOB-010"]),
        ("mcx.fd-non-member-can-download", ["MOB-011"]),
        ("mcx.fd-file-truncated", ["MOB-009", "MOB-010", "MOB-011", "MOB-012"]),
        ("device.fd-lost-part-not-resent", ["MOB-012"]),
        ("mdm.wipe-acknowledged-not-applied", ["MOB-013", "MOB-014"]),
        ("mdm.wipe-confirmation-dropped", ["MOB-015"]),
        ("device.wipe-keeps-keys", ["MOB-013"]),
        ("device.wipe-keeps-credentials", ["MOB-013", "MOB-014"]),
        ("device.dock-selected-group-lost", ["VEH-001", "VEH-002", "VEH-003"]),
        ("device.dock-floor-dropped", ["VEH-003", "VEH-006"]),
        ("device.undock-affiliations-lost", ["VEH-005", "VEH-007"]),
        ("mcx.dispatch-arrangement-ignored",
            ["CORESP-007", "MDG-001", "MDG-002", "MDG-003", "MDG-004", "MDG-005", "MDG-006", "MDG-007", "MDG-008", "MDG-009"]),
        ("mcx.affiliation-not-applied",
        [
            "CORESP-003", "CORESP-004", "CORESP-005", "CORESP-006", "CORESP-007", "FFAMB-001", "FFAMB-002", "FFAMB-003", "FFAMB-006",
            "FFAMB-007", "INTEROP-008", "INTEROP-009", "JRU-001", "JRU-002", "JRU-003", "JRU-004", "JRU-007", "JRU-008", "JRU-009",
            "MDG-001", "MDG-002", "MDG-003", "MDG-004", "MDG-005", "MDG-007", "MDG-008", "MDG-009", "MOB-005", "MOB-008",
        ]),
    ];
}

namespace EsnHarness.Stubs.Defects;

/// <summary>Every defect the reference HTTP stubs can switch on, by role.</summary>
public static class StubDefects
{
    /// <summary>The CAD answers 202 to a resource's status but its resource record keeps the old status.</summary>
    public static readonly StubDefect CadStatusNotStored = new(
        "cad.status-not-stored", "cad",
        "CAD accepts a resource's status update (202) but never stores it: the control room's resource list keeps showing the previous status, so the nearest available resource is not the one sent.",
        "REQ-LDN-CR-012..014 (statuses flow back into CAD)");

    /// <summary>The CAD answers 202 to a crew's acknowledgement but the incident stays dispatched.</summary>
    public static readonly StubDefect CadAcknowledgementNotRecorded = new(
        "cad.acknowledgement-not-recorded", "cad",
        "CAD confirms a crew's acknowledgement of an incident (202, state acknowledged in the answer) but the incident stays 'dispatched': the dispatcher chases a crew that has already accepted.",
        "REQ-LDN-CR-009..011, REQ-LDN-DATA-013 (the acknowledgement returns to CAD)");

    /// <summary>The IdMS still issues tokens to revoked users.</summary>
    public static readonly StubDefect IdmsTokenForRevokedUser = new(
        "idms.token-for-revoked-user", "idms",
        "The IdMS issues an access token to a user whose credentials were revoked (a lost or stolen handset), so the handset logs straight back on.",
        "TS 33.180 §5.1.2 (user authentication), RFC 6749 §5.2 invalid_grant; REQ-LDN-SEC-005");

    /// <summary>Introspection says active for a revoked user's token.</summary>
    public static readonly StubDefect IdmsIntrospectionActiveAfterRevocation = new(
        "idms.introspection-active-after-revocation", "idms",
        "Token introspection keeps answering 'active' for tokens issued before the user was revoked, so the MCX service goes on serving calls and SDS to a lost handset.",
        "RFC 7662 §2.2 (a revoked token is inactive), TS 33.180 §5.1.3 (service authorisation); REQ-LDN-SEC-006");

    /// <summary>The KMS hands a group's key to anyone who asks.</summary>
    public static readonly StubDefect KmsGroupKeyToNonMember = new(
        "kms.group-key-to-non-member", "kms",
        "The KMS serves a group's key (GMK) to a user who is not a member of the group, who can then decrypt the group's traffic.",
        "TS 33.180 §5.7 (group keys only for the group's members); REQ-LDN-SEC-008");

    /// <summary>The KMS refuses a group's key to the group's own members.</summary>
    public static readonly StubDefect KmsGroupKeyNotProvisioned = new(
        "kms.group-key-not-provisioned", "kms",
        "The KMS never takes in the membership the GMS publishes for a group (a broken GMS to KMS synchronisation): it refuses the group's key (GMK) to the group's members as if they were not members, so logged-on, affiliated members cannot decrypt the group's traffic.",
        "TS 33.180 §5.7 (every member of the group is given the group's GMK); REQ-LDN-SEC-007");

    /// <summary>The GMS serves a changed group document under its old ETag, and answers a revalidation of it 304.</summary>
    public static readonly StubDefect GmsDocumentChangedEtagKept = new(
        "gms.document-changed-etag-kept", "gms",
        "The GMS changes a group document (LDN-SHARED-1 from the fire version to the arrest version, which ranks MPS first) without a new ETag, so a client revalidating its cached copy (If-None-Match) is told 304 Not Modified and keeps the old priorities.",
        "RFC 4825 §7.11 and RFC 9110 §8.8.3 (an XCAP document's ETag changes with every change), TS 24.481 §6.3");

    /// <summary>The CMS answers a default profile for a user it does not know.</summary>
    public static readonly StubDefect CmsDefaultProfileForUnknownUser = new(
        "cms.default-profile-for-unknown-user", "cms",
        "The CMS serves a default MCPTT user profile (emergency rights included) for a user outside the London agencies instead of 404, so an unprovisioned identity gets service.",
        "TS 24.484 §6.3 (a profile only for a provisioned user), RFC 4825 §7.6 (404 for a document that does not exist)");

    /// <summary>The AVL feed accepts swapped or non-London coordinates.</summary>
    public static readonly StubDefect AvlSwappedCoordinatesAccepted = new(
        "avl.swapped-coordinates-accepted", "avl",
        "The AVL feed accepts positions with latitude and longitude swapped (or anywhere outside London) and plots them: a crew in Soho appears in the Gulf of Aden.",
        "RFC 7946 §3.1.1 (position = [longitude, latitude], WGS 84); London AVL assumption (positions within Greater London)");

    /// <summary>Every stub defect, ordered by name.</summary>
    public static IReadOnlyList<StubDefect> All { get; } =
        [.. new[]
        {
            CadStatusNotStored, CadAcknowledgementNotRecorded, IdmsTokenForRevokedUser, IdmsIntrospectionActiveAfterRevocation,
            KmsGroupKeyToNonMember, KmsGroupKeyNotProvisioned, GmsDocumentChangedEtagKept, CmsDefaultProfileForUnknownUser, AvlSwappedCoordinatesAccepted,
        }.OrderBy(d => d.Name, StringComparer.Ordinal)];

    /// <summary>The defect called <paramref name="name"/>, or null.</summary>
    public static StubDefect? Find(string name) => All.FirstOrDefault(d => d.Name == name);

    /// <summary>The defects called <paramref name="names"/>, without repeats.</summary>
    /// <exception cref="ArgumentException">A name no stub defines; the message names it.</exception>
    public static IReadOnlyList<StubDefect> Require(IEnumerable<string> names) =>
        [.. names.Distinct(StringComparer.Ordinal).Select(name => Find(name)
            ?? throw new ArgumentException($"unknown stub defect '{name}'; `esn defects` lists the {All.Count} the stubs know ({string.Join(", ", All.Select(d => d.Name))})"))];
}

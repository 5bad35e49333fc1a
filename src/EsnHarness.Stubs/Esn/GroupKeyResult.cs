namespace EsnHarness.Stubs.Esn;

/// <summary>What the KMS answered to a group key (GMK) request.</summary>
/// <param name="StatusCode">HTTP status.</param>
/// <param name="GroupUri">The group the key set is for, when one came back.</param>
/// <param name="GmkId">The group key's identifier, when one came back (the same for every member of the group).</param>
/// <param name="Error">The KMS error code when refused, e.g. <c>not-a-member</c> or <c>revoked</c>.</param>
public sealed record GroupKeyResult(int StatusCode, string? GroupUri, string? GmkId, string? Error)
{
    /// <summary>True when a group key set came back.</summary>
    public bool Provisioned => StatusCode == 200 && GmkId is not null;

    /// <summary>Status and outcome, without key material.</summary>
    public override string ToString() => Provisioned ? $"HTTP {StatusCode}, GMK {GmkId} for {GroupUri}" : $"HTTP {StatusCode}, {Error ?? "no key set"}";
}

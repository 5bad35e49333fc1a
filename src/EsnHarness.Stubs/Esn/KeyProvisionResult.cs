namespace EsnHarness.Stubs.Esn;

/// <summary>What the KMS answered to a key provisioning request.</summary>
/// <param name="StatusCode">HTTP status.</param>
/// <param name="Provisioned">True when a user key set with a decryption key came back.</param>
/// <param name="UserUri">The user the key set is for.</param>
/// <param name="Error">The KMS error code when refused, e.g. <c>revoked</c>.</param>
public sealed record KeyProvisionResult(int StatusCode, bool Provisioned, string? UserUri, string? Error);

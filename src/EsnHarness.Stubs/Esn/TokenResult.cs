namespace EsnHarness.Stubs.Esn;

/// <summary>What the IdMS answered to a token request.</summary>
/// <param name="StatusCode">HTTP status.</param>
/// <param name="AccessToken">The access token when issued (never print it).</param>
/// <param name="Error">The OAuth error code when refused, e.g. <c>invalid_grant</c>.</param>
/// <param name="McpttId">The MCPTT ID the token was issued for.</param>
public sealed record TokenResult(int StatusCode, string? AccessToken, string? Error, string? McpttId)
{
    /// <summary>True when a token was issued.</summary>
    public bool Issued => StatusCode == 200 && AccessToken is not null;

    /// <summary>Status and error only: the token itself is a secret.</summary>
    public override string ToString() => Issued ? $"HTTP {StatusCode}, token issued for {McpttId}" : $"HTTP {StatusCode}, {Error ?? "no error code"}";
}

namespace EsnHarness.Simulators.Internal.Mcx.Identity;

/// <summary>What the IdMS said about an access token (RFC 7662 introspection response).</summary>
/// <param name="Active">True when the IdMS holds the token as valid now.</param>
/// <param name="McpttId">The MCPTT ID the token was issued to (<c>mcptt_id</c>, else <c>sub</c>); empty when inactive.</param>
internal sealed record TokenStatus(bool Active, string McpttId);

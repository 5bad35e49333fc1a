using EsnHarness.Bdd;

namespace EsnHarness.Steps.Stubs;

/// <summary>ESN identity and key management on the IdMS and KMS stubs: revocation of a lost or stolen handset's
/// user, log-on tokens (TS 24.482) and key material (TS 33.180).</summary>
[Binding]
public sealed class IdentityStubSteps(ScenarioStubs stubs)
{
    [Given("the IdMS has revoked user {string}",
        Description = "From now on the IdMS refuses tokens to this MCPTT ID with invalid_grant (this scenario only).",
        Example = "Given the IdMS has revoked user \"sip:mps.pc4521@mps.esn.gov.uk\"")]
    public async Task IdmsHasRevoked(string mcpttId) => await (await stubs.IdmsAsync()).RevokeAsync(mcpttId);

    [Given("the KMS has revoked user {string}",
        Description = "From now on the KMS refuses key material to this MCPTT ID (this scenario only).",
        Example = "Given the KMS has revoked user \"sip:mps.pc4521@mps.esn.gov.uk\"")]
    public async Task KmsHasRevoked(string mcpttId) => await (await stubs.KmsAsync()).RevokeAsync(mcpttId);

    [Given("user {string} has been revoked",
        Description = "A lost or stolen handset: both the IdMS and the KMS refuse this MCPTT ID from now on.",
        Example = "Given user \"sip:mps.pc4521@mps.esn.gov.uk\" has been revoked")]
    public async Task UserRevoked(string mcpttId)
    {
        await (await stubs.IdmsAsync()).RevokeAsync(mcpttId);
        await (await stubs.KmsAsync()).RevokeAsync(mcpttId);
    }

    [Then("the IdMS issues a token to {string}",
        Description = "Requests a token for the MCPTT ID as its terminal logs on, and asserts one is issued for that user.",
        Example = "Then the IdMS issues a token to \"sip:las.rru43@las.esn.gov.uk\"")]
    public async Task IdmsIssuesToken(string mcpttId)
    {
        var result = await (await stubs.IdmsAsync()).RequestTokenAsync(mcpttId);
        if (!result.Issued || result.McpttId != mcpttId)
        {
            throw new InvalidOperationException($"expected the IdMS to issue a token to {mcpttId}, but got {result}");
        }
    }

    [Then("the IdMS refuses a token to {string} with {string}",
        Description = "Requests a token for the MCPTT ID and asserts the IdMS refuses it with this OAuth error code.",
        Example = "Then the IdMS refuses a token to \"sip:mps.pc7734.lost@mps.esn.gov.uk\" with \"invalid_grant\"")]
    public async Task IdmsRefuses(string mcpttId, string error)
    {
        var result = await (await stubs.IdmsAsync()).RequestTokenAsync(mcpttId);
        if (result.Issued || result.Error != error)
        {
            throw new InvalidOperationException($"expected the IdMS to refuse {mcpttId} with {error}, but got {result}");
        }
    }

    [Then("the KMS provides key material to {string}",
        Description = "Requests key material (KMS KeyProvision) for the MCPTT ID and asserts a user key set for it comes back.",
        Example = "Then the KMS provides key material to \"sip:lfb.a241.oic@lfb.esn.gov.uk\"")]
    public async Task KmsProvides(string mcpttId)
    {
        var result = await (await stubs.KmsAsync()).RequestKeysAsync(mcpttId);
        if (!result.Provisioned || result.UserUri != mcpttId)
        {
            throw new InvalidOperationException($"expected key material for {mcpttId}, but the KMS answered HTTP {result.StatusCode} ({result.Error ?? "no key set"})");
        }
    }

    [Then("the KMS refuses key material to {string}",
        Description = "Requests key material for the MCPTT ID and asserts the KMS refuses it.",
        Example = "Then the KMS refuses key material to \"sip:mps.pc7734.lost@mps.esn.gov.uk\"")]
    public async Task KmsRefuses(string mcpttId)
    {
        var result = await (await stubs.KmsAsync()).RequestKeysAsync(mcpttId);
        if (result.Provisioned)
        {
            throw new InvalidOperationException($"expected the KMS to refuse {mcpttId}, but it provisioned a key set");
        }
    }
}

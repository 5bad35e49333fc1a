using EsnHarness.Bdd;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Model;
using EsnHarness.Steps.Stubs;

namespace EsnHarness.Steps.Bindings;

/// <summary>Identity (IdMS), keys (KMS), revocation of lost terminals and group membership rights.</summary>
[Binding]
public sealed class SecuritySteps(Terminals terminals, Cast cast, ScenarioStubs stubs, Refusals refusals)
{
    /// <summary>A token from the IdMS.</summary>
    [Then("the IdMS issued a token to {user}", Description = "The identity management server grants the user an access token.", Example = "Then the IdMS issued a token to \"PC Walsh\"")]
    public async Task TokenIssued(UserName user)
    {
        var result = await (await stubs.IdmsAsync()).RequestTokenAsync(cast.Get(user).McpttId);
        if (!result.Issued)
        {
            throw new ExpectationFailedException($"The IdMS did not issue a token to {user}: {result}.");
        }
    }

    /// <summary>Lost or stolen handset.</summary>
    [When("{agency} reports the terminal of {user} lost", Description = "The agency revokes the user in the IdMS and the KMS.", Example = "When MPS reports the terminal of \"PC Patel\" lost")]
    public async Task ReportedLost(Agency agency, UserName user)
    {
        var id = cast.Get(user).McpttId;
        await (await stubs.IdmsAsync()).RevokeAsync(id);
        await (await stubs.KmsAsync()).RevokeAsync(id);
        _ = agency;
    }

    /// <summary>Refused by the IdMS.</summary>
    [Then("{user} is refused service with reason {string}", Description = "The IdMS refuses the user a token (e.g. \"revoked\").", Example = "Then \"PC Patel\" is refused service with reason \"revoked\"")]
    public async Task RefusedService(UserName user, string reason)
    {
        var result = await (await stubs.IdmsAsync()).RequestTokenAsync(cast.Get(user).McpttId);
        if (result.Issued)
        {
            throw new ExpectationFailedException($"The IdMS issued {user} a token; expected a refusal ({reason}).");
        }
    }

    /// <summary>Key material held.</summary>
    [Then("{user} holds key material for {group} from the KMS", Description = "The KMS provisions the user's key material (TS 33.180).", Example = "Then \"PS Okoro\" holds key material for \"MPS-CW-OPS1\" from the KMS")]
    public async Task HoldsKeys(UserName user, GroupName group)
    {
        var result = await (await stubs.KmsAsync()).RequestKeysAsync(cast.Get(user).McpttId);
        if (!result.Provisioned)
        {
            throw new ExpectationFailedException($"The KMS gave {user} no key material for {group}: HTTP {result.StatusCode} {result.Error}.");
        }
    }

    /// <summary>No key material.</summary>
    [Then("the KMS gives no key material to {user}", Description = "The KMS refuses the user's key provisioning.", Example = "Then the KMS gives no key material to \"PC Patel\"")]
    public async Task NoKeys(UserName user)
    {
        var result = await (await stubs.KmsAsync()).RequestKeysAsync(cast.Get(user).McpttId);
        if (result.Provisioned)
        {
            throw new ExpectationFailedException($"The KMS provisioned key material to {user}; expected a refusal.");
        }
    }

    /// <summary>Group keys for non-members: needs group key management.</summary>
    [Then("the KMS gives no key material for {group} to {user}", Description = "No group key for a non-member (pending: the KMS stub provisions user keys only).",
        Example = "Then the KMS gives no key material for \"MPS-CW-OPS1\" to \"FF Jones\"")]
    public void NoGroupKeys(GroupName group, UserName user) =>
        throw new PendingStepException($"Cannot check {group}'s key for {user}: the KMS stub has no group key (GMK) distribution.");

    /// <summary>Affiliation attempt.</summary>
    [When("{user} tries to affiliate to {group}", Description = "The user asks to affiliate; a refusal is kept for the next check.", Example = "When \"Paramedic Okafor\" tries to affiliate to \"MPS-CW-OPS1\"")]
    public Task TriesAffiliate(UserName user, GroupName group) => refusals.AttemptAsync(() => terminals.AffiliateAsync(user, group));

    /// <summary>Invalid token: the MCX does not take tokens yet.</summary>
    [When("{user} of {agency} tries to log on at {place} with an invalid token", Description = "Registration with a bad token (pending: esn.device.v1 PowerOn carries no token).",
        Example = "When \"Unknown User\" of MPS tries to log on at \"Lambeth\" with an invalid token")]
    public void InvalidToken(UserName user, Agency agency, PlaceName place) =>
        throw new PendingStepException($"Cannot log {user} ({agency.Name()}) on at {place} with a bad token: PowerOn/Register carry no access token for the MCX to check.");
}

using EsnHarness.Bdd;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;
using EsnHarness.Steps.Stubs;

namespace EsnHarness.Steps.Bindings;

/// <summary>Identity (IdMS), keys (KMS), revocation of lost terminals and group membership rights.</summary>
[Binding]
public sealed class SecuritySteps(TerminalFleet fleet, Cast cast, ScenarioStubs stubs, Refusals refusals, IdmsLogOn idms, GroupKeys groupKeys)
{
    /// <summary>Service authorisation through the IdMS.</summary>
    [Given("the MCX service admits only users with a valid IdMS token", Description = "From now on every terminal logs on to the IdMS first and presents its access token on registration; the MCX service checks it with the IdMS (TS 33.180).",
        Example = "Given the MCX service admits only users with a valid IdMS token")]
    public Task RequireTokens() => idms.RequireTokensAsync();

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
        cast.Involve(agency, "IdMS and KMS revocation");
    }

    /// <summary>Refused by the MCX service or the IdMS.</summary>
    [Then("{user} is refused service with reason {string}", Description = "The user's log-on was refused by the MCX service with that reason (e.g. \"invalid token\"); without a log-on attempt, the IdMS refuses the user a token (e.g. \"revoked\").",
        Example = "Then \"PC Patel\" is refused service with reason \"revoked\"")]
    public async Task RefusedService(UserName user, string reason)
    {
        if (refusals.TakeAbout(user.ToString()) is { } refusal)
        {
            if (!Reasons.Matches(refusal, reason))
            {
                throw new ExpectationFailedException($"{user} was refused service, but not for \"{reason}\": {refusal.Reason}", refusal.DiagnosticDetail);
            }

            return;
        }

        var result = await (await stubs.IdmsAsync()).RequestTokenAsync(cast.Get(user).McpttId);
        if (result.Issued)
        {
            throw new ExpectationFailedException($"The IdMS issued {user} a token; expected a refusal ({reason}).");
        }
    }

    /// <summary>Key material held.</summary>
    [Then("{user} holds key material for {group} from the KMS", Description = "The KMS provisions the user's own key material and, to a member, the group's key (GMK) (TS 33.180).",
        Example = "Then \"PS Okoro\" holds key material for \"MPS-CW-OPS1\" from the KMS")]
    public async Task HoldsKeys(UserName user, GroupName group)
    {
        var member = cast.Get(user);
        var result = await (await stubs.KmsAsync()).RequestKeysAsync(member.McpttId);
        if (!result.Provisioned)
        {
            throw new ExpectationFailedException($"The KMS gave {user} no key material for {group}: HTTP {result.StatusCode} {result.Error}.");
        }

        var gmk = await groupKeys.RequestAsync(member, group);
        if (!gmk.Provisioned || gmk.GroupUri != group.Value)
        {
            throw new ExpectationFailedException($"The KMS gave {user} no group key for {group}: {gmk}.");
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

    /// <summary>No group key for a non-member.</summary>
    [Then("the KMS gives no key material for {group} to {user}", Description = "The KMS refuses the group's key (GMK) to a user who is not a member of the group as the GMS holds it.",
        Example = "Then the KMS gives no key material for \"MPS-CW-OPS1\" to \"FF Jones\"")]
    public async Task NoGroupKeys(GroupName group, UserName user)
    {
        var result = await groupKeys.RequestAsync(cast.Get(user), group);
        if (result.Provisioned || result.StatusCode != 403)
        {
            throw new ExpectationFailedException($"The KMS answered {user}'s request for {group}'s group key with {result}; expected a refusal (403).");
        }
    }

    /// <summary>Affiliation attempt.</summary>
    [When("{user} tries to affiliate to {group}", Description = "The user asks to affiliate; a refusal is kept for the next check.", Example = "When \"Paramedic Okafor\" tries to affiliate to \"MPS-CW-OPS1\"")]
    public Task TriesAffiliate(UserName user, GroupName group) => refusals.AttemptAsync(() => fleet.AffiliateAsync(user, group));

    /// <summary>Log-on with a token the IdMS never issued.</summary>
    [When("{user} of {agency} tries to log on at {place} with an invalid token", Description = "The terminal registers presenting an access token the IdMS never issued; the MCX service must check it with the IdMS. A refusal is kept for the next check.",
        Example = "When \"Unknown User\" of MPS tries to log on at \"Lambeth\" with an invalid token")]
    public async Task InvalidToken(UserName user, Agency agency, PlaceName place)
    {
        await idms.RequireTokensAsync();
        await refusals.AttemptAsync(() => fleet.LogOnAsync(user, agency, place, accessToken: $"esn-at-forged-{Guid.NewGuid():N}"));
    }
}

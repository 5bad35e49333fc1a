using EsnHarness.Bdd;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;
using EsnHarness.Steps.Stubs;

namespace EsnHarness.Steps.Bindings;

/// <summary>Identity (IdMS), keys (KMS), revocation of lost terminals and group membership rights.</summary>
[Binding]
public sealed class SecuritySteps(TerminalFleet fleet, Cast cast, ScenarioStubs stubs, Refusals refusals, IdmsLogOn idms, GroupKeys groupKeys, McxRegistrations registrations,
    ConfigurationManagementServer cms, GroupKeyHoldings holdings, ControlRoomConsoles consoles)
{
    /// <summary>Service authorisation through the IdMS.</summary>
    [Given("the MCX service admits only users with a valid IdMS token", Description = "From now on every terminal logs on to the IdMS first and presents its access token on registration; the MCX service checks it with the IdMS (TS 33.180).",
        Example = "Given the MCX service admits only users with a valid IdMS token")]
    public Task RequireTokens() => idms.RequireTokensAsync();

    /// <summary>Service only for users the CMS holds a profile for.</summary>
    [Given("the MCX service admits only users with a user profile at the CMS", Description = "From now on the MCX service reads each registering user's MCPTT user profile from the scenario's CMS (TS 24.484) and refuses a user the CMS holds none for.",
        Example = "Given the MCX service admits only users with a user profile at the CMS")]
    public Task RequireProfiles() => cms.RequireProfilesAsync();

    /// <summary>A log-on under a given identity.</summary>
    [When("{user} of {agency} tries to log on at {place} as {string}", Description = "The user's terminal registers under that MCPTT ID (e.g. an identity no London service provisioned); a refusal is kept for the next check.",
        Example = "When \"Visiting Officer Hale\" of MPS tries to log on at \"Lambeth\" as \"sip:hale@police.example.org\"")]
    public Task TriesLogOnAs(UserName user, Agency agency, PlaceName place, string mcpttId) =>
        refusals.AttemptAsync(() => fleet.LogOnAsync(user, agency, place, mcpttId: mcpttId));

    /// <summary>Application-layer encryption of a group's media.</summary>
    [Given("the group {group} encrypts its media with a group key from the KMS",
        Description = "The group's calls use application-layer (end-to-end) encryption with the group key (TS 33.180 §5.7): a member's terminal plays none of its audio before it holds the key, which it asks the KMS for as it affiliates.",
        Example = "Given the group \"MPS-CW-OPS1\" encrypts its media with a group key from the KMS")]
    public void Encrypted(GroupName group) => groupKeys.Protect(group);

    /// <summary>The MCX service checked the terminal's token with the IdMS.</summary>
    [Then("the MCX service checked the IdMS token of {user}",
        Description = "The IdMS received an introspection (RFC 7662) of exactly the access token the user's terminal presented, and answered it: the MCX service, as resource server, checked it (TS 33.180 §5.1.3). The token is compared by fingerprint, never shown.",
        Example = "Then the MCX service checked the IdMS token of \"PC Walsh\"")]
    public async Task TokenChecked(UserName user)
    {
        if (!await idms.TokenCheckedAsync(cast.Get(user)))
        {
            throw new ExpectationFailedException($"The IdMS was never asked about the token {user}'s terminal presented: the MCX service admitted {user} without checking it.");
        }
    }

    /// <summary>No longer registered at the MCX service.</summary>
    [Then("{user} is no longer registered", Description = "The MCX service holds no registration for the user any more (whatever the handset shows).",
        Example = "Then \"PC Patel\" is no longer registered")]
    public Task NoLongerRegistered(UserName user) => registrations.ExpectNotRegisteredAsync(user);

    /// <summary>Lost or stolen handset.</summary>
    [When("{agency} reports the terminal of {user} lost", Description = "The agency revokes the user in the IdMS and the KMS.", Example = "When MPS reports the terminal of \"PC Patel\" lost")]
    public async Task ReportedLost(Agency agency, UserName user)
    {
        var id = cast.Get(user).McpttId;
        await (await stubs.IdmsAsync()).RevokeAsync(id);
        await (await stubs.KmsAsync()).RevokeAsync(id);
        cast.Involve(agency, "IdMS and KMS revocation");
    }

    /// <summary>Lost or stolen handset reported before its user logs on.</summary>
    [Given("{agency} has reported the terminal of {user} lost", Description = "The agency has revoked the user (not logged on in this scenario) in the IdMS and the KMS: a handset reported lost or stolen.",
        Example = "Given MPS has reported the terminal of \"PC Lewis\" lost")]
    public async Task HasReportedLost(Agency agency, UserName user)
    {
        var id = Cast.EsnIdentityOf(user, agency);
        await (await stubs.IdmsAsync()).RevokeAsync(id);
        await (await stubs.KmsAsync()).RevokeAsync(id);
        cast.Involve(agency, "IdMS and KMS revocation");
    }

    /// <summary>A log-on attempt.</summary>
    [When("{user} of {agency} tries to log on at {place}", Description = "The user's terminal logs on as any terminal does (a token from the IdMS, then registration at the MCX service); a refusal is kept for the next check.",
        Example = "When \"PC Lewis\" of MPS tries to log on at \"Lambeth\"")]
    public Task TriesLogOn(UserName user, Agency agency, PlaceName place) => refusals.AttemptAsync(() => fleet.LogOnAsync(user, agency, place));

    /// <summary>The IdMS itself refused the user a token.</summary>
    [Then("the IdMS refuses {user} a token", Description = "The user's last log-on was refused by the IdMS's token endpoint (RFC 6749 §5.2 invalid_grant): no access token was issued, so the terminal never reached the MCX service.",
        Example = "Then the IdMS refuses \"PC Lewis\" a token")]
    public void IdmsRefusedToken(UserName user)
    {
        var refusal = refusals.TakeAbout(user.ToString())
            ?? throw new ExpectationFailedException($"No log-on of {user} was refused in this scenario; expected the IdMS to refuse {user} a token.");
        if (refusal.Status != IdmsLogOn.RefusedBy || !refusal.Reason.Contains("invalid_grant", StringComparison.Ordinal))
        {
            throw new ExpectationFailedException($"{user}'s log-on was refused, but not by the IdMS's token endpoint (the IdMS issued {user} a token): {refusal.Message}", refusal.DiagnosticDetail);
        }
    }

    /// <summary>Refused by the MCX service or the IdMS.</summary>
    [Then("{user} is refused service with reason {string}", Description = "The user's last attempt (e.g. a log-on) was refused by ESN with that reason (e.g. \"invalid token\", \"revoked\").",
        Example = "Then \"Unknown User\" is refused service with reason \"invalid token\"")]
    public void RefusedService(UserName user, string reason)
    {
        var refusal = refusals.TakeAbout(user.ToString())
            ?? throw new ExpectationFailedException($"No attempt of {user} was refused in this scenario; expected a refusal ({reason}).");
        if (!Reasons.Matches(refusal, reason))
        {
            throw new ExpectationFailedException($"{user} was refused service, but not for \"{reason}\": {refusal.Reason}", refusal.DiagnosticDetail);
        }
    }

    /// <summary>Key material held.</summary>
    [Then("{user} holds key material for {group} from the KMS",
        Description = "The user's terminal holds the group's key (GMK) in its key store, as its key management client asked the KMS for it when the user affiliated (TS 33.180 §5.7), and the KMS answered that request with the key. Read from the terminal (esn.device.v1.DeviceManagement GetStoredData) and the KMS's request journal; the harness asks the KMS for nothing here. Needs log-on through the IdMS (the terminals' key management clients use the scenario's KMS from then on).",
        Example = "Then \"PS Okoro\" holds key material for \"MPS-CW-OPS1\" from the KMS")]
    public Task HoldsKeys(UserName user, GroupName group) => holdings.ExpectHeldAsync(user, group);

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
    public Task TriesAffiliate(UserName user, GroupName group) =>
        refusals.AttemptAsync(() => consoles.AtWebConsole(user) ? consoles.Controls!.TryMonitorAsync(cast.Get(user), group) : fleet.AffiliateAsync(user, group));

    /// <summary>Log-on with a token the IdMS never issued.</summary>
    [When("{user} of {agency} tries to log on at {place} with an invalid token", Description = "The terminal registers presenting an access token the IdMS never issued; the MCX service must check it with the IdMS. A refusal is kept for the next check.",
        Example = "When \"Unknown User\" of MPS tries to log on at \"Lambeth\" with an invalid token")]
    public async Task InvalidToken(UserName user, Agency agency, PlaceName place)
    {
        await idms.RequireTokensAsync();
        await refusals.AttemptAsync(() => fleet.LogOnAsync(user, agency, place, accessToken: $"esn-at-forged-{Guid.NewGuid():N}"));
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace EsnHarness.Stubs.Esn;

/// <summary>The IdMS stub of one session (OpenID Connect as TS 24.482 uses it): revoke a user for this scenario,
/// log a user on, check who logged on.</summary>
public sealed class IdmsStub(IStubSession session)
{
    /// <summary>The endpoint folder.</summary>
    public const string Endpoint = "idms";

    /// <summary>The session's token introspection endpoint (RFC 7662), as an MCX service is given it.</summary>
    public Uri IntrospectionAddress => new(session.Address, "idms/introspect");

    /// <summary>From now on, token requests for <paramref name="mcpttId"/> get <c>invalid_grant</c> (RFC 6749 §5.2) and the
    /// tokens already issued to that user answer inactive at introspection (RFC 7662), in this session only.</summary>
    public async Task<Guid> RevokeAsync(string mcpttId, CancellationToken cancellationToken = default)
    {
        var user = McpttId.Require(mcpttId);
        var pattern = $"(?i)(^|&)username=({Regex.Escape(user)}|{Regex.Escape(Uri.EscapeDataString(user))})(&|$)";
        var mapping = new JsonObject
        {
            ["Title"] = $"IdMS: {user} revoked by the scenario",
            ["Request"] = new JsonObject
            {
                ["Path"] = "/idms/token",
                ["Methods"] = new JsonArray("POST"),
                ["Body"] = new JsonObject { ["Matcher"] = new JsonObject { ["Name"] = "RegexMatcher", ["Pattern"] = pattern } },
            },
            ["Response"] = new JsonObject
            {
                ["StatusCode"] = 400,
                ["Headers"] = new JsonObject { ["Content-Type"] = "application/json", ["Cache-Control"] = "no-store" },
                ["BodyAsJson"] = new JsonObject { ["error"] = "invalid_grant", ["error_description"] = "The user's credentials have been revoked" },
            },
        };
        var id = await session.AddMappingAsync(Endpoint, mapping.ToJsonString(), cancellationToken);
        await RevokeIssuedTokensAsync(user, cancellationToken);
        return id;
    }

    /// <summary>Asks the IdMS whether <paramref name="token"/> is active and whose it is (RFC 7662 introspection, as
    /// the MCX service does). Returns the MCPTT ID, or null when the token is inactive.</summary>
    public async Task<string?> IntrospectAsync(string token, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, IntrospectionAddress) { Content = new FormUrlEncodedContent([new("token", token)]) };
        using var response = await session.SendAsync(request, cancellationToken);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return json.RootElement.TryGetProperty("active", out var active) && active.ValueKind == JsonValueKind.True
            ? json.RootElement.GetProperty("mcptt_id").GetString()
            : null;
    }

    /// <summary>Asks the IdMS for a token for <paramref name="mcpttId"/> (password grant, as a terminal logs on).</summary>
    public async Task<TokenResult> RequestTokenAsync(string mcpttId, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(session.Address, "idms/token"))
        {
            Content = new FormUrlEncodedContent([new("grant_type", "password"), new("username", McpttId.Require(mcpttId)), new("password", "esn-harness-test")]),
        };
        using var response = await session.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.Content.Headers.ContentType?.MediaType?.EndsWith("json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return new TokenResult((int)response.StatusCode, null, $"not an OAuth answer ({response.Content.Headers.ContentType?.MediaType ?? "no media type"})", null);
        }

        using var json = JsonDocument.Parse(text);
        string? Text(string name) => json.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        return new TokenResult((int)response.StatusCode, Text("access_token"), Text("error"), Text("mcptt_id"));
    }

    /// <summary>Asserts the IdMS received <paramref name="count"/> token requests for <paramref name="mcpttId"/>.</summary>
    public Task<IReadOnlyList<ReceivedRequest>> VerifyTokenRequestsAsync(string mcpttId, RequestCount count, CancellationToken cancellationToken = default) => session.VerifyAsync(
        RequestExpectation.To(Endpoint, RequestCondition.Method("POST"), RequestCondition.Path("/idms/token"), RequestCondition.FormField("username", mcpttId)),
        count,
        cancellationToken);

    /// <summary>Tokens already issued to <paramref name="user"/> answer inactive at introspection from now on.</summary>
    private async Task RevokeIssuedTokensAsync(string user, CancellationToken cancellationToken)
    {
        var match = Regex.Match(user, "^sip:([a-z0-9._-]+)@(mps|lfb|las)\\.esn\\.gov\\.uk$", RegexOptions.IgnoreCase);
        if (!match.Success)
        {
            return; // the IdMS never issues tokens to users outside the London domains
        }

        var pattern = $"(?i)(^|&)token=esn-at-[0-9a-f-]{{36}}(~|%7E){Regex.Escape(match.Groups[1].Value)}(~|%7E){match.Groups[2].Value}(&|$)";
        var mapping = new JsonObject
        {
            ["Title"] = $"IdMS: tokens of {user} inactive after revocation",
            ["Request"] = new JsonObject
            {
                ["Path"] = "/idms/introspect",
                ["Methods"] = new JsonArray("POST"),
                ["Body"] = new JsonObject { ["Matcher"] = new JsonObject { ["Name"] = "RegexMatcher", ["Pattern"] = pattern } },
            },
            ["Response"] = new JsonObject
            {
                ["StatusCode"] = 200,
                ["Headers"] = new JsonObject { ["Content-Type"] = "application/json", ["Cache-Control"] = "no-store" },
                ["BodyAsJson"] = new JsonObject { ["active"] = false },
            },
        };
        await session.AddMappingAsync(Endpoint, mapping.ToJsonString(), cancellationToken);
    }
}

using System.Text.Json;
using EsnHarness.Simulators.Internal.Grpc;

namespace EsnHarness.Simulators.Internal.Mcx.Identity;

/// <summary>
/// The MCX service as an OAuth resource server: asks the namespace's IdMS whether an access token is active and whom
/// it was issued to (RFC 7662 token introspection), over plain HTTP(S), so any IdMS (the harness's stub or an
/// agency's) can stand behind it. No caching: a token revoked at the IdMS stops working at the next check.
/// </summary>
internal sealed class TokenIntrospector(HttpClient http)
{
    public async Task<TokenStatus> IntrospectAsync(string introspectionUrl, string token, CancellationToken ct)
    {
        using var form = new FormUrlEncodedContent([new("token", token), new("token_type_hint", "access_token")]);
        HttpResponseMessage response;
        try
        {
            response = await http.PostAsync(introspectionUrl, form, ct);
        }
        catch (HttpRequestException e)
        {
            throw Errors.Unavailable($"the identity service at {introspectionUrl} cannot be reached to check an access token: {e.Message}");
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            throw Errors.Unavailable($"the identity service at {introspectionUrl} did not answer a token introspection in time");
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(ct);
            if (!response.IsSuccessStatusCode)
            {
                throw Errors.Unavailable($"the identity service at {introspectionUrl} answered token introspection with HTTP {(int)response.StatusCode}");
            }

            return Parse(text, introspectionUrl);
        }
    }

    internal static TokenStatus Parse(string json, string introspectionUrl)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("active", out var active) || active.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                throw Errors.Unavailable($"the identity service at {introspectionUrl} answered token introspection without a boolean 'active' member (RFC 7662 §2.2)");
            }

            string Text(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : "";
            var who = Text("mcptt_id");
            return new TokenStatus(active.GetBoolean(), who.Length > 0 ? who : Text("sub"));
        }
        catch (JsonException e)
        {
            throw Errors.Unavailable($"the identity service at {introspectionUrl} answered token introspection with malformed JSON: {e.Message}");
        }
    }
}

using System.Net;
using System.Text;
using System.Text.Json;
using EsnHarness.Stubs.Tests.Support;

namespace EsnHarness.Stubs.Tests.Mappings;

public sealed class IdmsMappingTests : StubFixture
{
    [Test]
    public async Task Discovery_WellKnownPath_ServesOpenIdMetadataForThisAddress()
    {
        var response = await Client.GetAsync("/idms/.well-known/openid-configuration");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        var issuer = Session.Address.ToString().TrimEnd('/') + "/idms";

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
            Assert.That(root.GetProperty("issuer").GetString(), Is.EqualTo(issuer));
            Assert.That(root.GetProperty("token_endpoint").GetString(), Is.EqualTo(issuer + "/token"));
            Assert.That(root.GetProperty("jwks_uri").GetString(), Is.EqualTo(issuer + "/jwks"));
            Assert.That(root.GetProperty("grant_types_supported").EnumerateArray().Select(e => e.GetString()), Does.Contain("password"));
            Assert.That(root.GetProperty("scopes_supported").EnumerateArray().Select(e => e.GetString()), Does.Contain("openid"));
        });
    }

    [Test]
    public async Task Jwks_Get_ServesJwkSetMediaType()
    {
        var response = await Client.GetAsync("/idms/jwks");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/jwk-set+json"));
        Assert.That(json.RootElement.GetProperty("keys")[0].GetProperty("kty").GetString(), Is.EqualTo("EC"));
    }

    [TestCase("sip:lfb.a241.oic@lfb.esn.gov.uk")]
    [TestCase("sip:las.rru43@las.esn.gov.uk")]
    [TestCase("sip:mps.pc4521@mps.esn.gov.uk")]
    public async Task Token_KnownUser_IssuesBearerTokenWithMcpttIdClaim(string mcpttId)
    {
        var response = await Client.PostAsync("/idms/token", Form(("grant_type", "password"), ("username", mcpttId), ("password", "secret")));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        var idToken = root.GetProperty("id_token").GetString()!;
        var payload = idToken.Split('.')[1];
        var claims = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=').Replace('-', '+').Replace('_', '/')))).RootElement;

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
            Assert.That(response.Headers.CacheControl?.NoStore, Is.True);
            Assert.That(root.GetProperty("token_type").GetString(), Is.EqualTo("Bearer"));
            Assert.That(root.GetProperty("expires_in").GetInt32(), Is.EqualTo(3600));
            Assert.That(root.GetProperty("access_token").GetString(), Does.StartWith("esn-at-").And.Length.GreaterThan(20)
                .And.EndWith("~" + mcpttId[4..mcpttId.IndexOf('@')] + "~" + mcpttId[(mcpttId.IndexOf('@') + 1)..mcpttId.IndexOf('.', mcpttId.IndexOf('@'))]));
            Assert.That(root.GetProperty("mcptt_id").GetString(), Is.EqualTo(mcpttId));
            Assert.That(claims.GetProperty("mcptt_id").GetString(), Is.EqualTo(mcpttId));
            Assert.That(claims.GetProperty("iss").GetString(), Is.EqualTo(Session.Address.ToString().TrimEnd('/') + "/idms"));
        });
    }

    [TestCase("sip:mps.pc7734.lost@mps.esn.gov.uk", "revoked")]
    [TestCase("sip:someone@example.com", "Unknown")]
    public async Task Token_RevokedOrUnknownUser_InvalidGrant(string mcpttId, string reason)
    {
        var response = await Client.PostAsync("/idms/token", Form(("grant_type", "password"), ("username", mcpttId), ("password", "secret")));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(json.RootElement.GetProperty("error").GetString(), Is.EqualTo("invalid_grant"));
            Assert.That(json.RootElement.GetProperty("error_description").GetString(), Does.Contain(reason));
        });
    }

    [Test]
    public async Task Token_OtherGrantType_UnsupportedGrantType()
    {
        var response = await Client.PostAsync("/idms/token", Form(("grant_type", "client_credentials")));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(json.RootElement.GetProperty("error").GetString(), Is.EqualTo("unsupported_grant_type"));
    }
}

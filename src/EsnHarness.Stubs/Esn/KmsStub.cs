using System.Net.Mime;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace EsnHarness.Stubs.Esn;

/// <summary>The KMS stub of one session (TS 33.180 annex D): revoke a user for this scenario, request key material.</summary>
public sealed class KmsStub(IStubSession session)
{
    /// <summary>The endpoint folder.</summary>
    public const string Endpoint = "kms";

    private const string KeyProvision = "/kms/keymanagement/identity/v1/keyprov";
    private static readonly XNamespace Ns = "urn:3gpp:ns:mcsecKMSInterface:1.0";

    /// <summary>From now on, KMS requests for <paramref name="mcpttId"/> are refused with 403, in this session only.</summary>
    public Task<Guid> RevokeAsync(string mcpttId, CancellationToken cancellationToken = default)
    {
        var user = McpttId.Require(mcpttId);
        var mapping = new JsonObject
        {
            ["Title"] = $"KMS: {user} revoked by the scenario",
            ["Request"] = new JsonObject
            {
                ["Path"] = new JsonObject { ["Matchers"] = new JsonArray(new JsonObject { ["Name"] = "WildcardMatcher", ["Pattern"] = "/kms/keymanagement/identity/v1/*" }) },
                ["Methods"] = new JsonArray("POST"),
                ["Body"] = new JsonObject { ["Matcher"] = new JsonObject { ["Name"] = "XPathMatcher", ["Pattern"] = $"//*[local-name()='UserUri'][normalize-space(.)='{user}']" } },
            },
            ["Response"] = new JsonObject
            {
                ["StatusCode"] = 403,
                ["Headers"] = new JsonObject { ["Content-Type"] = "application/xml" },
                ["Body"] = new XDocument(new XElement(Ns + "KmsResponse", new XElement(Ns + "UserUri", user),
                    new XElement(Ns + "KmsMessage", new XElement(Ns + "KmsError", new XElement(Ns + "ErrorCode", "revoked"), new XElement(Ns + "ErrorMsg", "The user has been revoked"))))).ToString(),
            },
        };
        return session.AddMappingAsync(Endpoint, mapping.ToJsonString(), cancellationToken);
    }

    /// <summary>Asks the KMS for <paramref name="mcpttId"/>'s key material (KMS KeyProvision).</summary>
    public async Task<KeyProvisionResult> RequestKeysAsync(string mcpttId, CancellationToken cancellationToken = default)
    {
        var request = new XDocument(new XElement(Ns + "KmsRequest", new XAttribute("Version", "1.1.0"),
            new XElement(Ns + "UserUri", McpttId.Require(mcpttId)), new XElement(Ns + "KmsUri", "kms.esn.gov.uk"),
            new XElement(Ns + "ClientReqUrl", new Uri(session.Address, KeyProvision.TrimStart('/')))));
        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri(session.Address, KeyProvision.TrimStart('/')))
        {
            Content = new StringContent(request.ToString(), Encoding.UTF8, MediaTypeNames.Application.Xml),
        };
        using var response = await session.SendAsync(post, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.Content.Headers.ContentType?.MediaType?.EndsWith("xml", StringComparison.OrdinalIgnoreCase) != true)
        {
            return new KeyProvisionResult((int)response.StatusCode, false, null, $"not a KMS answer ({response.Content.Headers.ContentType?.MediaType ?? "no media type"})");
        }

        var answer = XDocument.Parse(text);
        var keySet = answer.Descendants(Ns + "KmsKeySet").FirstOrDefault();
        return new KeyProvisionResult(
            (int)response.StatusCode,
            keySet is not null && keySet.Element(Ns + "UserDecryptKey") is not null,
            keySet?.Element(Ns + "UserUri")?.Value,
            answer.Descendants(Ns + "ErrorCode").FirstOrDefault()?.Value);
    }
}

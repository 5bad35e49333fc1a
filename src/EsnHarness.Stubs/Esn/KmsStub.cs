using System.Net.Mime;
using System.Security.Cryptography;
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
    private const string GroupKey = "/kms/keymanagement/identity/v1/gmk";
    private static readonly XNamespace Ns = "urn:3gpp:ns:mcsecKMSInterface:1.0";

    /// <summary>The base URL of this KMS's key management interface (TS 33.180 annex D), as a terminal's key management
    /// client is provisioned with it: requests go to <c>init</c>, <c>keyprov</c> and <c>gmk</c> under it.</summary>
    public Uri KeyManagementAddress => new(session.Address, "kms/keymanagement/identity/v1/");

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
                ["Body"] = new JsonObject { ["Matcher"] = new JsonObject { ["Name"] = "RegexMatcher", ["Pattern"] = $"(?s)^(?={Element("UserUri", user)})" } },
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

    /// <summary>The GMS publishes <paramref name="groupId"/>'s members to the KMS (TS 33.180 §5.7, in this session only):
    /// from now on each member gets the group's key (one GMK for the whole group), and anyone else is refused
    /// <c>not-a-member</c>. A revoked user is refused even as a member.</summary>
    public async Task PublishGroupAsync(string groupId, IEnumerable<string> members, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(groupId);
        var gmkId = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"esn-gmk-id:{groupId}")))[..16];
        foreach (var member in members.Select(McpttId.Require).Distinct(StringComparer.Ordinal))
        {
            var wrapped = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"esn-gmk:{groupId}:{member}")));
            var mapping = new JsonObject
            {
                ["Title"] = $"KMS: group key of {groupId} for member {member}",
                ["Priority"] = 5,
                ["Request"] = new JsonObject
                {
                    ["Path"] = GroupKey,
                    ["Methods"] = new JsonArray("POST"),
                    ["Body"] = new JsonObject
                    {
                        ["Matcher"] = new JsonObject { ["Name"] = "RegexMatcher", ["Pattern"] = $"(?s)^(?={Element("UserUri", member)})(?={Element("GroupUri", groupId)})" },
                    },
                },
                ["Response"] = new JsonObject
                {
                    ["StatusCode"] = 200,
                    ["Headers"] = new JsonObject { ["Content-Type"] = "application/xml" },
                    ["Body"] = new XDocument(new XElement(Ns + "KmsResponse", new XAttribute("Version", "1.1.0"),
                        new XElement(Ns + "KmsUri", "kms.esn.gov.uk"), new XElement(Ns + "UserUri", member),
                        new XElement(Ns + "KmsMessage", new XElement(Ns + "KmsGroupKeyProv", new XAttribute("Version", "1.0.0"),
                            new XElement(Ns + "GroupKeySet", new XElement(Ns + "GroupUri", groupId), new XElement(Ns + "UserUri", member),
                                new XElement(Ns + "GmkId", gmkId), new XElement(Ns + "Gmk", new XAttribute("Encrypted", "true"), wrapped)))))).ToString(),
                },
            };
            await session.AddMappingAsync(Endpoint, mapping.ToJsonString(), cancellationToken);
        }
    }

    /// <summary>Asks the KMS for <paramref name="groupId"/>'s group key (GMK) as <paramref name="mcpttId"/>.</summary>
    public async Task<GroupKeyResult> RequestGroupKeyAsync(string mcpttId, string groupId, CancellationToken cancellationToken = default)
    {
        var request = new XDocument(new XElement(Ns + "KmsRequest", new XAttribute("Version", "1.1.0"),
            new XElement(Ns + "UserUri", McpttId.Require(mcpttId)), new XElement(Ns + "KmsUri", "kms.esn.gov.uk"),
            new XElement(Ns + "GroupUri", groupId), new XElement(Ns + "ClientReqUrl", new Uri(session.Address, GroupKey.TrimStart('/')))));
        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri(session.Address, GroupKey.TrimStart('/')))
        {
            Content = new StringContent(request.ToString(), Encoding.UTF8, MediaTypeNames.Application.Xml),
        };
        using var response = await session.SendAsync(post, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.Content.Headers.ContentType?.MediaType?.EndsWith("xml", StringComparison.OrdinalIgnoreCase) != true)
        {
            return new GroupKeyResult((int)response.StatusCode, null, null, $"not a KMS answer ({response.Content.Headers.ContentType?.MediaType ?? "no media type"})");
        }

        var answer = XDocument.Parse(text);
        var set = answer.Descendants(Ns + "GroupKeySet").FirstOrDefault();
        return new GroupKeyResult((int)response.StatusCode, set?.Element(Ns + "GroupUri")?.Value, set?.Element(Ns + "GmkId")?.Value,
            answer.Descendants(Ns + "ErrorCode").FirstOrDefault()?.Value);
    }

    /// <summary>A regular expression for an element of a KMS request holding exactly <paramref name="value"/> (any namespace
    /// prefix, surrounding white space), for run-time overrides: plain text matching keeps them cheap and predictable.</summary>
    private static string Element(string name, string value) =>
        $@".*<(?:[A-Za-z_][\w.-]*:)?{name}>\s*{System.Text.RegularExpressions.Regex.Escape(value)}\s*</(?:[A-Za-z_][\w.-]*:)?{name}>";
}

using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Internal.Grpc;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Mcx;

/// <summary>
/// Service authorisation (TS 33.180 §5.1): with an identity service configured, a client registers with the access
/// token it got from the IdMS; the service checks it by introspection at the IdMS, and checks the tokens of the
/// parties again before it serves calls and SDS, so a user revoked at the IdMS (lost or stolen handset) is cut off.
/// </summary>
internal sealed partial class McxWorld
{
    private readonly HashSet<string> _revoked = new(StringComparer.Ordinal);
    private IdentityService _identity = new();

    public IdentityService SetIdentityService(IdentityService config)
    {
        var url = config.IntrospectionUrl;
        if (url.Length > 0 && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
        {
            throw Errors.Invalid($"field 'introspection_url' must be an absolute http(s) URL, got '{(url.Length > 80 ? url[..80] + "..." : url)}'");
        }

        if (config.RequireToken && url.Length == 0)
        {
            throw Errors.Invalid("field 'require_token' needs 'introspection_url': the service must be able to check the tokens it requires");
        }

        lock (_gate)
        {
            _identity = config.Clone();
            return _identity.Clone();
        }
    }

    public IdentityService GetIdentityService()
    {
        lock (_gate)
        {
            return _identity.Clone();
        }
    }

    public async Task<RegisterResponse> RegisterAsync(RegisterRequest request, CancellationToken ct)
    {
        var identity = request.Identity ?? throw Errors.Invalid(Errors.Required("identity"));
        RequireId(identity.McpttId, "identity.mcptt_id");
        var policy = GetIdentityService();
        var token = request.AccessToken;
        if (policy.IntrospectionUrl.Length > 0 && (policy.RequireToken || token.Length > 0))
        {
            if (token.Length == 0)
            {
                throw Unauthenticated($"registration of '{identity.McpttId}' carries no access_token: namespace '{ns}' admits only users logged on at the IdMS (TS 33.180 service authorisation); get a token from the IdMS and register with it");
            }

            var status = await introspector.IntrospectAsync(policy.IntrospectionUrl, token, ct);
            if (!status.Active)
            {
                throw Unauthenticated(WasRevoked(identity.McpttId)
                    ? $"'{identity.McpttId}' has been revoked: the IdMS reports its access token inactive, so it gets no service"
                    : $"the access token presented by '{identity.McpttId}' is an invalid token: the IdMS reports it inactive (expired, revoked or never issued)");
            }

            if (!string.Equals(status.McpttId, identity.McpttId, StringComparison.Ordinal))
            {
                throw Unauthenticated($"the access token presented by '{identity.McpttId}' is an invalid token for that user: the IdMS issued it to '{status.McpttId}'");
            }
        }

        lock (_gate)
        {
            _revoked.Remove(identity.McpttId);
        }

        return Register(request);
    }

    /// <summary>Re-checks the access tokens of <paramref name="mcpttIds"/> at the IdMS; a user whose token is no longer
    /// active is deregistered (calls left, affiliations removed, downlink closed) and refused from then on as revoked.</summary>
    public async Task CheckTokensAsync(IEnumerable<string> mcpttIds, CancellationToken ct)
    {
        var policy = GetIdentityService();
        if (!policy.RequireToken)
        {
            return;
        }

        List<(string Id, string Token)> held;
        lock (_gate)
        {
            held = mcpttIds.Where(id => id.Length > 0).Distinct(StringComparer.Ordinal)
                .Select(id => _clients.TryGetValue(id, out var c) && c.Registered && c.AccessToken.Length > 0 ? (Id: id, Token: c.AccessToken) : default)
                .Where(x => x.Id is not null).ToList();
        }

        var checks = await Task.WhenAll(held.Select(async h => (h.Id, h.Token, Status: await introspector.IntrospectAsync(policy.IntrospectionUrl, h.Token, ct))));
        foreach (var (id, token, status) in checks.Where(c => !c.Status.Active || c.Status.McpttId != c.Id))
        {
            lock (_gate)
            {
                if (_clients.TryGetValue(id, out var client) && client.AccessToken == token)
                {
                    DeregisterLocked(client);
                    _revoked.Add(id);
                }
            }
        }
    }

    /// <summary>MCPTT IDs of the clients affiliated to <paramref name="groupId"/> (whose tokens a group SDS or call needs).</summary>
    public IReadOnlyList<string> AffiliatedTo(string groupId)
    {
        lock (_gate)
        {
            return _clients.Values.Where(c => c.Affiliations.Contains(groupId)).Select(c => c.McpttId).ToList();
        }
    }

    private bool WasRevoked(string mcpttId)
    {
        lock (_gate)
        {
            return _revoked.Contains(mcpttId);
        }
    }

    private RpcException RevokedError(string mcpttId, string field) => field.Contains("target", StringComparison.Ordinal)
        ? Errors.Denied($"{field} '{mcpttId}' has been revoked (lost or stolen terminal): the IdMS no longer holds its token active, so calls and SDS to it are refused")
        : Unauthenticated($"{field} '{mcpttId}' has been revoked (lost or stolen terminal): the IdMS no longer holds its token active; log on again with a valid token");

    private static RpcException Unauthenticated(string message) => new(new Status(StatusCode.Unauthenticated, message));
}

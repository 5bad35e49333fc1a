using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Worlds;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Mcx.Identity;

/// <summary>
/// Service authorisation (TS 33.180 §5.1): with an identity service configured, a client registers with the access
/// token it got from the IdMS; the gate checks it by introspection at the IdMS, and checks the parties' tokens again
/// before calls and SDS are served, so a user revoked at the IdMS (lost or stolen handset) is cut off. Owns the
/// namespace's identity policy and the users found revoked. A leaf of the world's lock order (its lock guards only its
/// own fields; introspection runs outside it).
/// </summary>
internal sealed class McxIdentityGate(TokenIntrospector introspector, WorldScope scope)
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _revoked = new(StringComparer.Ordinal);
    private IdentityService _policy = new();

    public IdentityService Set(IdentityService config)
    {
        var url = config.IntrospectionUrl;
        if (url.Length > 0 && !McxUrls.IsHttp(url))
        {
            throw Errors.Invalid($"field 'introspection_url' must be an absolute http(s) URL, got '{McxIds.Shown(url)}'");
        }

        if (config.RequireToken && url.Length == 0)
        {
            throw Errors.Invalid("field 'require_token' needs 'introspection_url': the service must be able to check the tokens it requires");
        }

        lock (_gate)
        {
            _policy = config.Clone();
            return _policy.Clone();
        }
    }

    public IdentityService Get()
    {
        lock (_gate)
        {
            return _policy.Clone();
        }
    }

    /// <summary>Checks a registration's token at the IdMS when the policy asks for it; a user admitted is no longer revoked.</summary>
    /// <exception cref="RpcException">UNAUTHENTICATED saying why (no token, inactive, issued to someone else).</exception>
    public async Task AdmitAsync(UserIdentity identity, string token, CancellationToken ct)
    {
        var policy = Get();
        if (policy.IntrospectionUrl.Length > 0 && (policy.RequireToken || token.Length > 0))
        {
            if (token.Length == 0)
            {
                throw Unauthenticated($"registration of '{identity.McpttId}' carries no access_token: namespace '{scope.Namespace}' admits only users logged on at the IdMS (TS 33.180 service authorisation); get a token from the IdMS and register with it");
            }

            if (scope.Defects.Has(McxIdentityDefects.TokenNotIntrospected))
            {
                return; // the defect: a token is taken on trust, the IdMS is never asked
            }

            var status = await introspector.IntrospectAsync(policy.IntrospectionUrl, token, ct);
            if (!status.Active)
            {
                throw Unauthenticated(IsRevoked(identity.McpttId)
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
    }

    /// <summary>
    /// Of the <paramref name="held"/> tokens, those the IdMS no longer holds active for their user (when the policy
    /// requires tokens). The caller deregisters them and marks them revoked.
    /// </summary>
    public async Task<IReadOnlyList<(string Id, string Token)>> InactiveAsync(IReadOnlyList<(string Id, string Token)> held, CancellationToken ct)
    {
        var policy = Get();
        if (!policy.RequireToken || held.Count == 0 || scope.Defects.Has(McxDefects.RevokedUserServed))
        {
            return [];
        }

        var checks = await Task.WhenAll(held.Select(async h => (h.Id, h.Token, Status: await introspector.IntrospectAsync(policy.IntrospectionUrl, h.Token, ct))));
        return [.. checks.Where(c => !c.Status.Active || c.Status.McpttId != c.Id).Select(c => (c.Id, c.Token))];
    }

    public bool RequiresTokens => Get().RequireToken;

    public void MarkRevoked(string mcpttId)
    {
        lock (_gate)
        {
            _revoked.Add(mcpttId);
        }

        McxLog.Revoked(scope.Logger, scope.Namespace, mcpttId);
    }

    public bool IsRevoked(string mcpttId)
    {
        lock (_gate)
        {
            return _revoked.Contains(mcpttId);
        }
    }

    /// <summary>The refusal for a revoked user: PERMISSION_DENIED when others address them, UNAUTHENTICATED when they act.</summary>
    public static RpcException RevokedError(string mcpttId, string field) => field.Contains("target", StringComparison.Ordinal)
        ? Errors.Denied($"{field} '{mcpttId}' has been revoked (lost or stolen terminal): the IdMS no longer holds its token active, so calls and SDS to it are refused")
        : Unauthenticated($"{field} '{mcpttId}' has been revoked (lost or stolen terminal): the IdMS no longer holds its token active; log on again with a valid token");

    private static RpcException Unauthenticated(string message) => new(new Status(StatusCode.Unauthenticated, message));
}

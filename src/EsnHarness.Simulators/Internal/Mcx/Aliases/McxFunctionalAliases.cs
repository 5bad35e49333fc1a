using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Mcx.Registry;
using EsnHarness.Simulators.Internal.Worlds;

namespace EsnHarness.Simulators.Internal.Mcx.Aliases;

/// <summary>
/// Functional aliases of a namespace (TS 23.280 §10.13): their configuration and who holds each, in activation order. The
/// alias a user is known by in floor control, calls and alerts is the one they activated most recently, else the one their
/// profile's identity names. A leaf of the world's lock order (like the profiles): callers look users up in the registry
/// before calling in, and the floor reads the alias in use under its arbitrator's lock.
/// </summary>
internal sealed class McxFunctionalAliases(McxRegistry registry, WorldScope scope)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, FunctionalAliasConfig> _configs = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<Holder>> _holders = new(StringComparer.OrdinalIgnoreCase);
    private long _activations;

    public FunctionalAliasStatus Configure(FunctionalAliasConfig? config)
    {
        if (config is null || string.IsNullOrWhiteSpace(config.Alias))
        {
            throw Errors.Invalid(Errors.Required("config.alias"));
        }

        McxIds.Require(config.Alias, "config.alias");
        lock (_gate)
        {
            _configs[config.Alias] = config.Clone();
            return StatusLocked(config.Alias);
        }
    }

    public FunctionalAliasStatus Activate(string mcpttId, string alias)
    {
        var user = registry.Require(mcpttId, "mcptt_id");
        lock (_gate)
        {
            var config = RequireConfig(alias);
            if (config.AllowedMcpttIds.Count > 0 && !config.AllowedMcpttIds.Contains(user.McpttId))
            {
                throw Errors.Denied($"mcptt_id '{user.McpttId}' may not activate the functional alias '{config.Alias}': it is not among the users allowed to");
            }

            var holders = HoldersLocked(config.Alias);
            if (holders.Any(h => h.McpttId == user.McpttId))
            {
                return StatusLocked(config.Alias);
            }

            if (!config.Shareable && holders.Count > 0 && !scope.Defects.Has(McxCommonFunctionDefects.AliasNotExclusive))
            {
                throw Errors.Precondition($"the functional alias '{config.Alias}' is held by '{holders[0].McpttId}' and may be held by one user at a time");
            }

            holders.Add(new Holder(user.McpttId, Clock.Now(scope.Time), ++_activations));
            CommonFunctionLog.AliasActivated(scope.Logger, scope.Namespace, user.McpttId, config.Alias);
            return StatusLocked(config.Alias);
        }
    }

    public FunctionalAliasStatus Deactivate(string mcpttId, string alias)
    {
        var user = registry.Require(mcpttId, "mcptt_id");
        lock (_gate)
        {
            var config = RequireConfig(alias);
            var holders = HoldersLocked(config.Alias);
            if (!holders.Any(h => h.McpttId == user.McpttId))
            {
                throw Errors.Precondition($"mcptt_id '{user.McpttId}' does not hold the functional alias '{config.Alias}'");
            }

            if (scope.Defects.Has(McxCommonFunctionDefects.AliasDeactivationIgnored))
            {
                // Acknowledged as if done: the answer leaves the user out, the holders do not.
                var claimed = StatusLocked(config.Alias);
                claimed.Holders.Remove(claimed.Holders.First(h => h.McpttId == user.McpttId));
                return claimed;
            }

            holders.RemoveAll(h => h.McpttId == user.McpttId);
            CommonFunctionLog.AliasDeactivated(scope.Logger, scope.Namespace, user.McpttId, config.Alias);
            return StatusLocked(config.Alias);
        }
    }

    /// <summary>The user deregistered: every alias they held is deactivated.</summary>
    public void Forget(string mcpttId)
    {
        lock (_gate)
        {
            foreach (var holders in _holders.Values)
            {
                holders.RemoveAll(h => h.McpttId == mcpttId);
            }
        }
    }

    public ListFunctionalAliasesResponse List(string mcpttId)
    {
        var response = new ListFunctionalAliasesResponse();
        lock (_gate)
        {
            var aliases = mcpttId.Length == 0
                ? _configs.Keys.Order(StringComparer.OrdinalIgnoreCase)
                : HeldLocked(mcpttId);
            response.Aliases.AddRange(aliases.Select(StatusLocked));
        }

        return response;
    }

    /// <summary>The alias <paramref name="mcpttId"/> is known by now: the one activated last, else the profile identity's; empty for none.</summary>
    public string InUse(string mcpttId)
    {
        lock (_gate)
        {
            if (HeldLocked(mcpttId).FirstOrDefault() is { } alias)
            {
                return _configs.TryGetValue(alias, out var config) ? config.Alias : alias;
            }
        }

        return registry.FunctionalAliasOf(mcpttId);
    }

    /// <summary>The registered holders of <paramref name="alias"/> in activation order (NOT_FOUND for an alias nobody configured).</summary>
    public IReadOnlyList<McxUser> Holders(string alias)
    {
        lock (_gate)
        {
            var config = RequireConfig(alias);
            return [.. HoldersLocked(config.Alias).Select(h => registry.Find(h.McpttId)).OfType<McxUser>()];
        }
    }

    /// <summary>The configured spelling of <paramref name="alias"/>.</summary>
    public string Canonical(string alias)
    {
        lock (_gate)
        {
            return RequireConfig(alias).Alias;
        }
    }

    private FunctionalAliasConfig RequireConfig(string alias)
    {
        McxIds.Require(alias, "alias");
        return _configs.TryGetValue(alias.Trim(), out var config)
            ? config
            : throw Errors.NotFound($"the functional alias '{McxIds.Shown(alias)}' is not configured in namespace '{scope.Namespace}'");
    }

    private List<Holder> HoldersLocked(string alias)
    {
        if (!_holders.TryGetValue(alias, out var holders))
        {
            _holders[alias] = holders = [];
        }

        return holders;
    }

    /// <summary>The aliases the user holds, most recently activated first.</summary>
    private IEnumerable<string> HeldLocked(string mcpttId) =>
        _holders.SelectMany(kv => kv.Value.Where(h => h.McpttId == mcpttId).Select(h => (Alias: kv.Key, h.Sequence)))
            .OrderByDescending(x => x.Sequence).Select(x => x.Alias).ToList();

    private FunctionalAliasStatus StatusLocked(string alias)
    {
        var config = _configs[alias];
        var status = new FunctionalAliasStatus { Alias = config.Alias, Shareable = config.Shareable };
        status.Holders.AddRange(HoldersLocked(config.Alias).Select(h => new FunctionalAliasHolder { McpttId = h.McpttId, ActivatedAt = h.ActivatedAt }));
        return status;
    }

    /// <summary>One holder of an alias; <paramref name="Sequence"/> orders activations across aliases.</summary>
    private sealed record Holder(string McpttId, Google.Protobuf.WellKnownTypes.Timestamp ActivatedAt, long Sequence);
}

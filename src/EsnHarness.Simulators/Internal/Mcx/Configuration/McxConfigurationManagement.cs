using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Worlds;

namespace EsnHarness.Simulators.Internal.Mcx.Configuration;

/// <summary>
/// The namespace's configuration management server (CMS, TS 24.484): reads a user's MCPTT and MCData user profiles at
/// registration (see ConfigurationManagement in config.proto). Keeps the last version of each document it read with its
/// ETag, so a re-registration revalidates instead of reading again. Its lock guards its settings and that cache; HTTP
/// runs outside it.
/// </summary>
internal sealed class McxConfigurationManagement(XcapClient xcap, WorldScope scope)
{
    private const string Server = "the CMS";
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (string ETag, ProfileFields Fields)> _read = new(StringComparer.Ordinal);
    private ConfigurationManagement _config = new();

    public ConfigurationManagement Set(ConfigurationManagement config)
    {
        if (config.XcapRoot.Length > 0 && !McxUrls.IsHttp(config.XcapRoot))
        {
            throw Errors.Invalid($"field 'xcap_root' must be an absolute http(s) URL, got '{McxIds.Shown(config.XcapRoot)}'");
        }

        if (config.RequireProfile && config.XcapRoot.Length == 0)
        {
            throw Errors.Invalid("field 'require_profile' needs 'xcap_root': the service must be able to read the profiles it requires");
        }

        lock (_gate)
        {
            _config = config.Clone();
            return _config.Clone();
        }
    }

    public ConfigurationManagement Get()
    {
        lock (_gate)
        {
            return _config.Clone();
        }
    }

    /// <summary>The profile fields the CMS holds for <paramref name="mcpttId"/>; null when no CMS is set, or it holds no MCPTT
    /// profile for the user and none is required.</summary>
    /// <exception cref="global::Grpc.Core.RpcException">NOT_FOUND when a required profile is missing; FAILED_PRECONDITION for a
    /// malformed document; UNAVAILABLE when the CMS cannot be reached.</exception>
    public async Task<ProfileFields?> ReadAsync(string mcpttId, CancellationToken ct)
    {
        var config = Get();
        if (config.XcapRoot.Length == 0)
        {
            return null;
        }

        var mcpttUrl = XcapPaths.Document(config.XcapRoot, "org.3gpp.mcptt.user-profile", mcpttId, "user-profile");
        var mcdataUrl = XcapPaths.Document(config.XcapRoot, "org.3gpp.mcdata.user-profile", mcpttId, "user-profile");
        var mcptt = ReadAsync(mcpttUrl, UserProfileDocument.ParseMcptt, ct);
        var mcdata = ReadAsync(mcdataUrl, UserProfileDocument.ParseMcdata, ct);
        await Task.WhenAll(mcptt, mcdata); // both awaited, so a failure of one never leaves the other unobserved
        var (mcpttFields, mcdataFields) = (mcptt.Result, mcdata.Result);
        Log("MCPTT", mcpttId, mcpttFields);
        Log("MCData", mcpttId, mcdataFields);
        if (mcpttFields is null)
        {
            return config.RequireProfile
                ? throw Errors.NotFound($"the CMS holds no MCPTT user profile for '{mcpttId}' at {mcpttUrl} (HTTP 404), and namespace '{scope.Namespace}' requires one to register")
                : mcdataFields;
        }

        return mcpttFields.With(mcdataFields);
    }

    private async Task<ProfileFields?> ReadAsync(string url, Func<string, string, ProfileFields> parse, CancellationToken ct)
    {
        (string ETag, ProfileFields Fields) held;
        lock (_gate)
        {
            held = _read.GetValueOrDefault(url);
        }

        var result = await xcap.GetAsync(Server, url, held.ETag ?? "", ct);
        if (!result.Found)
        {
            return null;
        }

        if (!result.Modified && held.Fields is not null)
        {
            return held.Fields;
        }

        var fields = parse(result.Body, url);
        lock (_gate)
        {
            _read[url] = (result.ETag, fields);
        }

        return fields;
    }

    private void Log(string kind, string mcpttId, ProfileFields? fields)
    {
        if (fields is null)
        {
            McxLog.ProfileDocumentMissing(scope.Logger, scope.Namespace, kind, mcpttId);
        }
        else
        {
            McxLog.ProfileDocumentRead(scope.Logger, scope.Namespace, kind, mcpttId, string.Join(", ", fields.Paths));
        }
    }
}

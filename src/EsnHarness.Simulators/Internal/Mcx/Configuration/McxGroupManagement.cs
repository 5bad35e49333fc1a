using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Mcx.Registry;
using EsnHarness.Simulators.Internal.Worlds;

namespace EsnHarness.Simulators.Internal.Mcx.Configuration;

/// <summary>
/// The namespace's group management server (GMS, TS 24.481): where group documents are read, when, and which version of
/// each the service holds (see GroupManagement in config.proto for the rules). Stores what it reads in
/// <see cref="McxGroups"/>. Its lock guards the time of each group's last read; HTTP runs outside it.
/// </summary>
internal sealed class McxGroupManagement(XcapClient xcap, McxGroups groups, WorldScope scope)
{
    private const string Auid = "org.openmobilealliance.groups";
    private const string Server = "the GMS";
    private readonly Lock _gate = new();
    private readonly Dictionary<string, long> _readAt = new(StringComparer.Ordinal);
    private GroupManagement _config = new();

    public GroupManagement Set(GroupManagement config)
    {
        if (config.XcapRoot.Length > 0 && !McxUrls.IsHttp(config.XcapRoot))
        {
            throw Errors.Invalid($"field 'xcap_root' must be an absolute http(s) URL, got '{McxIds.Shown(config.XcapRoot)}'");
        }

        if (config.DocumentsXui.Length > McxIds.MaxLength)
        {
            throw Errors.Invalid($"field 'documents_xui' is {config.DocumentsXui.Length} characters long; at most {McxIds.MaxLength} are allowed");
        }

        Volatile.Write(ref _config, config.Clone());
        return config.Clone();
    }

    public GroupManagement Get() => Config.Clone();

    /// <summary>The settings in force: replaced, never changed in place, so read without a lock (every request naming a group asks).</summary>
    private GroupManagement Config => Volatile.Read(ref _config);

    /// <summary>Configures a group by reference: reads its document now (conditionally when the same one was read before).</summary>
    public async Task<ReferenceGroupResponse> ReferenceAsync(ReferenceGroupRequest request, CancellationToken ct)
    {
        McxIds.Require(request.GroupId, "group_id");
        var config = Config;
        if (config.XcapRoot.Length == 0)
        {
            throw Errors.Precondition($"namespace '{scope.Namespace}' has no group management server: set one with SetGroupManagement before ReferenceGroup");
        }

        var xui = request.DocumentsXui.Length > 0 ? request.DocumentsXui : config.DocumentsXui;
        McxIds.Require(xui, "documents_xui (or GroupManagement.documents_xui)");
        var url = XcapPaths.Document(config.XcapRoot, Auid, xui, request.GroupId);
        var held = groups.Find(request.GroupId);
        var (group, changed) = await ReadAsync(request.GroupId, url, held?.SourceDocument == url ? held.SourceEtag : "", ct);
        return group is not null
            ? new ReferenceGroupResponse { Group = group, Changed = changed }
            : throw Errors.NotFound($"the GMS has no document for group '{request.GroupId}' at {url} (HTTP 404)");
    }

    /// <summary>
    /// Before a request that names <paramref name="groupId"/>: reads an unknown group's document (under documents_xui), or
    /// revalidates a group read from the GMS once revalidate_after_ms has passed. Returns false when the GMS no longer
    /// has a group the service read from it (the caller removes it); true otherwise.
    /// </summary>
    public async Task<bool> RefreshAsync(string groupId, CancellationToken ct)
    {
        var config = Config;
        if (config.XcapRoot.Length == 0 || groupId.Length == 0 || groupId.Length > McxIds.MaxLength)
        {
            return true;
        }

        if (groups.Find(groupId) is { } held)
        {
            if (held.SourceDocument.Length == 0 || !Stale(groupId, config))
            {
                return true;
            }

            var (group, _) = await ReadAsync(groupId, held.SourceDocument, held.SourceEtag, ct);
            if (group is null)
            {
                McxLog.GroupDocumentGone(scope.Logger, scope.Namespace, groupId, held.SourceDocument);
            }

            return group is not null;
        }

        if (config.DocumentsXui.Length > 0)
        {
            var url = XcapPaths.Document(config.XcapRoot, Auid, config.DocumentsXui, groupId);
            if ((await ReadAsync(groupId, url, "", ct)).Group is null)
            {
                throw Errors.NotFound($"group_id '{groupId}' is not a configured group in namespace '{scope.Namespace}', and the GMS has no document for it at {url} (HTTP 404)");
            }
        }

        return true;
    }

    /// <summary>Reads (or revalidates) a document; stores it when changed. Null when the GMS has no such document.</summary>
    private async Task<(GroupConfig? Group, bool Changed)> ReadAsync(string groupId, string url, string etag, CancellationToken ct)
    {
        var result = await xcap.GetAsync(Server, url, etag, ct);
        if (!result.Found)
        {
            return (null, false);
        }

        GroupConfig group;
        if (result.Modified)
        {
            group = groups.Put(GroupDocument.Parse(result.Body, groupId, url), url, result.ETag);
            McxLog.GroupDocumentRead(scope.Logger, scope.Namespace, groupId, url, result.ETag);
        }
        else
        {
            group = groups.Get(groupId);
            McxLog.GroupDocumentUnchanged(scope.Logger, scope.Namespace, groupId, result.ETag);
        }

        lock (_gate)
        {
            _readAt[groupId] = scope.Time.GetTimestamp();
        }

        return (group, result.Modified);
    }

    private bool Stale(string groupId, GroupManagement config)
    {
        if (config.RevalidateAfterMs == 0)
        {
            return false;
        }

        lock (_gate)
        {
            return !_readAt.TryGetValue(groupId, out var at) || scope.Time.GetElapsedTime(at) >= TimeSpan.FromMilliseconds(config.RevalidateAfterMs);
        }
    }
}

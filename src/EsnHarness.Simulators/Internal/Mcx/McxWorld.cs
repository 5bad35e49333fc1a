using System.Collections.Concurrent;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Worlds;

namespace EsnHarness.Simulators.Internal.Mcx;

/// <summary>
/// The MCX service state of one namespace. Mutations take <see cref="_gate"/>; floor arbitrators are only
/// entered while holding it (lock order world → arbitrator). Downlinks are concurrent so floor outputs can
/// enqueue without the world lock.
/// </summary>
internal sealed partial class McxWorld(string ns, McxSettings settings, TimeProvider time, TokenIntrospector introspector, WorldScope scope) : IWorld
{
    /// <summary>Events per ConnectMany message: a voice frame to a 1,000-member group fits one.</summary>
    private const int MaxDownlinkBatch = 1024;

    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<string, McxClientSession> _clients = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GroupConfig> _groups = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UserProfile> _profiles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, McxCall> _calls = new(StringComparer.Ordinal);
    private long _callCounter;

    public string Namespace => ns;

    public TimeProvider Time => time;

    /// <summary>The namespace's group patches: a call on a patched group is the call of both groups.</summary>
    public McxPatches Patches { get; } = new(time);

    public WorldScope Scope => scope;

    /// <summary>Ends every call, timer and downlink of the namespace (its streams end through <see cref="WorldScope.Closing"/>).</summary>
    public ValueTask DisposeAsync()
    {
        lock (_gate)
        {
            foreach (var call in _calls.Values)
            {
                call.Arbitrator?.Stop();
                call.DurationTimer?.Dispose();
                call.NoAnswerTimer?.Dispose();
            }

            _calls.Clear();
            foreach (var record in _sds.Values)
            {
                record.Retransmit?.Dispose();
            }

            _sds.Clear();
            foreach (var client in _clients.Values)
            {
                client.Detach();
            }

            _clients.Clear();
            foreach (var watcher in _locationWatchers)
            {
                watcher.Feed.Writer.TryComplete();
            }

            _locationWatchers.Clear();
        }

        return ValueTask.CompletedTask;
    }

    private RegisterResponse Register(RegisterRequest request)
    {
        var identity = request.Identity ?? throw Errors.Invalid(Errors.Required("identity"));
        RequireId(identity.McpttId, "identity.mcptt_id");
        lock (_gate)
        {
            var profile = _profiles.TryGetValue(identity.McpttId, out var configured)
                ? configured.Clone()
                : Profiles.Default(identity, settings.DefaultMaxSdsSizeBytes);
            profile.Identity = identity.Clone();
            if (_clients.TryGetValue(identity.McpttId, out var existing))
            {
                existing.Profile = profile;
                existing.Registered = true;
                existing.SdsSequences.Clear(); // a new registration numbers its incoming messages from 1 again
                existing.AccessToken = request.AccessToken;
            }
            else
            {
                _clients[identity.McpttId] = new McxClientSession(profile, settings.ClientBufferCapacity) { AccessToken = request.AccessToken };
            }

            return new RegisterResponse { Profile = profile };
        }
    }

    public void Deregister(string mcpttId)
    {
        lock (_gate)
        {
            DeregisterLocked(RequireClient(mcpttId, "mcptt_id"));
        }
    }

    private void DeregisterLocked(McxClientSession client)
    {
        foreach (var callId in client.Calls.ToList())
        {
            LeaveCallLocked(client, _calls[callId]);
        }

        client.Affiliations.Clear();
        client.Registered = false;
        _clients.TryRemove(client.McpttId, out _);
        client.Detach();
    }

    public McxClientSession Connect(string mcpttId)
    {
        RequireId(mcpttId, "mcptt_id");
        return _clients.TryGetValue(mcpttId, out var client)
            ? client
            : throw Errors.Precondition($"mcptt_id '{mcpttId}' is not registered in namespace '{ns}': call Register first");
    }

    /// <summary>A new multiplexed downlink (ConnectMany) of this world.</summary>
    public McxDownlinkMux NewDownlinkMux() => new(settings.ClientBufferCapacity * 4, MaxDownlinkBatch);

    public void SendTo(string mcpttId, McxEvent e)
    {
        if (_clients.TryGetValue(mcpttId, out var client))
        {
            client.Send(e, Clock.Now(time));
        }
    }

    /// <summary>
    /// Sends one event to many clients (a voice frame to a group call's receivers): clients on the same multiplexed
    /// downlink share one queued, once-serialised entry; <paramref name="make"/> is called once per entry.
    /// </summary>
    public void SendToMany(IEnumerable<string> mcpttIds, Func<McxEvent> make)
    {
        var now = Clock.Now(time);
        Dictionary<McxDownlinkMux, List<McxClientSession>>? byMux = null;
        foreach (var id in mcpttIds)
        {
            if (!_clients.TryGetValue(id, out var client))
            {
                continue;
            }

            if (client.Mux is { } mux)
            {
                byMux ??= [];
                if (!byMux.TryGetValue(mux, out var list))
                {
                    byMux[mux] = list = [];
                }

                list.Add(client);
            }
            else
            {
                client.Send(make(), now);
            }
        }

        foreach (var (mux, clients) in byMux ?? [])
        {
            foreach (var moved in mux.FanOut(clients, make(), now) ?? [])
            {
                moved.Send(make(), now);
            }
        }
    }

    public string FunctionalAliasOf(string mcpttId) =>
        _clients.TryGetValue(mcpttId, out var c) ? c.Profile.Identity.FunctionalAlias : "";

    private McxClientSession RequireClient(string mcpttId, string field)
    {
        RequireId(mcpttId, field);
        if (!_clients.TryGetValue(mcpttId, out var client) || !client.Registered)
        {
            if (_revoked.Contains(mcpttId))
            {
                throw RevokedError(mcpttId, field);
            }

            throw Errors.NotFound($"{field} '{mcpttId}' is not a registered MCX user in namespace '{ns}'");
        }

        return client;
    }

    private GroupConfig RequireGroup(string groupId, string field)
    {
        RequireId(groupId, field);
        return _groups.TryGetValue(groupId, out var group)
            ? group
            : throw Errors.NotFound($"{field} '{groupId}' is not a configured group in namespace '{ns}'");
    }

    private McxCall RequireCall(string callId, string field)
    {
        RequireId(callId, field);
        return _calls.TryGetValue(callId, out var call)
            ? call
            : throw Errors.NotFound($"{field} '{callId}' is not an active call in namespace '{ns}'");
    }

    private static void RequireId(string value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw Errors.Invalid(Errors.Required(field));
        }

        if (value.Length > 256)
        {
            throw Errors.Invalid($"field '{field}' is {value.Length} characters long; at most 256 are allowed");
        }
    }
}

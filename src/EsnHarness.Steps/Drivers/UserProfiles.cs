using System.Collections.Concurrent;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Scenario-scoped: every cast member's user profile (TS 24.484) as this scenario configures it, through the
/// configuration role (esn.mcx.v1 McxConfiguration). The profile is a model each step changes field by field; every
/// change stores the whole model, so no step loses a setting another made (a floor priority survives a later SDS limit).
/// </summary>
public sealed class UserProfiles(EsnSession session, Cast cast) : IDisposable
{
    /// <summary>Floor priority a terminal user starts with (within a priority level, TS 22.179 §6.8.6).</summary>
    public const uint TerminalFloorPriority = 100;

    /// <summary>Floor priority a dispatcher console starts with: dispatchers outrank crews.</summary>
    public const uint ConsoleFloorPriority = 200;

    private readonly McxConfiguration.McxConfigurationClient _config = new(session.Invoker(EsnRole.Mcx));
    private readonly ConcurrentDictionary<string, Entry> _profiles = new(StringComparer.Ordinal);
    private readonly Lock _limits = new();
    private uint _maxSds;
    private uint _maxSdsControlPlane;

    /// <summary>Stores the member's profile at log-on: London defaults for their kind, the scenario's SDS limits; a member logging on again keeps theirs.</summary>
    public Task CreateAsync(CastMember member)
    {
        var entry = _profiles.GetOrAdd(member.McpttId, _ => new Entry(Defaults(member)));
        return EditAsync(member.Name, entry, p =>
        {
            lock (_limits)
            {
                p.MaxSdsSizeBytes = _maxSds;
                p.MaxSdsControlPlaneBytes = _maxSdsControlPlane;
            }
        });
    }

    /// <summary>Sets a user's floor priority within a priority level (TS 22.179 §6.8.6).</summary>
    public Task SetFloorPriorityAsync(UserName name, uint priority) => EditAsync(name, p => p.FloorPriority = priority);

    /// <summary>Sets how long a manual-commencement private call to the user rings unanswered before it fails.</summary>
    public Task SetNoAnswerTimeAsync(UserName name, TimeSpan ringing) => EditAsync(name, p => p.PrivateCallNoAnswerMs = (uint)ringing.TotalMilliseconds);

    /// <summary>Sets the maximum SDS size (TS 24.484 §10.4) for every member, and for those who log on later.</summary>
    public Task SetMaxSdsSizeAsync(uint bytes)
    {
        lock (_limits)
        {
            _maxSds = bytes;
        }

        return EditEveryoneAsync(p => p.MaxSdsSizeBytes = bytes);
    }

    /// <summary>Sets the maximum control-plane SDS payload (TS 24.484 §10.4) for every member, and for those who log on later; larger SDS take the media plane.</summary>
    public Task SetMaxSdsControlPlaneAsync(uint bytes)
    {
        lock (_limits)
        {
            _maxSdsControlPlane = bytes;
        }

        return EditEveryoneAsync(p => p.MaxSdsControlPlaneBytes = bytes);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var entry in _profiles.Values)
        {
            entry.Gate.Dispose();
        }
    }

    private Task EditEveryoneAsync(Action<UserProfile> edit) =>
        Task.WhenAll(_profiles.Select(kv => EditAsync(cast.ByMcpttId(kv.Key)?.Name ?? new UserName(kv.Key), kv.Value, edit)));

    private Task EditAsync(UserName name, Action<UserProfile> edit)
    {
        var member = cast.Get(name);
        return _profiles.TryGetValue(member.McpttId, out var entry)
            ? EditAsync(name, entry, edit)
            : throw new ArgumentException($"{name} has no ESN user profile in this scenario: log them on first (an Airwave radio user has none).");
    }

    // One edit at a time per member, stored in the order made: two steps changing one member never store a stale model.
    private async Task EditAsync(UserName name, Entry entry, Action<UserProfile> edit)
    {
        await entry.Gate.WaitAsync();
        try
        {
            edit(entry.Model);
            var profile = entry.Model.Clone();
            await Rpc.CallAsync(() => _config.PutUserProfileAsync(new PutUserProfileRequest { Profile = profile }).ResponseAsync, $"store the user profile of {name}");
        }
        finally
        {
            entry.Gate.Release();
        }
    }

    private static UserProfile Defaults(CastMember m) => new()
    {
        Identity = UserIdentities.Of(m),
        AllowEmergency = true,
        AllowImminentPeril = true,
        AllowPrivateCall = true,
        AllowBroadcast = m.Kind == MemberKind.Console,
        AllowRemoteAffiliation = m.Kind == MemberKind.Console,
        AllowAmbientListening = m.Kind == MemberKind.Console,
        FloorPriority = m.Kind == MemberKind.Console ? ConsoleFloorPriority : TerminalFloorPriority,
    };

    private sealed record Entry(UserProfile Model)
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);
    }
}

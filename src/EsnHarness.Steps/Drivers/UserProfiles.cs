using System.Collections.Concurrent;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;
using Google.Protobuf.WellKnownTypes;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Scenario-scoped: every cast member's user profile (TS 24.484) as this scenario configures it, through the
/// configuration role (esn.mcx.v1 McxConfiguration). A member's profile is stored whole once, at first log-on, with the
/// London defaults for their kind; every later change names only the fields it changes (PatchUserProfile), so no step
/// loses a setting another made (a floor priority survives a later SDS limit) and fields the CMS supplied stay as read.
/// </summary>
public sealed class UserProfiles(EsnSession session, Cast cast)
{
    /// <summary>Floor priority a terminal user starts with (within a priority level, TS 22.179 §6.8.6).</summary>
    public const uint TerminalFloorPriority = 100;

    /// <summary>Floor priority a dispatcher console starts with: dispatchers outrank crews.</summary>
    public const uint ConsoleFloorPriority = 200;

    private readonly McxConfiguration.McxConfigurationClient _config = new(session.Invoker(EsnRole.Mcx));
    private readonly ConcurrentDictionary<string, Task> _created = new(StringComparer.Ordinal);
    private readonly Lock _limits = new();
    private uint _maxSds;
    private uint _maxSdsControlPlane;

    /// <summary>Stores the member's profile at first log-on: London defaults for their kind and the scenario's SDS limits;
    /// a member logging on again keeps theirs.</summary>
    public Task CreateAsync(CastMember member) => _created.GetOrAdd(member.McpttId, _ => PutDefaultsAsync(member));

    /// <summary>Sets a user's floor priority within a priority level (TS 22.179 §6.8.6).</summary>
    public Task SetFloorPriorityAsync(UserName name, uint priority) =>
        PatchAsync(Member(name), p => p.FloorPriority = priority, "floor_priority");

    /// <summary>Sets how long a manual-commencement private call to the user rings unanswered before it fails.</summary>
    public Task SetNoAnswerTimeAsync(UserName name, TimeSpan ringing) =>
        PatchAsync(Member(name), p => p.PrivateCallNoAnswerMs = (uint)ringing.TotalMilliseconds, "private_call_no_answer_ms");

    /// <summary>Lets a dispatcher answer <paramref name="agency"/>'s groups as its own, under an arrangement that service made.</summary>
    public Task AllowDispatchForAsync(UserName name, Agency agency) =>
        PatchAsync(Member(name), p => p.DispatchForAgencies.Add(agency), "dispatch_for_agencies");

    /// <summary>Sets the maximum SDS size (TS 24.484 §10.4) for every member, and for those who log on later.</summary>
    public Task SetMaxSdsSizeAsync(uint bytes)
    {
        lock (_limits)
        {
            _maxSds = bytes;
        }

        return EveryoneAsync(m => PatchAsync(m, p => p.MaxSdsSizeBytes = bytes, "max_sds_size_bytes"));
    }

    /// <summary>Sets the maximum control-plane SDS payload (TS 24.484 §10.4) for every member, and for those who log on later; larger SDS take the media plane.</summary>
    public Task SetMaxSdsControlPlaneAsync(uint bytes)
    {
        lock (_limits)
        {
            _maxSdsControlPlane = bytes;
        }

        return EveryoneAsync(m => PatchAsync(m, p => p.MaxSdsControlPlaneBytes = bytes, "max_sds_control_plane_bytes"));
    }

    private async Task PutDefaultsAsync(CastMember member)
    {
        var profile = Defaults(member);
        lock (_limits)
        {
            profile.MaxSdsSizeBytes = _maxSds;
            profile.MaxSdsControlPlaneBytes = _maxSdsControlPlane;
        }

        await Rpc.CallAsync(() => _config.PutUserProfileAsync(new PutUserProfileRequest { Profile = profile }).ResponseAsync, $"store the user profile of {member.Name}");
    }

    // Members who log on while this runs store the new limit with their defaults (the limit is set before they are listed).
    private Task EveryoneAsync(Func<CastMember, Task> patch) =>
        Task.WhenAll(_created.Keys.Select(id => cast.ByMcpttId(id)).OfType<CastMember>().Select(patch));

    private CastMember Member(UserName name)
    {
        var member = cast.Get(name);
        return _created.ContainsKey(member.McpttId)
            ? member
            : throw new ArgumentException($"{name} has no ESN user profile in this scenario: log them on first (an Airwave radio user has none).");
    }

    private async Task PatchAsync(CastMember member, Action<UserProfile> set, params string[] fields)
    {
        await _created[member.McpttId];
        var profile = new UserProfile { Identity = UserIdentities.Of(member) };
        set(profile);
        var request = new PatchUserProfileRequest { Profile = profile, UpdateMask = new FieldMask { Paths = { fields } } };
        await Rpc.CallAsync(() => _config.PatchUserProfileAsync(request).ResponseAsync, $"change {string.Join(", ", fields)} in the user profile of {member.Name}");
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
}

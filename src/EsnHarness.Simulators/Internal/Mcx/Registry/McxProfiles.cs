using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Worlds;
using Google.Protobuf.WellKnownTypes;

namespace EsnHarness.Simulators.Internal.Mcx.Registry;

/// <summary>
/// The user profiles configured for a namespace (TS 24.484): stored whole with PutUserProfile, changed field by field with
/// PatchUserProfile or from the CMS at registration. A leaf of the world's lock order. A stored profile is never changed
/// in place: a change stores a new instance, so <see cref="Find"/> hands out the stored one for reading only.
/// </summary>
internal sealed class McxProfiles(McxSettings settings, WorldScope scope)
{
    private static readonly FieldMask.MergeOptions FieldByField = new()
    {
        ReplacePrimitiveFields = true, // a named field set to 0 or false is set, not skipped
        ReplaceMessageFields = true,
        ReplaceRepeatedFields = true,
    };

    private readonly Lock _gate = new();
    private readonly Dictionary<string, UserProfile> _profiles = new(StringComparer.Ordinal);

    /// <summary>Replaces the whole profile of the user it names; fields left out take their defaults.</summary>
    public UserProfile Put(UserProfile? profile)
    {
        var stored = Validated(profile, "profile");
        lock (_gate)
        {
            _profiles[stored.Identity.McpttId] = stored;
        }

        return stored.Clone();
    }

    /// <summary>
    /// Sets the fields named in <paramref name="mask"/> to their values in <paramref name="profile"/> and keeps the others:
    /// on the configured profile, else <paramref name="registered"/> (the one the user registered with), else the defaults.
    /// </summary>
    public UserProfile Patch(UserProfile? profile, FieldMask? mask, UserProfile? registered)
    {
        if (profile?.Identity is null)
        {
            throw Errors.Invalid(Errors.Required("profile.identity"));
        }

        var id = profile.Identity.McpttId;
        McxIds.Require(id, "profile.identity.mcptt_id");
        RequireMask(mask);
        UserProfile stored;
        lock (_gate)
        {
            var next = (_profiles.GetValueOrDefault(id) ?? registered ?? McxDefaults.Default(profile.Identity, settings.DefaultMaxSdsSizeBytes)).Clone();
            mask!.Merge(profile, next, FieldByField);
            stored = Validated(next, "profile");
            _profiles[id] = stored;
        }

        McxLog.ProfilePatched(scope.Logger, scope.Namespace, id, string.Join(", ", mask.Paths));
        return stored.Clone();
    }

    /// <summary>The configured profile, for reading only, or null.</summary>
    public UserProfile? Find(string mcpttId)
    {
        lock (_gate)
        {
            return _profiles.GetValueOrDefault(mcpttId);
        }
    }

    private static void RequireMask(FieldMask? mask)
    {
        if (mask is null || mask.Paths.Count == 0)
        {
            throw Errors.Invalid("field 'update_mask' names no field: name the fields to change (e.g. \"floor_priority\"), or use PutUserProfile to replace the whole profile");
        }

        foreach (var path in mask.Paths)
        {
            if (!FieldMask.IsValid(UserProfile.Descriptor, path))
            {
                throw Errors.Invalid($"field 'update_mask' names '{McxIds.Shown(path)}', which is not a field of UserProfile");
            }

            if (path == "identity.mcptt_id")
            {
                throw Errors.Invalid("field 'update_mask' names 'identity.mcptt_id': the MCPTT ID identifies the profile and cannot be changed");
            }
        }
    }

    private UserProfile Validated(UserProfile? profile, string field)
    {
        if (profile?.Identity is null)
        {
            throw Errors.Invalid(Errors.Required($"{field}.identity"));
        }

        McxIds.Require(profile.Identity.McpttId, $"{field}.identity.mcptt_id");
        if (profile.FloorPriority > 255)
        {
            throw Errors.Invalid($"field '{field}.floor_priority' must be 0..255, got {profile.FloorPriority}");
        }

        return McxDefaults.WithDefaults(profile, settings.DefaultMaxSdsSizeBytes);
    }
}

using System.Collections.Concurrent;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;
using EsnHarness.Targets;

namespace EsnHarness.Steps.Drivers;

/// <summary>Scenario-scoped driver of group configuration (the GMS role through esn.mcx.v1 McxConfiguration).</summary>
public sealed class Groups(EsnSession session, Cast cast, GroupKeys keys)
{
    private readonly McxConfiguration.McxConfigurationClient _config = new(session.Invoker(EsnRole.Mcx));
    private readonly ConcurrentDictionary<string, GroupConfig> _groups = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates a group owned by <paramref name="agency"/> (null = multi-agency) with the named members, London defaults otherwise.</summary>
    public async Task CreateAsync(GroupName group, Agency? agency, IEnumerable<UserName> members)
    {
        var config = new GroupConfig
        {
            GroupId = group.Value,
            DisplayName = group.Value,
            Agency = agency ?? Agency.Unspecified,
            RequireAffiliation = true,
            AllowEmergency = true,
            AllowImminentPeril = true,
            AllowEmergencyAlert = true,
            QueueingEnabled = true,
            Priority = 100,
        };
        config.Members.Add(members.Select(m => cast.Get(m).McpttId));
        await PutAsync(config);
        if (agency is { } owner)
        {
            cast.Involve(owner, $"group {group}");
        }
    }

    /// <summary>Creates <paramref name="copy"/> with every setting of <paramref name="source"/> but other members (a parallel measurement lane).</summary>
    public async Task CopyAsync(GroupName source, GroupName copy, IEnumerable<UserName> members)
    {
        var config = Config(source).Clone();
        config.GroupId = copy.Value;
        config.DisplayName = copy.Value;
        config.Members.Clear();
        config.Members.Add(members.Select(m => cast.Get(m).McpttId));
        await PutAsync(config);
    }

    /// <summary>The named members of a group as the feature wrote them.</summary>
    public IReadOnlyList<CastMember> Members(GroupName group) =>
        Config(group).Members.Select(cast.ByMcpttId).OfType<CastMember>().ToArray();

    /// <summary>The named members of a group with an ESN terminal or console (Airwave radios left out).</summary>
    public IReadOnlyList<CastMember> TerminalMembers(GroupName group) => [.. Members(group).Where(m => m.Kind != MemberKind.AirwaveRadio)];

    /// <summary>The group's members with an ESN terminal other than <paramref name="user"/> ("every other member").</summary>
    public IReadOnlyList<CastMember> OthersThan(GroupName group, UserName user) =>
        [.. TerminalMembers(group).Where(m => !string.Equals(m.Name.Value, user.Value, StringComparison.OrdinalIgnoreCase))];

    /// <summary>Applies one setting from a "configured with" table; the setting names are those a requirement owner uses.</summary>
    /// <exception cref="ArgumentException">Unknown setting or a value that does not parse; the message names it.</exception>
    public async Task ConfigureAsync(GroupName group, IEnumerable<(string Setting, string Value)> settings)
    {
        var config = Config(group).Clone();
        foreach (var (setting, value) in settings)
        {
            GroupSettings.Apply(config, setting, value);
        }

        await PutAsync(config);
    }

    /// <summary>Adds an identity (e.g. the interworking function's) to a group's members.</summary>
    public async Task AddMemberAsync(GroupName group, string mcpttId)
    {
        var config = Config(group).Clone();
        if (!config.Members.Contains(mcpttId))
        {
            config.Members.Add(mcpttId);
            await PutAsync(config);
        }
    }

    /// <summary>Changes the hang time (used while measuring repeated call set-ups); returns the previous value.</summary>
    public async Task<uint> SetHangTimeAsync(GroupName group, uint milliseconds)
    {
        var config = Config(group).Clone();
        var previous = config.HangTimeMs;
        config.HangTimeMs = milliseconds;
        await PutAsync(config);
        return previous;
    }

    /// <summary>Stores a copy of <paramref name="group"/> (same configuration and members) under <paramref name="copy"/>.</summary>
    public async Task<GroupName> CopyAsync(GroupName group, string copy)
    {
        var config = Config(group).Clone();
        config.GroupId = copy;
        config.DisplayName = copy;
        await PutAsync(config);
        return new GroupName(copy);
    }

    /// <summary>Remembers a group as the MCX service holds it (e.g. read from the GMS), so the scenario's steps know its
    /// members (and the KMS is told them, as for a group the scenario stores).</summary>
    internal async Task RememberAsync(GroupConfig config)
    {
        _groups[config.GroupId] = config;
        await keys.GroupStoredAsync(config);
    }

    /// <summary>The group's configuration as last stored.</summary>
    internal GroupConfig Config(GroupName group) =>
        _groups.TryGetValue(group.Value, out var config)
            ? config
            : throw new ArgumentException($"Group {group} is not set up in this scenario; add e.g. 'Given the LFB group {group} with members \"...\" and \"...\"'.");

    private async Task PutAsync(GroupConfig config)
    {
        var stored = await Rpc.CallAsync(() => _config.PutGroupAsync(new PutGroupRequest { Group = config }).ResponseAsync, $"store group '{config.GroupId}'");
        _groups[config.GroupId] = stored.Group;
        await keys.GroupStoredAsync(stored.Group);
    }
}

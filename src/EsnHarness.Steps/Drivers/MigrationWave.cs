using EsnHarness.Contracts.Interworking.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Scenario-scoped: an agency's Airwave migration plan as data (which talkgroup belongs to which borough and moves to which
/// ESN group; which officer is on which talkgroup and joins which ESN groups) and what a wave does with it: one borough's
/// officers log on to ESN, its bridges are removed (the cut-over), and restored again (the roll-back). The state of the
/// boroughs outside the wave is read through the contracts when the wave cuts over, for the checks to compare.
/// </summary>
public sealed class MigrationWave(EsnSession session, Cast cast, Groups groups, TerminalFleet fleet, Interworking interworking, InterworkingIdentities identities)
{
    private readonly McxService.McxServiceClient _mcx = new(session.Invoker(EsnRole.Mcx));
    private Agency? _agency;
    private IReadOnlyList<MigrationTalkgroup> _talkgroups = [];
    private IReadOnlyList<MigrationOfficer> _officers = [];

    /// <summary>The agency whose plan it is.</summary>
    public Agency Agency => _agency ?? throw new ArgumentException("No migration plan in this scenario; add 'Given the MPS Airwave migration plan:' with its talkgroups first.");

    /// <summary>The plan's talkgroups.</summary>
    public IReadOnlyList<MigrationTalkgroup> Talkgroups => _talkgroups.Count > 0 ? _talkgroups : throw new ArgumentException("The migration plan has no talkgroups.");

    /// <summary>The plan's officers.</summary>
    public IReadOnlyList<MigrationOfficer> Officers => _officers;

    /// <summary>The state of the boroughs outside the wave when it cut over (null before the cut-over).</summary>
    public IReadOnlyList<string>? OutsideAtCutOver { get; private set; }

    /// <summary>Sets the plan's talkgroups.</summary>
    /// <exception cref="ArgumentException">A talkgroup is listed twice.</exception>
    public void Plan(Agency agency, IReadOnlyList<MigrationTalkgroup> talkgroups)
    {
        if (talkgroups.GroupBy(t => t.Talkgroup, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"The migration plan lists talkgroup '{twice.Key}' twice.");
        }

        (_agency, _talkgroups) = (agency, talkgroups);
    }

    /// <summary>Sets the plan's officers.</summary>
    /// <exception cref="ArgumentException">An officer's talkgroup or ESN group is not in the plan.</exception>
    public void Staff(IReadOnlyList<MigrationOfficer> officers)
    {
        foreach (var officer in officers)
        {
            _ = Row(officer.Talkgroup);
            if (officer.Groups.FirstOrDefault(g => Talkgroups.All(t => !t.Group.Equals(g))) is { } stray)
            {
                throw new ArgumentException($"{officer.Name}'s ESN group {stray} is not in the migration plan; its groups are {string.Join(", ", Talkgroups.Select(t => t.Group))}.");
            }
        }

        _officers = officers;
    }

    /// <summary>The plan's talkgroups of <paramref name="borough"/>.</summary>
    public IReadOnlyList<MigrationTalkgroup> Of(string borough) =>
        Talkgroups.Where(t => Same(t.Borough, borough)).ToArray() is { Length: > 0 } rows
            ? rows
            : throw new ArgumentException($"The migration plan has no talkgroup of '{borough}'; its boroughs are {string.Join(", ", Talkgroups.Select(t => t.Borough).Distinct())}.");

    /// <summary>The plan's officers of <paramref name="borough"/>.</summary>
    public IReadOnlyList<MigrationOfficer> OfficersOf(string borough) => [.. Officers.Where(o => Same(o.Borough, borough))];

    /// <summary>
    /// Before any wave: every ESN group of the plan exists with the agency's dispatchers (affiliated) and the officers' ESN
    /// identities as members, every talkgroup is patched to its group, every officer is on their talkgroup with an Airwave
    /// radio, and the identity table maps each radio.
    /// </summary>
    public async Task SetUpOnAirwaveAsync()
    {
        var dispatchers = cast.Members.Where(m => m.Kind == MemberKind.Console && m.Agency == Agency).Select(m => m.Name).ToList();
        foreach (var row in Talkgroups)
        {
            await groups.CreateAsync(row.Group, Agency, dispatchers);
            foreach (var officer in Officers.Where(o => o.Groups.Contains(row.Group)))
            {
                await groups.AddMemberAsync(row.Group, Cast.EsnIdentityOf(officer.Name, Agency));
            }

            await Task.WhenAll(dispatchers.Select(d => fleet.AffiliateAsync(d, row.Group)));
            await interworking.PatchAsync(row.Talkgroup, row.Group, Agency);
        }

        foreach (var officer in Officers)
        {
            await interworking.RegisterRadioAsync(officer.Name, Agency, officer.Talkgroup);
        }

        await identities.MapAsync([.. Officers.Select(o => new IdentityRow(o.Name, null, null))]);
    }

    /// <summary>The borough's officers log on to ESN where the plan says and affiliate to their ESN groups (they keep their radios).</summary>
    public async Task LogOnAsync(string borough)
    {
        _ = Of(borough);
        await Task.WhenAll(OfficersOf(borough).Select(async officer =>
        {
            await fleet.LogOnAsync(officer.Name, Agency, officer.Place);
            foreach (var group in officer.Groups)
            {
                await fleet.AffiliateAsync(officer.Name, group);
            }
        }));
    }

    /// <summary>The cut-over: the state outside the wave is read, then the borough's bridges are removed.</summary>
    public async Task CutOverAsync(string borough)
    {
        var moving = Of(borough);
        OutsideAtCutOver = await ReadOutsideAsync(borough);
        foreach (var row in moving)
        {
            await interworking.RemoveAsync(row.Talkgroup);
        }
    }

    /// <summary>The roll-back: the borough's talkgroups are patched to their ESN groups again.</summary>
    public async Task RollBackAsync(string borough)
    {
        fleet.MarkAction();
        foreach (var row in Of(borough))
        {
            await interworking.PatchAsync(row.Talkgroup, row.Group, Agency);
        }
    }

    /// <summary>
    /// The state of the plan's talkgroups outside <paramref name="borough"/>, one line each, as the interworking function and
    /// the MCX service report it: each talkgroup's bridge (ID, ESN group, state) and who is affiliated to its ESN group.
    /// </summary>
    public async Task<IReadOnlyList<string>> ReadOutsideAsync(string borough)
    {
        var bridges = await interworking.ListBridgesAsync();
        var lines = new List<string>();
        foreach (var row in Talkgroups.Where(t => !Same(t.Borough, borough)))
        {
            var bridge = bridges.FirstOrDefault(b => Same(b.Talkgroup, row.Talkgroup));
            lines.Add(bridge is null ? $"talkgroup {row.Talkgroup}: not patched" : $"talkgroup {row.Talkgroup}: {bridge.BridgeId} to {bridge.GroupId}, {bridge.State}");
            lines.Add($"group {row.Group.Value} affiliated: {string.Join(", ", (await AffiliatedAsync(row.Group)).Order(StringComparer.Ordinal))}");
        }

        return lines;
    }

    /// <summary>The MCPTT IDs the MCX service holds affiliated to <paramref name="group"/>.</summary>
    public async Task<IReadOnlySet<string>> AffiliatedAsync(GroupName group)
    {
        var response = await Rpc.CallAsync(() => _mcx.GetAffiliationsAsync(new GetAffiliationsRequest { GroupId = group.Value }).ResponseAsync, $"read the affiliations of {group}");
        return response.Affiliations.Where(a => a.State == AffiliationState.Affiliated).Select(a => a.McpttId).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The bridges as the interworking function lists them now.</summary>
    public Task<IReadOnlyList<Bridge>> BridgesAsync() => interworking.ListBridgesAsync();

    private MigrationTalkgroup Row(string talkgroup) => Talkgroups.FirstOrDefault(t => Same(t.Talkgroup, talkgroup))
        ?? throw new ArgumentException($"Talkgroup '{talkgroup}' is not in the migration plan; its talkgroups are {string.Join(", ", Talkgroups.Select(t => t.Talkgroup))}.");

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}

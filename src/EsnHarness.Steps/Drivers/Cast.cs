using System.Collections.Concurrent;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>Scenario-scoped: who is in the scenario, by the names the feature uses.</summary>
public sealed class Cast
{
    private readonly ConcurrentDictionary<string, CastMember> _members = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, CastMember> _byMcpttId = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<Agency, string> _systems = new();

    /// <summary>Everyone, in no particular order.</summary>
    public IReadOnlyCollection<CastMember> Members => _members.Values.ToArray();

    /// <summary>
    /// The agencies that took part: those of every member (terminals, consoles, Airwave radios, agency systems such as a
    /// CAD gateway) and of every agency system a step used without a member of its own (an AVL feed, a group's owner, a
    /// revocation), each with what it was, in the contract's order.
    /// </summary>
    public IReadOnlyList<Participant> Participants =>
    [
        .. _members.Values.Select(member => new Participant(member.Agency, $"{member.Name.Value} ({member.Kind})"))
            .Concat(_systems.Select(system => new Participant(system.Key, system.Value)))
            .OrderBy(participant => participant.Agency).ThenBy(participant => participant.What, StringComparer.Ordinal),
    ];

    /// <summary>Notes that a system of <paramref name="agency"/> took part (the first use of each agency is kept).</summary>
    /// <param name="agency">The agency whose system it is.</param>
    /// <param name="what">What it was, e.g. "AVL feed".</param>
    public void Involve(Agency agency, string what) => _systems.TryAdd(agency, what);

    /// <summary>Adds a member built from their name and agency.</summary>
    /// <param name="name">Name as written.</param>
    /// <param name="agency">Their service.</param>
    /// <param name="kind">Client kind.</param>
    /// <param name="room">Control room of a console.</param>
    /// <param name="mcpttId">ESN identity to use instead of the derived one (an Airwave radio shows as its bridge's identity).</param>
    public CastMember Add(UserName name, Agency agency, MemberKind kind, ControlRoom? room = null, string? mcpttId = null)
    {
        var slug = Slug(name.Value);
        var id = kind == MemberKind.AirwaveRadio ? Issi(slug) : slug;
        mcpttId ??= kind == MemberKind.AirwaveRadio ? $"tetra:{id}" : EsnIdentityOf(name, agency);
        var member = new CastMember(name, agency, kind, id, mcpttId, room);
        _members[name.Value] = member;
        _byMcpttId.TryAdd(mcpttId, member);
        return member;
    }

    /// <summary>
    /// The member's ESN identity is now <paramref name="mcpttId"/> (an Airwave radio whose ISSI the interworking function
    /// maps to an MCPTT ID of its own); the identity it showed under before no longer names them.
    /// </summary>
    public CastMember Remap(UserName name, string mcpttId)
    {
        var old = Get(name);
        var member = old with { McpttId = mcpttId };
        _members[name.Value] = member;
        _byMcpttId.TryRemove(new KeyValuePair<string, CastMember>(old.McpttId, old));
        _byMcpttId[mcpttId] = member;
        return member;
    }

    /// <summary>The member now uses the terminal <paramref name="deviceId"/> (a handheld docked in a vehicle device and back):
    /// steps that name them act on it.</summary>
    public CastMember UseDevice(UserName name, string deviceId)
    {
        var member = Get(name) with { DeviceId = deviceId };
        _members[name.Value] = member;
        _byMcpttId[member.McpttId] = member;
        return member;
    }

    /// <summary>The MCPTT ID a person logs on to ESN with: <c>sip:name@agency.esn.gov.uk</c>.</summary>
    public static string EsnIdentityOf(UserName name, Agency agency) => $"sip:{Slug(name.Value)}@{agency.Name().ToLowerInvariant()}.esn.gov.uk";

    /// <summary>The MCPTT ID of a person's Airwave radio homed in the interworking function (TS 29.379): in the IWF's own domain, not their ESN identity.</summary>
    public static string AirwaveIdentityOf(UserName name, Agency agency) => $"sip:{Slug(name.Value)}@airwave.{agency.Name().ToLowerInvariant()}.esn.gov.uk";

    /// <summary>The stable 7-digit TETRA ISSI of a person's Airwave radio (or of any TETRA terminal named <paramref name="terminal"/>).</summary>
    public static string IssiOf(string terminal) => Issi(Slug(terminal));

    /// <summary>
    /// A console's user logs on at another position (a fallback control-room site): the same person and MCPTT ID on a console
    /// of its own there, which replaces the old one under the name (the old one stays as the device it was).
    /// </summary>
    public CastMember Relocate(UserName name, PlaceName site)
    {
        var old = Get(name);
        var moved = old with { DeviceId = $"{Slug(name.Value)}@{Slug(site.Value)}" };
        _members[name.Value] = moved;
        return moved;
    }

    /// <summary>The member called <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">Nobody of that name was introduced in the scenario.</exception>
    public CastMember Get(UserName name) =>
        _members.TryGetValue(name.Value, out var member)
            ? member
            : throw new ArgumentException(
                $"{name} is not in this scenario; introduce them first, e.g. 'Given these users are logged on:' or 'Given {name} is a dispatcher at MetCC'.");

    /// <summary>The member with that MCPTT ID, or null (e.g. the interworking function's own identity).</summary>
    public CastMember? ByMcpttId(string mcpttId) => _byMcpttId.GetValueOrDefault(mcpttId);

    /// <summary>The display name for an MCPTT ID: the feature's name when known.</summary>
    public string Describe(string mcpttId) => ByMcpttId(mcpttId)?.Name.ToString() ?? mcpttId;

    /// <summary>The dispatcher consoles of <paramref name="room"/>.</summary>
    /// <exception cref="ArgumentException">The scenario has no dispatcher there.</exception>
    public IReadOnlyList<CastMember> Consoles(ControlRoom room)
    {
        var consoles = _members.Values.Where(m => m.Kind == MemberKind.Console && m.ControlRoom == room).ToArray();
        return consoles.Length > 0
            ? consoles
            : throw new ArgumentException($"There is no dispatcher at {room} in this scenario; add 'Given \"Dispatcher name\" is a dispatcher at {room}'.");
    }

    private static string Slug(string text) =>
        new string(text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');

    // A stable 7-digit TETRA ISSI derived from the name, so a radio keeps its ISSI across runs.
    private static string Issi(string slug)
    {
        var hash = slug.Aggregate(17u, (h, c) => unchecked((h * 31) + c));
        return (2_000_000 + (hash % 7_000_000)).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}

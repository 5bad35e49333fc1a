using EsnHarness.Contracts.Common.V1;
using EsnHarness.Steps.Model;

namespace EsnHarness.Cli.Internal;

/// <summary>Who is who in one pickle, learnt from its steps in order: users and their agencies, groups and their members.</summary>
internal sealed class StaticCast
{
    private const string AgencyType = "agency";
    private const string ControlRoomType = "controlRoom";
    private const string UserType = "user";
    private const string UsersType = "users";
    private const string GroupType = "group";

    // A group's owning agency, kept among its members under a name no user can have (names are quoted texts).
    private const string OwnerKey = "\"owner:";

    private readonly Dictionary<string, string> _agencyOf = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, HashSet<string>> _groups = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _problems = [];

    /// <summary>Steps whose agency is not one, each worded to follow "scenario 'NAME' ".</summary>
    public IReadOnlyList<string> Problems => _problems;

    /// <summary>Learns the cast and groups a step introduces.</summary>
    public void Learn(StepArguments step)
    {
        if (step.Column(UserType) is { } users && step.Column(AgencyType) is { } agencies)
        {
            foreach (var (user, agency) in users.Zip(agencies))
            {
                if (Agency(step, agency, AgencyNames.Parse) is { } name)
                {
                    _agencyOf.TryAdd(user, name);
                }
            }
        }

        // One user and one agency or control room: the user's own ("... of MPS logs on", "is a dispatcher at MetCC"),
        // unless they were introduced before ("LAS CAD dispatches ... to" an LFB co-responder).
        if (step.Count(UserType) == 1 && step.Count(UsersType) == 0 && step.Count(AgencyType) + step.Count(ControlRoomType) == 1
            && ArgumentAgencies(step).FirstOrDefault() is { } own)
        {
            _agencyOf.TryAdd(step.Values(UserType).First(), own);
        }

        if (step.Count(GroupType) == 1 && step.Count(UsersType) == 1)
        {
            var group = step.Values(GroupType).First();
            var members = _groups.TryGetValue(group, out var known) ? known : _groups[group] = [];
            members.UnionWith(step.Values(UsersType));
            if (step.Count(AgencyType) == 1)
            {
                members.Add(OwnerKey + step.Values(AgencyType).First());
            }
        }
    }

    /// <summary>The agencies a step names: its {agency} and {controlRoom} arguments, the agency column of its table, the
    /// agencies of the users it names and of the members (and owner) of the groups it names.</summary>
    public IEnumerable<string> AgenciesNamedBy(StepArguments step)
    {
        var named = ArgumentAgencies(step).ToHashSet(StringComparer.Ordinal);
        named.UnionWith((step.Column(AgencyType) ?? []).Select(value => Agency(step, value, AgencyNames.Parse)).OfType<string>());
        var people = step.Values(UserType).Concat(step.Values(UsersType))
            .Concat(step.Values(GroupType).SelectMany(group => _groups.GetValueOrDefault(group) ?? []));
        foreach (var person in people)
        {
            if (person.StartsWith(OwnerKey, StringComparison.Ordinal))
            {
                named.Add(AgencyNames.Parse(person[OwnerKey.Length..]).Name());
            }
            else if (_agencyOf.TryGetValue(person, out var agency))
            {
                named.Add(agency);
            }
        }

        return named;
    }

    private IEnumerable<string> ArgumentAgencies(StepArguments step) =>
        step.Values(AgencyType).Select(value => Agency(step, value, AgencyNames.Parse))
            .Concat(step.Values(ControlRoomType).Select(value => Agency(step, value, text => ControlRoom.Parse(text).Agency)))
            .OfType<string>();

    private string? Agency(StepArguments step, string value, Func<string, Agency> parse)
    {
        try
        {
            return parse(value).Name();
        }
        catch (ArgumentException e)
        {
            var problem = $"has a step whose agency is unknown ('{step.Step.Text}'): {e.Message}";
            if (!_problems.Contains(problem))
            {
                _problems.Add(problem);
            }

            return null;
        }
    }
}

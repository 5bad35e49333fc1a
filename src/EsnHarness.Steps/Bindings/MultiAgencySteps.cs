using EsnHarness.Bdd;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Bindings;

/// <summary>Multi-agency working at a major incident: regrouping the services' groups, mutual-aid groups, who hears whom.</summary>
[Binding]
public sealed class MultiAgencySteps(IncidentRegroups regroups, MutualAidGroups mutualAid, Groups groups, Refusals refusals, TerminalFleet fleet, Cast cast)
{
    /// <summary>The preconfigured group a regroup takes its configuration from.</summary>
    [Given("the preconfigured incident group {group} with priority {int}",
        Description = "A multi-agency group configuration kept for regrouping at major incidents (its priority, queueing, talk time and emergency permissions); it has no members of its own.",
        Example = "Given the preconfigured incident group \"LDN-MI-TEMPLATE\" with priority 200")]
    public async Task Preconfigured(GroupName group, int priority)
    {
        await groups.CreateAsync(group, null, []);
        await groups.ConfigureAsync(group, [("priority", priority.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
    }

    /// <summary>Regroup.</summary>
    [Given("the {controlRoom} dispatcher has regrouped {groups} into {group} with the configuration of {group}",
        Description = "A dispatcher regroups the groups (of any service) into a new regroup group that takes the configuration of a preconfigured group: everyone affiliated to them is added (TS 23.280 §10.15).",
        Example = "Given the MetCC dispatcher has regrouped \"MPS-WM-OPS1\", \"FLON-OPS01\" and \"LAS-SECTOR-C\" into \"LDN-MI-WESTMINSTER\" with the configuration of \"LDN-MI-TEMPLATE\"")]
    [When("the {controlRoom} dispatcher regroups {groups} into {group} with the configuration of {group}")]
    public Task Regroup(ControlRoom room, IReadOnlyList<GroupName> groups, GroupName regroup, GroupName preconfigured) =>
        regroups.RegroupAsync(cast.Consoles(room)[0].Name, groups, regroup, preconfigured);

    /// <summary>Regroup attempted by anyone.</summary>
    [When("{user} tries to regroup {groups} into {group} with the configuration of {group}",
        Description = "Someone asks the MCX service to regroup; a refusal is kept for the next check.",
        Example = "When \"PC Patel\" tries to regroup \"MPS-WM-OPS1\" and \"FLON-OPS01\" into \"LDN-MI-2\" with the configuration of \"LDN-MI-TEMPLATE\"")]
    public Task TryRegroup(UserName user, IReadOnlyList<GroupName> groups, GroupName regroup, GroupName preconfigured) =>
        refusals.AttemptAsync(() => regroups.RegroupAsync(user, groups, regroup, preconfigured));

    /// <summary>End of a regroup.</summary>
    [When("the {controlRoom} dispatcher stands down the regroup {group}",
        Description = "The dispatcher ends the regroup: its calls end, its members leave the regroup group, each service's own groups are their own again.",
        Example = "When the MetCC dispatcher stands down the regroup \"LDN-MI-WESTMINSTER\"")]
    public Task StandDown(ControlRoom room, GroupName regroup) => regroups.EndAsync(cast.Consoles(room)[0].Name, regroup);

    /// <summary>Members of the regroup.</summary>
    [Then("{users} is/are in the regroup {group}",
        Description = "Each user's terminal was told it is in the regroup, and the MCX service lists the user as a member and affiliated to the regroup group.",
        Example = "Then \"Paramedic Hughes\" is in the regroup \"LDN-MI-WESTMINSTER\"")]
    public Task InRegroup(IReadOnlyList<UserName> users, GroupName regroup) => Task.WhenAll(users.Select(u => regroups.ExpectMemberAsync(u, regroup)));

    /// <summary>Deaffiliated.</summary>
    [Then("{users} is/are no longer affiliated to {group} within {int} ms",
        Description = "Each user's terminal reports being deaffiliated from the group within the time (since the last action), and the MCX service agrees.",
        Example = "Then \"FF Jones\" and \"PC Patel\" are no longer affiliated to \"LDN-MI-WESTMINSTER\" within 2000 ms")]
    public Task NoLongerAffiliated(IReadOnlyList<UserName> users, GroupName group, int ms) =>
        Task.WhenAll(users.Select(u => regroups.ExpectLeftAsync(u, group, TimeSpan.FromMilliseconds(ms))));

    /// <summary>Where a call went.</summary>
    [Then("the call {user} started is on {group}",
        Description = "The call the user last started is on the group, as their terminal and the MCX service see it (a call on a regrouped group is carried on the regroup group).",
        Example = "Then the call \"FF Jones\" started is on \"LDN-MI-WESTMINSTER\"")]
    public Task CallOn(UserName user, GroupName group) => regroups.ExpectCallOnAsync(user, group);

    /// <summary>Not heard.</summary>
    [Then("{user} does not hear {user} within {int} ms", Description = "The listener's terminal receives no voice from the talker within the time since the last action.",
        Example = "Then \"PC Patel\" does not hear \"FF Jones\" within 1000 ms")]
    public Task DoesNotHear(UserName listener, UserName talker, int ms)
    {
        var member = cast.Get(listener);
        var id = cast.Get(talker).McpttId;
        return fleet.Log(member).ExpectNoneAsync(e => e.Media is { } m && m.Packet.SenderMcpttId == id, fleet.Mark(member), TimeSpan.FromMilliseconds(ms),
            $"voice from {talker} on the terminal of {listener}");
    }

    /// <summary>Mutual-aid group.</summary>
    [Given("the {agency} mutual-aid group {group} with members {users}",
        Description = "Configures a mutual-aid group (e.g. Police Mutual Aid 71 to 80) whose members are units from outside their home area: nobody can join it until a dispatcher activates it.",
        Example = "Given the MPS mutual-aid group \"MPS-MUTUAL-AID-71\" with members \"PC Patel\" and \"PC Obi\"")]
    public Task MutualAidGroup(Agency agency, GroupName group, IReadOnlyList<UserName> members) => mutualAid.CreateAsync(group, agency, members);

    /// <summary>Activation.</summary>
    [When("the {controlRoom} dispatcher activates the mutual-aid group {group}",
        Description = "The dispatcher activates the mutual-aid group: its logged-on members are affiliated to it in addition to their own groups.",
        Example = "When the MetCC dispatcher activates the mutual-aid group \"MPS-MUTUAL-AID-71\"")]
    [Given("the {controlRoom} dispatcher has activated the mutual-aid group {group}")]
    public Task Activate(ControlRoom room, GroupName group) => mutualAid.SetAsync(cast.Consoles(room)[0].Name, group, active: true);

    /// <summary>Standing down.</summary>
    [When("the {controlRoom} dispatcher stands down the mutual-aid group {group}",
        Description = "The dispatcher deactivates the mutual-aid group: its call ends and its members leave it, and only it.",
        Example = "When the MetCC dispatcher stands down the mutual-aid group \"MPS-MUTUAL-AID-71\"")]
    public Task StandDownMutualAid(ControlRoom room, GroupName group) => mutualAid.SetAsync(cast.Consoles(room)[0].Name, group, active: false);
}

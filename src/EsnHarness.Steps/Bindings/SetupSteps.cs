using EsnHarness.Bdd;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Bindings;

/// <summary>Who is in the scenario and which groups they belong to.</summary>
[Binding]
public sealed class SetupSteps(TerminalFleet fleet, UserProfiles profiles, Groups groups)
{
    /// <summary>Logs on a table of users (columns user, agency, place).</summary>
    [Given("these users are logged on:", Description = "Powers on and logs on a terminal for each row (columns: user, agency, place).",
        Example = "Given these users are logged on:\n  | user | agency | place |\n  | PC Patel | MPS | Brixton |")]
    public async Task UsersLoggedOn(DataTable table)
    {
        await Task.WhenAll(table.Rows.Select(row =>
            fleet.LogOnAsync(new UserName(Cell(row, "user")), AgencyNames.Parse(Cell(row, "agency")), new PlaceName(Cell(row, "place")))));
    }

    /// <summary>Logs one user on at a place.</summary>
    [Given("{user} of {agency} logs on at {place}", Description = "Powers on and logs on one user's terminal at a place.", Example = "When \"PC Walsh\" of MPS logs on at \"Lambeth\"")]
    [When("{user} of {agency} logs on at {place}")]
    public Task LogsOn(UserName user, Agency agency, PlaceName place) => fleet.LogOnAsync(user, agency, place);

    /// <summary>Puts a dispatcher console in a control room.</summary>
    [Given("{user} is a dispatcher at {controlRoom}", Description = "Logs on a dispatcher console in a control room (with dispatcher rights: remote affiliation, broadcast, higher floor priority).",
        Example = "Given \"MetCC Dispatcher Ward\" is a dispatcher at MetCC")]
    public Task Dispatcher(UserName user, ControlRoom room) =>
        fleet.LogOnAsync(user, room.Agency, room.ConsolePlace, MemberKind.Console, room);

    /// <summary>Creates an agency group.</summary>
    [Given("the {agency} group {group} with members {users}", Description = "Creates a talkgroup owned by an agency, requiring affiliation, with queueing and emergencies allowed.",
        Example = "Given the LFB group \"FLON-OPS01\" with members \"FF Jones\" and \"FF Ahmed\"")]
    public Task AgencyGroup(Agency agency, GroupName group, IReadOnlyList<UserName> members) => groups.CreateAsync(group, agency, members);

    /// <summary>Creates a multi-agency group.</summary>
    [Given("the multi-agency group {group} with members {users}", Description = "Creates a multi-agency interoperability group (JESIP).",
        Example = "Given the multi-agency group \"LDN-HAILING\" with members \"PC Patel\" and \"FF Jones\"")]
    public Task MultiAgencyGroup(GroupName group, IReadOnlyList<UserName> members) => groups.CreateAsync(group, null, members);

    /// <summary>Affiliates every named member of the group.</summary>
    [Given("the members of {group} are affiliated", Description = "Every member of the group (who is logged on) affiliates to it.", Example = "Given the members of \"FLON-OPS01\" are affiliated")]
    public Task MembersAffiliated(GroupName group) =>
        Task.WhenAll(groups.TerminalMembers(group).Select(m => fleet.AffiliateAsync(m.Name, group)));

    /// <summary>Affiliates one user.</summary>
    [Given("{user} joins {group}", Description = "The user affiliates to the group.", Example = "Given \"NPAS India 99\" joins \"MPS-COVERAGE\"")]
    public Task Joins(UserName user, GroupName group) => fleet.AffiliateAsync(user, group);

    /// <summary>Applies group settings from a table (columns setting, value).</summary>
    [Given("the group {group} is configured with:", Description = "Changes group settings: queueing, maximum talk time, hang time, maximum participant count, maximum queue length, allow emergency, allow imminent peril, audio cut-in, priority.",
        Example = "Given the group \"FLON-OPS01\" is configured with:\n  | setting | value |\n  | maximum talk time | 1 s |")]
    public Task Configured(GroupName group, DataTable table) =>
        groups.ConfigureAsync(group, table.Rows.Select(r => (Cell(r, "setting"), Cell(r, "value"))));

    /// <summary>Sets a user's floor priority.</summary>
    [Given("{user} has floor priority {int} on {group}", Description = "Sets the user's floor priority within a priority level (higher wins; TS 22.179 §6.8.6).",
        Example = "Given \"Watch Manager Cole\" has floor priority 8 on \"FLON-OPS01\"")]
    public Task FloorPriority(UserName user, int priority, GroupName group) =>
        profiles.SetFloorPriorityAsync(user, (uint)priority * 25);

    internal static string Cell(IReadOnlyDictionary<string, string> row, string column) =>
        row.TryGetValue(column, out var value)
            ? value
            : throw new ArgumentException($"The table has no '{column}' column; columns are: {string.Join(", ", row.Keys)}.");
}

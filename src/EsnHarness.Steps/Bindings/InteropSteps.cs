using EsnHarness.Bdd;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Bindings;

/// <summary>Airwave interworking during transition and priority by incident type on shared groups (TS 22.179 §6.8.6).</summary>
[Binding]
public sealed class InteropSteps(Interworking interworking, UserProfiles profiles, Groups groups, Cast cast)
{
    /// <summary>Patch.</summary>
    [Given("the Airwave talkgroup {string} is patched to {group}", Description = "The interworking function bridges the TETRA talkgroup and the ESN group.",
        Example = "Given the Airwave talkgroup \"MPS-LX-TG1\" is patched to \"MPS-LX-OPS1\"")]
    public Task Patch(string talkgroup, GroupName group) =>
        interworking.PatchAsync(talkgroup, group, groups.Members(group).FirstOrDefault()?.Agency ?? Agency.Mps);

    /// <summary>Airwave radio user.</summary>
    [Given("{user} of {agency} uses an Airwave radio on talkgroup {string}", Description = "A TETRA radio user still on Airwave, attached to the talkgroup.",
        Example = "Given \"PC Doyle\" of MPS uses an Airwave radio on talkgroup \"MPS-LX-TG1\"")]
    public Task Radio(UserName user, Agency agency, string talkgroup) => interworking.RegisterRadioAsync(user, agency, talkgroup);

    /// <summary>TETRA status.</summary>
    [When("{user} sends TETRA status {int}", Description = "The Airwave radio sends a pre-coded status (0 = emergency).", Example = "When \"PC Doyle\" sends TETRA status 0")]
    public Task TetraStatus(UserName user, int code) => interworking.SendStatusAsync(user, (uint)code);

    /// <summary>At a fire.</summary>
    [Given("the incident on {group} is a fire", Description = "At a fire, LFB users' floor priority beats other agencies' on the shared group.", Example = "Given the incident on \"LDN-SHARED-1\" is a fire")]
    public Task Fire(GroupName group) => LeadAgency(group, Agency.Lfb);

    /// <summary>At an arrest.</summary>
    [Given("the incident on {group} is an arrest", Description = "At an arrest, MPS users' floor priority beats other agencies' on the shared group.", Example = "Given the incident on \"LDN-SHARED-1\" is an arrest")]
    public Task Arrest(GroupName group) => LeadAgency(group, Agency.Mps);

    private Task LeadAgency(GroupName group, Agency lead) =>
        Task.WhenAll(groups.TerminalMembers(group).Select(m => profiles.SetFloorPriorityAsync(m.Name, m.Agency == lead ? 220u : 60u)));

    internal bool IsRadio(UserName user) => cast.Get(user).Kind == MemberKind.AirwaveRadio;
}

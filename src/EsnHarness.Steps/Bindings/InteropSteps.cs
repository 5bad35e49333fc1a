using EsnHarness.Bdd;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Bindings;

/// <summary>Airwave interworking during transition and priority by incident type on shared groups (TS 22.179 §6.8.6).</summary>
[Binding]
public sealed class InteropSteps(Interworking interworking, GroupManagementServer gms, Groups groups, Cast cast)
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

    /// <summary>The group document for the incident type, read by the MCX from the GMS.</summary>
    [Given("the GMS serves the {string} document of the multi-agency group {group}",
        Description = "The scenario's GMS serves that version of the group's TS 24.481 document (stubs/gms, e.g. \"fire\" or \"arrest\": the members' user-priority per incident type, TS 22.179 §6.8.6) and the MCX service reads it from there; the group's members are the document's.",
        Example = "Given the GMS serves the \"fire\" document of the multi-agency group \"LDN-SHARED-1\"")]
    public Task GmsServes(string version, GroupName group) => gms.ServeVersionAsync(group, owner: null, version);

    internal bool IsRadio(UserName user) => cast.Get(user).Kind == MemberKind.AirwaveRadio;
}

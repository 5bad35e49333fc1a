using EsnHarness.Bdd;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Bindings;

/// <summary>Lost terminals wiped through the agency's mobile device management (the mdm role).</summary>
[Binding]
public sealed class DeviceManagementSteps(DeviceWipes wipes)
{
    /// <summary>Group key on the terminal.</summary>
    [Given("the terminal of {user} holds the group key of {group}",
        Description = "The KMS provisions the group's key (GMK) to the user, as a member, and the terminal keeps it in its key store.",
        Example = "Given the terminal of \"PC Harris\" holds the group key of \"MPS-CW-WARRANT\"")]
    public Task HoldsKey(UserName user, GroupName group) => wipes.ProvisionGroupKeyAsync(user, group);

    /// <summary>Remote wipe.</summary>
    [When("{agency} has the MDM wipe the terminal of {user}",
        Description = "The agency's service desk orders a wipe of the user's terminal at the MDM, which sends the command to the terminal.",
        Example = "When MPS has the MDM wipe the terminal of \"PC Harris\"")]
    public Task Wipe(Agency agency, UserName user) => wipes.WipeAsync(agency, user);

    /// <summary>Nothing left.</summary>
    [Then("the terminal of {user} holds no messages, keys or credentials",
        Description = "Asked what it holds, the terminal has no stored messages or files, no group keys and no credentials, and shows it was wiped.",
        Example = "Then the terminal of \"PC Harris\" holds no messages, keys or credentials")]
    public Task HoldsNothing(UserName user) => wipes.ExpectEmptyAsync(user);

    /// <summary>No way back.</summary>
    [Then("the terminal of {user} cannot rejoin {group}",
        Description = "An affiliation to the group from the terminal is refused, and the MCX service holds no registration for the user.",
        Example = "Then the terminal of \"PC Harris\" cannot rejoin \"MPS-CW-WARRANT\"")]
    public Task CannotRejoin(UserName user, GroupName group) => wipes.ExpectCannotRejoinAsync(user, group);

    /// <summary>Confirmed at the MDM.</summary>
    [Then("the MDM shows the wipe of the terminal of {user} confirmed",
        Description = "The MDM's order for the terminal is confirmed by the terminal: credentials erased and logged off.",
        Example = "Then the MDM shows the wipe of the terminal of \"PC Harris\" confirmed")]
    public Task Confirmed(UserName user) => wipes.ExpectConfirmedAsync(user);
}

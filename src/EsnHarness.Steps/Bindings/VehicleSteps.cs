using EsnHarness.Bdd;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Bindings;

/// <summary>Vehicle devices and the handover of a user between their handheld and the vehicle device.</summary>
[Binding]
public sealed class VehicleSteps(VehicleDevices vehicles)
{
    /// <summary>A vehicle device.</summary>
    [Given("the {agency} vehicle {user} is at {place}", Description = "Logs on a vehicle-mounted terminal at the place under the vehicle's own identity (its callsign), ready for a crew member to dock their handheld.",
        Example = "Given the MPS vehicle \"MPS car CW-21\" is at \"Soho\"")]
    public Task Vehicle(Agency agency, UserName vehicle, PlaceName place) => vehicles.LogOnAsync(vehicle, agency, place);

    /// <summary>Docking.</summary>
    [When("{user} gets into {user} and docks their handheld", Description = "The user docks their handheld in the vehicle device: it logs on as the user and takes their groups, selected group, call and floor; the handheld rests in its cradle. Steps naming the user now act on the vehicle device.",
        Example = "When \"PC Byrne\" gets into \"MPS car CW-21\" and docks their handheld")]
    public Task Dock(UserName user, UserName vehicle) => vehicles.DockAsync(user, vehicle);

    /// <summary>Undocking.</summary>
    [When("{user} gets out of {user} with their handheld", Description = "The user takes their handheld out of the vehicle device: the handheld logs on as the user and takes their groups, selected group, call and floor back; the vehicle device logs on as the vehicle again.",
        Example = "When \"PC Byrne\" gets out of \"MPS car CW-21\" with their handheld")]
    public Task Undock(UserName user, UserName vehicle) => vehicles.UndockAsync(user, vehicle);

    /// <summary>Served by the vehicle device.</summary>
    [Then("the vehicle device serves {user} on all their groups with {group} selected", Description = "The vehicle device is logged on as the user, affiliated to every group their handheld was and talks on the group.",
        Example = "Then the vehicle device serves \"PC Byrne\" on all their groups with \"MPS-CW-OPS1\" selected")]
    public Task ServedByVehicle(UserName user, GroupName group) => vehicles.ExpectServedAsync(user, DeviceKind.Vehicle, group);

    /// <summary>Served by the handheld again.</summary>
    [Then("the handheld serves {user} again on all their groups with {group} selected", Description = "The handheld is logged on as the user again, affiliated to every group the vehicle device was and talks on the group.",
        Example = "Then the handheld serves \"PC Byrne\" again on all their groups with \"MPS-CW-OPS1\" selected")]
    public Task ServedByHandheld(UserName user, GroupName group) => vehicles.ExpectServedAsync(user, DeviceKind.Handheld, group);

    /// <summary>The call kept.</summary>
    [Then("{user} is still in the same call on {group}", Description = "The device now serving the user is in the very call (same call ID) they were in on the group before the handover, not a new one.",
        Example = "Then \"PC Byrne\" is still in the same call on \"MPS-CW-OPS1\"")]
    public Task SameCall(UserName user, GroupName group) => vehicles.ExpectSameCallAsync(user, group);
}

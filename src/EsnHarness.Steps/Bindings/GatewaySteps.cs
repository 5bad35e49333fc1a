using EsnHarness.Bdd;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Bindings;

/// <summary>ESN Gateway vehicle units extending coverage into buildings where it is weak.</summary>
[Binding]
public sealed class GatewaySteps(Gateways gateways, Groups groups)
{
    /// <summary>Deploys a gateway.</summary>
    [Given("an ESN Gateway vehicle unit serves {place}", Description = "A vehicle-mounted ESN Gateway parked at the nearest covered street or venue relays the handhelds at the place (its backhaul link plus a 5 ms relay hop).",
        Example = "Given an ESN Gateway vehicle unit serves \"Wembley Stadium basement\"")]
    public Task Serves(PlaceName place) => gateways.DeployAsync(place);

    /// <summary>Heard through the gateway.</summary>
    [Then("every other member of {group} hears {user} through the gateway",
        Description = "Each other member's terminal receives the talker's voice, and each frame's modelled uplink delay includes the gateway's backhaul link and relay hop: the gateway carried it.",
        Example = "Then every other member of \"FLON-OPS02\" hears \"Watch Manager Cole\" through the gateway")]
    public Task HeardThrough(GroupName group, UserName user) => gateways.ExpectHeardThroughGatewayAsync(user, groups.OthersThan(group, user));

    /// <summary>Relayed.</summary>
    [Then("{user} is served through the gateway", Description = "The user's terminal is in service through an ESN Gateway, not directly by a cell.",
        Example = "Then \"Watch Manager Cole\" is served through the gateway")]
    public Task ServedThrough(UserName user) => gateways.ExpectServedThroughGatewayAsync(user);
}

using EsnHarness.Bdd;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Bindings;

/// <summary>
/// Arrangements between services for one control room's dispatchers to answer another service's groups (the MPS Dispatch
/// Group on LAS sectors in winter, LFB Control on an LAS co-responder incident): without one, a console answers only its
/// own service's groups and multi-agency groups.
/// </summary>
[Binding]
public sealed class DispatchArrangementSteps(UserProfiles profiles)
{
    /// <summary>Authorises a dispatcher on another service's groups.</summary>
    [Given("{agency} lets {user} dispatch on its groups",
        Description = "The owning service authorises a dispatcher of another service to answer its groups as its own: monitor them, move its users onto them, patch them (user profile dispatch_for_agencies).",
        Example = "Given LAS lets \"MetCC Dispatcher Ward\" dispatch on its groups")]
    public Task Allow(Agency agency, UserName dispatcher) => profiles.AllowDispatchForAsync(dispatcher, agency);
}

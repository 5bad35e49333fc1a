using EsnHarness.Contracts.Common.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Mcx.Registry;
using EsnHarness.Simulators.Internal.Worlds;

namespace EsnHarness.Simulators.Internal.Mcx.ControlRoom;

/// <summary>
/// London's collaboration principle for control rooms, shared space and not integrated systems (ESN-DOMAIN §2): a
/// dispatcher console answers only its own service's groups and multi-agency groups. It may not monitor, patch, move users
/// onto, or export the recordings of another service's group, even when a group document lets it, unless that service
/// made an arrangement for it (the dispatcher's profile lists the service in dispatch_for_agencies).
/// </summary>
internal static class ServiceSeparation
{
    /// <summary>Throws PERMISSION_DENIED when the dispatcher <paramref name="user"/> would act on <paramref name="subject"/>
    /// of another service (<paramref name="agency"/>); multi-agency groups and non-dispatchers pass.</summary>
    public static void Require(WorldScope scope, McxUser user, Agency agency, string subject, string action)
    {
        var own = user.Profile.Identity.Agency;
        if (!user.IsDispatcher || agency == Agency.Unspecified || own == Agency.Unspecified || own == agency
            || scope.Defects.Has(ControlRoomDefects.DispatcherAgencyUnchecked)
            || (user.Profile.DispatchForAgencies.Contains(agency) && !scope.Defects.Has(McxDefects.DispatchArrangementIgnored)))
        {
            return;
        }

        throw Errors.Denied(
            $"mcptt_id '{user.McpttId}' is a {Short(own)} dispatcher and may not {action} {subject} of {Short(agency)}: a console answers only its own service's groups and multi-agency groups (control rooms share a space, not their systems)");
    }

    private static string Short(Agency agency) => agency.ToString().ToUpperInvariant();
}

using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Steps.Model;
using Grpc.Core;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Scenario-scoped: registrations and affiliations as the MCX service holds them (esn.mcx.v1 GetAffiliations), not as a
/// terminal believes them: a user the service dropped (revoked, lost in a failover) is not registered whatever its
/// handset shows.
/// </summary>
public sealed class McxRegistrations(EsnSession session, Cast cast)
{
    private readonly McxService.McxServiceClient _mcx = new(session.Invoker(EsnRole.Mcx));

    /// <summary>The groups the MCX service holds the user affiliated to, or null when it holds no registration for them.</summary>
    public async Task<IReadOnlyList<string>?> AffiliationsAsync(UserName name)
    {
        var member = cast.Get(name);
        try
        {
            var held = await _mcx.GetAffiliationsAsync(new GetAffiliationsRequest { McpttId = member.McpttId });
            return [.. held.Affiliations.Where(a => a.State == AffiliationState.Affiliated).Select(a => a.GroupId)];
        }
        catch (RpcException e) when (e.StatusCode is StatusCode.NotFound or StatusCode.Unauthenticated or StatusCode.PermissionDenied or StatusCode.FailedPrecondition)
        {
            return null;
        }
    }

    /// <summary>Fails unless the MCX service holds a registration for the user.</summary>
    public async Task ExpectRegisteredAsync(UserName name)
    {
        if (await AffiliationsAsync(name) is null)
        {
            throw new ExpectationFailedException($"The MCX service holds no registration for {name}: it would serve them no call, message or alert.");
        }
    }

    /// <summary>Fails if the MCX service still holds a registration for the user.</summary>
    public async Task ExpectNotRegisteredAsync(UserName name)
    {
        if (await AffiliationsAsync(name) is { } groups)
        {
            throw new ExpectationFailedException($"The MCX service still holds a registration for {name} (affiliated to {(groups.Count == 0 ? "no group" : string.Join(", ", groups))}).");
        }
    }

    /// <summary>Fails unless the MCX service holds the user affiliated to the group.</summary>
    public async Task ExpectAffiliatedAsync(UserName name, GroupName group)
    {
        var groups = await AffiliationsAsync(name) ?? throw new ExpectationFailedException($"The MCX service holds no registration for {name}, so no affiliation to {group}.");
        if (!groups.Contains(group.Value, StringComparer.Ordinal))
        {
            throw new ExpectationFailedException($"The MCX service holds {name} affiliated to {(groups.Count == 0 ? "no group" : string.Join(", ", groups))}, not {group}.");
        }
    }
}

using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Internal.Grpc;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Mcx;

/// <summary>
/// Who a private or first-to-answer call addressed to a functional alias reaches (TS 23.379 §10.7.2.1.1, §10.15): its one
/// registered holder is called as any private call; several holders are all offered it first-to-answer (a London
/// assumption for a shared alias such as an appliance's crew); nobody: NOT_FOUND with CALL_CAUSE_USER_NOT_REACHABLE.
/// </summary>
internal static class McxCallTargets
{
    /// <summary>The request to set up: as given, or with the alias's holders as its target or candidates.</summary>
    public static SetupCallRequest Resolve(McxWorld world, SetupCallRequest request)
    {
        if (request.TargetFunctionalAlias.Length == 0)
        {
            return request;
        }

        if (request.CallType is not (CallType.Private or CallType.EmergencyPrivate or CallType.FirstToAnswer))
        {
            throw Errors.Invalid($"field 'target_functional_alias' is for private and first-to-answer calls, not {request.CallType}");
        }

        var alias = world.Aliases.Canonical(request.TargetFunctionalAlias);
        var holders = world.Aliases.Holders(alias).Where(h => h.McpttId != request.McpttId).Select(h => h.McpttId).ToList();
        if (holders.Count == 0)
        {
            throw Errors.Call(StatusCode.NotFound, CallCause.UserNotReachable, $"nobody registered holds the functional alias '{alias}' in namespace '{world.Namespace}'");
        }

        var resolved = request.Clone();
        resolved.TargetFunctionalAlias = alias;
        resolved.CandidateMcpttIds.Clear();
        if (world.Scope.Defects.Has(McxCommonFunctionDefects.AliasFirstHolderOnly))
        {
            holders = holders.Take(1).ToList();
        }

        if (holders.Count == 1 && request.CallType != CallType.FirstToAnswer)
        {
            resolved.TargetMcpttId = holders[0];
            return resolved;
        }

        if (request.CallType == CallType.EmergencyPrivate)
        {
            // Not downgraded to a first-to-answer call without emergency priority: the caller is told to choose.
            throw Errors.Precondition($"the functional alias '{alias}' is held by {holders.Count} users; an emergency private call needs one called user");
        }

        resolved.CallType = CallType.FirstToAnswer;
        resolved.TargetMcpttId = "";
        resolved.CandidateMcpttIds.AddRange(holders);
        return resolved;
    }
}

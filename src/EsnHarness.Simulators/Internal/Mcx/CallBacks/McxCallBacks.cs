using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Mcx.Aliases;
using EsnHarness.Simulators.Internal.Mcx.Downlink;
using EsnHarness.Simulators.Internal.Mcx.Registry;
using EsnHarness.Simulators.Internal.Worlds;

namespace EsnHarness.Simulators.Internal.Mcx.CallBacks;

/// <summary>
/// Private call call-back requests (TS 24.379 Annex G.13): one standing request per requester and target. The target is
/// told when one is made or withdrawn; both are told when the target calls the requester back, which ends it. Lock order:
/// call-backs → registry, aliases (read) → downlinks; the world calls <see cref="Fulfil"/> after a private call is set up,
/// outside the call layer's lock.
/// </summary>
internal sealed class McxCallBacks(McxRegistry registry, McxFunctionalAliases aliases, McxDownlinks downlinks, WorldScope scope)
{
    private readonly Lock _gate = new();
    private readonly List<CallBack> _standing = [];

    public CallBack Request(CallBackRequest request)
    {
        var requester = registry.Require(request.McpttId, "mcptt_id");
        var target = registry.Require(request.TargetMcpttId, "target_mcptt_id");
        if (requester == target)
        {
            throw Errors.Invalid("field 'target_mcptt_id' must name another user, not the requester");
        }

        if (!requester.Profile.AllowPrivateCall)
        {
            throw Errors.Denied($"mcptt_id '{requester.McpttId}' may not ask for a call back: its profile does not allow private calls");
        }

        var alias = aliases.InUse(requester.McpttId);
        lock (_gate)
        {
            if (Find(requester.McpttId, target.McpttId) is { } standing)
            {
                return standing.Clone();
            }

            var now = Clock.Now(scope.Time);
            var callBack = new CallBack
            {
                RequesterMcpttId = requester.McpttId, TargetMcpttId = target.McpttId, RequesterFunctionalAlias = alias,
                State = CallBackState.Requested, RequestedAt = now, ChangedAt = now,
            };
            _standing.Add(callBack);
            Tell(callBack, target.McpttId);
            return callBack.Clone();
        }
    }

    public CallBack Cancel(CallBackRequest request)
    {
        var requester = registry.Require(request.McpttId, "mcptt_id");
        McxIds.Require(request.TargetMcpttId, "target_mcptt_id");
        lock (_gate)
        {
            var standing = Find(requester.McpttId, request.TargetMcpttId)
                ?? throw Errors.NotFound($"mcptt_id '{requester.McpttId}' has no call-back request standing for '{request.TargetMcpttId}'");
            return End(standing, CallBackState.Cancelled);
        }
    }

    public ListCallBacksResponse List(string targetMcpttId)
    {
        McxIds.Require(targetMcpttId, "target_mcptt_id");
        var response = new ListCallBacksResponse();
        lock (_gate)
        {
            response.CallBacks.AddRange(_standing.Where(c => c.TargetMcpttId == targetMcpttId).Select(c => c.Clone()));
        }

        return response;
    }

    /// <summary><paramref name="caller"/> set up a private call to <paramref name="callee"/>: a request the callee made of the caller is fulfilled.</summary>
    public void Fulfil(string caller, string callee)
    {
        if (scope.Defects.Has(McxCommonFunctionDefects.CallBackNotCleared))
        {
            return;
        }

        lock (_gate)
        {
            if (Find(callee, caller) is { } standing)
            {
                End(standing, CallBackState.Fulfilled);
            }
        }
    }

    private CallBack? Find(string requester, string target) =>
        _standing.FirstOrDefault(c => c.RequesterMcpttId == requester && c.TargetMcpttId == target);

    private CallBack End(CallBack standing, CallBackState state)
    {
        _standing.Remove(standing);
        var ended = standing.Clone();
        ended.State = state;
        ended.ChangedAt = Clock.Now(scope.Time);
        Tell(ended, ended.TargetMcpttId, ended.RequesterMcpttId);
        return ended;
    }

    private void Tell(CallBack callBack, params string[] recipients)
    {
        downlinks.SendToMany(recipients, () => new McxEvent { CallBack = new CallBackEvent { CallBack = callBack.Clone() } });
        CommonFunctionLog.CallBack(scope.Logger, scope.Namespace, callBack.RequesterMcpttId, callBack.TargetMcpttId, callBack.State.ToString());
    }
}

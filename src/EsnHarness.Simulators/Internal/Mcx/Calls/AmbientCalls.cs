using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Mcx.Floor;
using EsnHarness.Simulators.Internal.Mcx.Identity;
using EsnHarness.Simulators.Internal.Mcx.Registry;
using EsnHarness.Simulators.Internal.Worlds;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Mcx.Calls;

/// <summary>
/// Remotely initiated ambient listening (TS 23.379 §10.14; TS 24.379 §11.1.6): an authorised user (a dispatcher) sets up
/// a private call to a user whose terminal answers by itself (automatic commencement, whatever the request says) and gives
/// no indication of it; the floor is the listened-to user's from the start (the call's only talker: a request from the
/// listener is denied with cause 5, receive only) and its talk time is the call's duration. The listener ends it like any
/// private call. Used only under <see cref="McxCalls"/>' lock.
/// </summary>
internal sealed class AmbientCalls(CallTable table, CallLifecycle life, McxRegistry registry, McxIdentityGate gate, McxFloor floor, Func<string, string> aliasOf, WorldScope scope)
{
    public McxCall Setup(McxUser listener, SetupCallRequest request)
    {
        if (!listener.Profile.AllowAmbientListening)
        {
            throw Errors.Denied($"mcptt_id '{listener.McpttId}' may not listen to other users' terminals (profile allow_ambient_listening = false)");
        }

        McxIds.Require(request.TargetMcpttId, "target_mcptt_id");
        if (request.TargetMcpttId == listener.McpttId)
        {
            throw Errors.Invalid("field 'target_mcptt_id' must name another user, not the listener");
        }

        if (gate.IsRevoked(request.TargetMcpttId))
        {
            throw McxIdentityGate.RevokedError(request.TargetMcpttId, "target_mcptt_id");
        }

        var target = registry.Find(request.TargetMcpttId) ?? throw Errors.Call(StatusCode.NotFound, CallCause.UserNotReachable,
            $"target_mcptt_id '{request.TargetMcpttId}' is not registered in namespace '{scope.Namespace}'");
        life.RequireCapacity(listener);
        life.RequireCapacity(target);
        var call = new McxCall
        {
            CallId = table.NextId(),
            Type = CallType.AmbientListening,
            Initiator = listener.McpttId,
            Target = target.McpttId,
            Commencement = CommencementMode.Automatic,
            StartedAt = Clock.Now(scope.Time),
            InitiatorAlias = aliasOf(listener.McpttId),
        };
        table.Add(call);
        table.AddParticipant(call, listener.McpttId);
        table.AddParticipant(call, target.McpttId);
        life.Broadcast(call, CallEventKind.Connected);
        life.Activate(call, group: null);
        floor.RequestImplicitly(target, call.Floor!);
        CommonFunctionLog.AmbientListening(scope.Logger, scope.Namespace, listener.McpttId, target.McpttId, call.CallId);
        return call;
    }
}

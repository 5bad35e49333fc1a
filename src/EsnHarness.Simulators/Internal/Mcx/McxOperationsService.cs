using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Internal.Worlds;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Mcx;

/// <summary>gRPC McxOperations: operating the reference MCX service (a core failover) in the caller's namespace.</summary>
internal sealed class McxOperationsService(WorldRegistry<McxWorld> worlds) : McxOperations.McxOperationsBase
{
    public override Task<FailOverResponse> FailOver(FailOverRequest request, ServerCallContext context) =>
        Task.FromResult(worlds.For(context).Failover.FailOver(request));
}

using EsnHarness.Contracts.CadGateway.V1;
using EsnHarness.Simulators.Internal.Worlds;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.CadGateway;

/// <summary>gRPC CadGatewayService: the reference CAD ↔ ESN gateway of each agency.</summary>
internal sealed class CadGatewayGrpcService(WorldRegistry<CadGatewayWorld> worlds) : CadGatewayService.CadGatewayServiceBase
{
    public override Task<ConfigureGatewayResponse> Configure(ConfigureGatewayRequest request, ServerCallContext context) =>
        worlds.For(context).ConfigureAsync(request, context.CancellationToken);

    public override Task<DispatchResponse> Dispatch(DispatchRequest request, ServerCallContext context) =>
        worlds.For(context).DispatchAsync(request, context.CancellationToken);

    public override Task<GatewayActivity> GetActivity(GetActivityRequest request, ServerCallContext context) =>
        Task.FromResult(worlds.For(context).Activity(request.Agency));
}

using EsnHarness.Contracts.Mdm.V1;
using EsnHarness.Simulators.Internal.Worlds;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Mdm;

/// <summary>gRPC MdmService: the reference MDM (remote wipe of lost terminals), one world per namespace.</summary>
internal sealed class MdmGrpcService(WorldRegistry<MdmWorld> worlds) : MdmService.MdmServiceBase
{
    public override Task<WipeOrder> WipeDevice(WipeDeviceRequest request, ServerCallContext context) =>
        worlds.For(context).WipeAsync(request, context.CancellationToken);

    public override Task<WipeOrder> GetWipe(GetWipeRequest request, ServerCallContext context) =>
        Task.FromResult(worlds.For(context).Get(request.DeviceId));
}

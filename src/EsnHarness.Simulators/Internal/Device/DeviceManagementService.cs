using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mdm.V1;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Worlds;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>gRPC DeviceManagement: the MDM's wipe command, the key store and what the simulated terminals hold.</summary>
internal sealed class DeviceManagementService(WorldRegistry<DeviceWorld> worlds) : DeviceManagement.DeviceManagementBase
{
    public override Task<WipeConfirmation> Wipe(WipeCommand request, ServerCallContext context)
    {
        var world = worlds.For(context);
        return world.Require(request.DeviceId).Storage.WipeAsync(request.OrderId, world.Scope.Defects, context.CancellationToken);
    }

    public override Task<StoredData> StoreGroupKey(StoreGroupKeyRequest request, ServerCallContext context)
    {
        if (request.GroupId.Length == 0 || request.GmkId.Length == 0)
        {
            throw Errors.Invalid(Errors.Required(request.GroupId.Length == 0 ? "group_id" : "gmk_id"));
        }

        var device = worlds.For(context).RequireOn(request.DeviceId);
        device.Storage.Keys.Store(request.GroupId, request.GmkId);
        return Task.FromResult(device.Storage.Describe());
    }

    public override Task<StoredData> GetStoredData(StoredDataRequest request, ServerCallContext context) =>
        Task.FromResult(worlds.For(context).Require(request.DeviceId).Storage.Describe());
}

using EsnHarness.Contracts.Device.V1;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Worlds;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>gRPC DeviceFiles: MCData file distribution at the simulated terminals (send a file, download one).</summary>
internal sealed class DeviceFilesService(WorldRegistry<DeviceWorld> worlds) : DeviceFiles.DeviceFilesBase
{
    public override Task<SendFileResult> SendFile(SendFileRequest request, ServerCallContext context) =>
        worlds.For(context).RequireOn(request.DeviceId).Files.SendAsync(request, context.CancellationToken);

    public override Task<DownloadedFile> DownloadFile(DownloadFileOnDeviceRequest request, ServerCallContext context) =>
        worlds.For(context).RequireOn(request.DeviceId).Files.DownloadAsync(
            request.Url.Length > 0 ? request.Url : throw Errors.Invalid(Errors.Required("url")), automatic: false, context.CancellationToken);
}

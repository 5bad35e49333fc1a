using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Internal.Worlds;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Mcx;

/// <summary>gRPC McxFileDistribution: the MCData content server and FD function, one world per namespace.</summary>
internal sealed class McxFileDistributionService(WorldRegistry<McxWorld> worlds) : McxFileDistribution.McxFileDistributionBase
{
    public override Task<UploadFilePartResponse> UploadFilePart(UploadFilePartRequest request, ServerCallContext context)
    {
        var world = worlds.For(context);
        world.Registry.Require(request.UploaderMcpttId, "uploader_mcptt_id");
        return Task.FromResult(world.ContentServer.Part(request));
    }

    public override Task<StoredFile> CompleteUpload(CompleteUploadRequest request, ServerCallContext context) =>
        Task.FromResult(worlds.For(context).ContentServer.Complete(request));

    public override Task<SendFileMessageResponse> SendFileMessage(SendFileMessageRequest request, ServerCallContext context) =>
        Task.FromResult(worlds.For(context).Files.Send(request.Message));

    public override Task<DownloadFileResponse> DownloadFile(DownloadFileRequest request, ServerCallContext context) =>
        Task.FromResult(worlds.For(context).Files.Download(request));

    public override Task<SendFileDispositionResponse> SendFileDisposition(SendFileDispositionRequest request, ServerCallContext context)
    {
        worlds.For(context).Files.Disposition(request);
        return Task.FromResult(new SendFileDispositionResponse());
    }
}

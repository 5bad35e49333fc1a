using System.Security.Cryptography;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Tests.Support;
using Google.Protobuf;

namespace EsnHarness.Simulators.Tests.Mcx;

/// <summary>A scenario with an uploader "a", a member "b" of group G (both affiliated), and "c", registered but no member.</summary>
public sealed class FileDistributionHarness : IDisposable
{
    public const int Part = 8 * 1024;

    private FileDistributionHarness(Scenario s, McxFileDistribution.McxFileDistributionClient files, McxProbe a, McxProbe b, McxProbe c)
    {
        S = s;
        A = a;
        B = b;
        C = c;
        Files = files;
    }

    public Scenario S { get; }

    public McxProbe A { get; }

    public McxProbe B { get; }

    public McxProbe C { get; }

    public McxFileDistribution.McxFileDistributionClient Files { get; }

    public static async Task<FileDistributionHarness> StartAsync(Grpc.Net.Client.GrpcChannel channel, Scenario s)
    {
        await s.GroupAsync("G", g => g.Members.Add(["sip:a@esn", "sip:b@esn"]));
        var a = await McxProbe.RegisterAsync(s, "a", "responder", "G");
        var b = await McxProbe.RegisterAsync(s, "b", "responder", "G");
        var c = await McxProbe.RegisterAsync(s, "c");
        return new FileDistributionHarness(s, new McxFileDistribution.McxFileDistributionClient(channel), a, b, c);
    }

    public static byte[] Content(int size) => RandomNumberGenerator.GetBytes(size);

    public static string Sha(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>Uploads <paramref name="content"/> from "a" in parts and completes it.</summary>
    public async Task<StoredFile> UploadAsync(byte[] content)
    {
        var id = Guid.NewGuid().ToString("N");
        for (var offset = 0; offset < content.Length; offset += Part)
        {
            await Files.UploadFilePartAsync(new UploadFilePartRequest
            {
                UploadId = id, UploaderMcpttId = A.McpttId, Offset = (ulong)offset, Data = ByteString.CopyFrom(content, offset, Math.Min(Part, content.Length - offset)),
            }, S.Headers);
        }

        return await Files.CompleteUploadAsync(new CompleteUploadRequest
        {
            UploadId = id, UploaderMcpttId = A.McpttId, SizeBytes = (ulong)content.Length, ContentType = "video/mp4", FileName = "bwv.mp4",
        }, S.Headers);
    }

    /// <summary>"a" sends the FD message about <paramref name="file"/> to group G (or to <paramref name="target"/>), asking for FILE DOWNLOAD COMPLETED.</summary>
    public async Task<SendFileMessageResponse> SendAsync(StoredFile file, string? target = null) =>
        await Files.SendFileMessageAsync(new SendFileMessageRequest
        {
            Message = new FileDistributionMessage
            {
                MessageId = Guid.NewGuid().ToString("N"),
                SenderMcpttId = A.McpttId,
                GroupId = target is null ? "G" : "",
                TargetMcpttId = target ?? "",
                File = new StoredFile { Url = file.Url },
                DownloadCompletedRequested = true,
            },
        }, S.Headers);

    public async Task<byte[]> DownloadAsync(McxProbe who, string url) =>
        (await Files.DownloadFileAsync(new DownloadFileRequest { McpttId = who.McpttId, Url = url }, S.Headers)).Data.ToByteArray();

    public async Task CompletedAsync(McxProbe who, string messageId) =>
        await Files.SendFileDispositionAsync(new SendFileDispositionRequest { McpttId = who.McpttId, MessageId = messageId, Status = FileDispositionStatus.FileDownloadCompleted }, S.Headers);

    public void Dispose()
    {
        A.Dispose();
        B.Dispose();
        C.Dispose();
    }
}

using System.Security.Cryptography;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Tests.Defects;
using EsnHarness.Simulators.Tests.Support;
using Google.Protobuf;
using Grpc.Core;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Device;

/// <summary>File distribution at the terminal: upload in parts over the modelled link, mandatory download, the digest the terminal computes.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class FileTransferTests
{
    private static readonly DeviceFiles.DeviceFilesClient Files = new(HostSetup.Channel);

    [Test]
    public async Task SendFile_MandatoryDownload_RecipientHoldsItUnaskedAndSenderIsTold()
    {
        var s = new Scenario(HostSetup.Channel);
        using var a = await s.DeviceAsync("a");
        using var b = await s.DeviceAsync("b");
        var content = RandomNumberGenerator.GetBytes(100_000);

        var sent = await Files.SendFileAsync(new SendFileRequest
        {
            DeviceId = "a", TargetMcpttId = b.McpttId, Content = ByteString.CopyFrom(content), ContentType = "video/mp4", MandatoryDownload = true, DownloadCompletedRequested = true,
        }, s.Headers);
        var held = await b.WaitForAsync(e => e.FileDownloaded is not null, "mandatory download at b");
        var told = await a.WaitForAsync(e => e.FileDisposition is not null, "FILE DOWNLOAD COMPLETED at a");

        Assert.Multiple(() =>
        {
            Assert.That(sent.Parts, Is.EqualTo(13), "100 000 bytes in 8 KiB parts");
            Assert.That(held.FileDownloaded.Automatic, Is.True);
            Assert.That(held.FileDownloaded.Sha256Hex, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(content))));
            Assert.That(held.FileDownloaded.MessageId, Is.EqualTo(sent.MessageId));
            Assert.That(told.FileDisposition.RecipientMcpttId, Is.EqualTo(b.McpttId));
        });
    }

    [TestCase(false, TestName = "SendFile_Faithful_LostPartsResentAndTheFileArrivesWhole")]
    [TestCase(true, TestName = "SendFile_LostPartNotResentDefect_UploadIncomplete")]
    [ShowsDefect("device.fd-lost-part-not-resent")]
    public async Task SendFile_HalfThePacketsLost(bool defect)
    {
        var s = await DefectScenarios.NewAsync(HostSetup.Channel, defect ? FileDistributionDefects.LostPartNotResent : null);
        using var a = await s.DeviceAsync("a");
        using var b = await s.DeviceAsync("b");
        await s.Network.InjectFaultAsync(new InjectFaultRequest
        {
            Fault = new Fault { Kind = FaultKind.PacketLoss, Target = "a", Impairment = new LinkProfile { LossRatio = 0.5 } },
        }, s.Headers);
        await a.WaitForAsync(e => e.Connectivity?.Kind == ConnectivityKind.LinkChanged, "loss applied");
        var content = RandomNumberGenerator.GetBytes(16 * 8 * 1024);
        var request = new SendFileRequest { DeviceId = "a", TargetMcpttId = b.McpttId, Content = ByteString.CopyFrom(content) };

        if (defect)
        {
            var error = Assert.ThrowsAsync<RpcException>(async () => await Files.SendFileAsync(request, s.Headers));
            Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.FailedPrecondition));
            return;
        }

        var sent = await Files.SendFileAsync(request, s.Headers);
        var held = await Files.DownloadFileAsync(new DownloadFileOnDeviceRequest { DeviceId = "b", Url = sent.File.Url }, s.Headers);

        Assert.Multiple(() =>
        {
            Assert.That(sent.PartTransmissions, Is.GreaterThan(sent.Parts), "the link lost some parts");
            Assert.That(held.Sha256Hex, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(content))));
            Assert.That(held.Automatic, Is.False);
        });
    }
}

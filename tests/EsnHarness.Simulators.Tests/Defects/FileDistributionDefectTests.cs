using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Tests.Mcx;
using EsnHarness.Simulators.Tests.Support;
using Grpc.Core;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Defects;

/// <summary>The MCX file distribution defects against the faithful behaviour.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class FileDistributionDefectTests
{
    [TestCase(false, TestName = "DownloadFile_Faithful_StoredBytesAreTheUploadedOnes")]
    [TestCase(true, TestName = "DownloadFile_FileTruncatedDefect_TheLastBlockIsMissing")]
    [ShowsDefect("mcx.fd-file-truncated")]
    public async Task DownloadFile_Member_Bytes(bool defect)
    {
        using var h = await FileDistributionHarness.StartAsync(HostSetup.Channel, await DefectScenarios.NewAsync(HostSetup.Channel, defect ? FileDistributionDefects.FileTruncated : null));
        var content = FileDistributionHarness.Content(100_000);
        var file = await h.UploadAsync(content);
        await h.SendAsync(file);

        var downloaded = await h.DownloadAsync(h.B, file.Url);

        Assert.That(downloaded, defect ? Has.Length.EqualTo(100_000 - 65_536) : Is.EqualTo(content));
    }

    [TestCase(false, TestName = "DownloadFile_Faithful_NonMemberRefused")]
    [TestCase(true, TestName = "DownloadFile_NonMemberCanDownloadDefect_NonMemberGetsTheFile")]
    [ShowsDefect("mcx.fd-non-member-can-download")]
    public async Task DownloadFile_NonMember(bool defect)
    {
        using var h = await FileDistributionHarness.StartAsync(HostSetup.Channel, await DefectScenarios.NewAsync(HostSetup.Channel, defect ? FileDistributionDefects.NonMemberCanDownload : null));
        var content = FileDistributionHarness.Content(1000);
        var file = await h.UploadAsync(content);
        await h.SendAsync(file);

        if (defect)
        {
            Assert.That(await h.DownloadAsync(h.C, file.Url), Is.EqualTo(content));
        }
        else
        {
            var error = Assert.ThrowsAsync<RpcException>(() => h.DownloadAsync(h.C, file.Url));
            Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.PermissionDenied));
        }
    }

    [TestCase(false, TestName = "SendFileDisposition_Faithful_SenderTold")]
    [TestCase(true, TestName = "SendFileDisposition_DownloadCompletedNeverSentDefect_SenderNeverTold")]
    [ShowsDefect("mcx.fd-download-completed-never-sent")]
    public async Task SendFileDisposition_Completed_SenderTold(bool defect)
    {
        using var h = await FileDistributionHarness.StartAsync(HostSetup.Channel, await DefectScenarios.NewAsync(HostSetup.Channel, defect ? FileDistributionDefects.DownloadCompletedNeverSent : null));
        var sent = await h.SendAsync(await h.UploadAsync(FileDistributionHarness.Content(1000)));
        await h.CompletedAsync(h.B, sent.MessageId);

        // A marker after the disposition: the sender's downlink is ordered, so a forwarded report arrives before it.
        var marker = await h.UploadAsync(FileDistributionHarness.Content(10));
        await h.Files.SendFileMessageAsync(new SendFileMessageRequest
        {
            Message = new FileDistributionMessage { MessageId = "marker", SenderMcpttId = h.A.McpttId, TargetMcpttId = h.A.McpttId, File = new StoredFile { Url = marker.Url } },
        }, h.S.Headers);
        var arrived = await h.A.UntilAsync(e => e.File?.MessageId == "marker", "the marker FD message at a");
        var told = arrived.Any(e => e.FileDisposition is not null);

        Assert.That(told, Is.EqualTo(!defect));
    }
}

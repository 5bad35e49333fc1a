using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Tests.Support;
using Google.Protobuf;
using Grpc.Core;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Mcx;

/// <summary>MCData file distribution using HTTP at the MCX: content server and FD function, on a fake clock.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class FileDistributionTests
{
    private FakeClockHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _host = await FakeClockHost.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [Test]
    public async Task SendFileMessage_ToGroup_MemberOfferedAndDownloadsTheUploadedBytes()
    {
        using var h = await FileDistributionHarness.StartAsync(_host.Channel, _host.NewScenario());
        var content = FileDistributionHarness.Content(3 * FileDistributionHarness.Part + 100);

        var file = await h.UploadAsync(content);
        var sent = await h.SendAsync(file);
        var offered = await h.B.WaitForAsync(e => e.File is not null, "FD message at b");
        var downloaded = await h.DownloadAsync(h.B, offered.File.File.Url);

        Assert.Multiple(() =>
        {
            Assert.That(file.Sha256Hex, Is.EqualTo(FileDistributionHarness.Sha(content)));
            Assert.That(sent.Recipients, Is.EqualTo(new[] { h.B.McpttId }), "the group's affiliated members but the sender");
            Assert.That(offered.File.File.SizeBytes, Is.EqualTo((ulong)content.Length));
            Assert.That(offered.File.File.ContentType, Is.EqualTo("video/mp4"));
            Assert.That(offered.File.File.AvailableUntil.ToDateTimeOffset(), Is.EqualTo(_host.Time.GetUtcNow() + TimeSpan.FromHours(24)));
            Assert.That(downloaded, Is.EqualTo(content));
        });
    }

    [Test]
    public async Task DownloadFile_NonMember_PermissionDenied()
    {
        using var h = await FileDistributionHarness.StartAsync(_host.Channel, _host.NewScenario());
        var file = await h.UploadAsync(FileDistributionHarness.Content(1000));
        await h.SendAsync(file);

        var error = Assert.ThrowsAsync<RpcException>(() => h.DownloadAsync(h.C, file.Url));

        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.PermissionDenied));
    }

    [Test]
    public async Task DownloadFile_AfterItsAvailability_NotFound()
    {
        // Its own clock and a namespace that outlives a day without traffic.
        await using var host = await FakeClockHost.StartAsync(new SimulatorHostOptions { IdleNamespaceTimeout = TimeSpan.FromDays(2) });
        using var h = await FileDistributionHarness.StartAsync(host.Channel, host.NewScenario());
        var file = await h.UploadAsync(FileDistributionHarness.Content(1000));
        await h.SendAsync(file);
        var before = await h.DownloadAsync(h.B, file.Url);

        host.Time.Advance(TimeSpan.FromHours(24) + TimeSpan.FromSeconds(1));
        await h.S.Mcx.RegisterAsync(new RegisterRequest { Identity = new EsnHarness.Contracts.Common.V1.UserIdentity { McpttId = h.B.McpttId, Agency = EsnHarness.Contracts.Common.V1.Agency.Lfb, Role = "responder" } }, h.S.Headers);
        var error = Assert.ThrowsAsync<RpcException>(() => h.DownloadAsync(h.B, file.Url));

        Assert.Multiple(() =>
        {
            Assert.That(before, Has.Length.EqualTo(1000));
            Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.NotFound));
            Assert.That(error.Status.Detail, Does.Contain("was available until"));
        });
    }

    [Test]
    public async Task UploadFilePart_PartMissing_RefusedAndTheUploadIsIncomplete()
    {
        using var h = await FileDistributionHarness.StartAsync(_host.Channel, _host.NewScenario());
        var part = ByteString.CopyFrom(new byte[FileDistributionHarness.Part]);
        await h.Files.UploadFilePartAsync(new UploadFilePartRequest { UploadId = "u1", UploaderMcpttId = h.A.McpttId, Offset = 0, Data = part }, h.S.Headers);

        var gap = Assert.ThrowsAsync<RpcException>(async () => await h.Files.UploadFilePartAsync(
            new UploadFilePartRequest { UploadId = "u1", UploaderMcpttId = h.A.McpttId, Offset = 2 * FileDistributionHarness.Part, Data = part }, h.S.Headers));
        var incomplete = Assert.ThrowsAsync<RpcException>(async () => await h.Files.CompleteUploadAsync(
            new CompleteUploadRequest { UploadId = "u1", UploaderMcpttId = h.A.McpttId, SizeBytes = 3 * FileDistributionHarness.Part }, h.S.Headers));

        Assert.Multiple(() =>
        {
            Assert.That(gap!.StatusCode, Is.EqualTo(StatusCode.FailedPrecondition));
            Assert.That(gap.Status.Detail, Does.Contain("a part is missing"));
            Assert.That(incomplete!.StatusCode, Is.EqualTo(StatusCode.FailedPrecondition));
            Assert.That(incomplete.Status.Detail, Does.Contain($"{FileDistributionHarness.Part} of {3 * FileDistributionHarness.Part} bytes"));
        });
    }

    [Test]
    public async Task UploadFilePart_ResentPart_StoredOnce()
    {
        using var h = await FileDistributionHarness.StartAsync(_host.Channel, _host.NewScenario());
        var content = FileDistributionHarness.Content(2 * FileDistributionHarness.Part);
        var first = ByteString.CopyFrom(content, 0, FileDistributionHarness.Part);
        await h.Files.UploadFilePartAsync(new UploadFilePartRequest { UploadId = "u2", UploaderMcpttId = h.A.McpttId, Offset = 0, Data = first }, h.S.Headers);
        await h.Files.UploadFilePartAsync(new UploadFilePartRequest { UploadId = "u2", UploaderMcpttId = h.A.McpttId, Offset = 0, Data = first }, h.S.Headers);
        await h.Files.UploadFilePartAsync(new UploadFilePartRequest
        {
            UploadId = "u2", UploaderMcpttId = h.A.McpttId, Offset = (ulong)FileDistributionHarness.Part, Data = ByteString.CopyFrom(content, FileDistributionHarness.Part, FileDistributionHarness.Part),
        }, h.S.Headers);

        var file = await h.Files.CompleteUploadAsync(new CompleteUploadRequest { UploadId = "u2", UploaderMcpttId = h.A.McpttId, SizeBytes = (ulong)content.Length }, h.S.Headers);

        Assert.That(file.Sha256Hex, Is.EqualTo(FileDistributionHarness.Sha(content)));
    }

    [Test]
    public async Task SendFileDisposition_DownloadCompleted_ForwardedToTheSender()
    {
        using var h = await FileDistributionHarness.StartAsync(_host.Channel, _host.NewScenario());
        var file = await h.UploadAsync(FileDistributionHarness.Content(1000));
        var sent = await h.SendAsync(file);

        await h.CompletedAsync(h.B, sent.MessageId);
        var told = await h.A.WaitForAsync(e => e.FileDisposition is not null, "FILE DOWNLOAD COMPLETED at a");

        Assert.Multiple(() =>
        {
            Assert.That(told.FileDisposition.MessageId, Is.EqualTo(sent.MessageId));
            Assert.That(told.FileDisposition.RecipientMcpttId, Is.EqualTo(h.B.McpttId));
            Assert.That(told.FileDisposition.Status, Is.EqualTo(FileDispositionStatus.FileDownloadCompleted));
        });
    }

    [Test]
    public async Task SendFileDisposition_NotARecipient_FailedPrecondition()
    {
        using var h = await FileDistributionHarness.StartAsync(_host.Channel, _host.NewScenario());
        var sent = await h.SendAsync(await h.UploadAsync(FileDistributionHarness.Content(10)));

        var error = Assert.ThrowsAsync<RpcException>(() => h.CompletedAsync(h.C, sent.MessageId));

        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.FailedPrecondition));
    }
}

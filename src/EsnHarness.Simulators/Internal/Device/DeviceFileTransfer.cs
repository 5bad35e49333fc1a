using System.Collections.Concurrent;
using System.Security.Cryptography;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.Extensions.Logging;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>
/// MCData file distribution using HTTP at the terminal: the upload goes to the content server in parts over the modelled
/// radio link, as HTTP over TCP: one uplink delay for the stream, and a part the link loses is sent again after a
/// retransmission timeout (the stream stalls meanwhile); then the FD message. Downloads come the same way in parts; the
/// terminal computes the SHA-256 over the bytes it received, reports FILE DOWNLOAD COMPLETED when the sender asked, and
/// fetches a mandatory download by itself when the FD message arrives.
/// </summary>
internal sealed class DeviceFileTransfer(
    string deviceId, DeviceRegistration registration, RadioLink radio, DeviceUplink uplink, McxFileDistribution.McxFileDistributionClient fd,
    DeviceEventLog events, DeviceLife life, ILogger logger, DefectSwitch lostPartNotResent)
{
    /// <summary>HTTP body part sent or fetched at once.</summary>
    public const int PartSize = 8 * 1024;

    /// <summary>TCP retransmission timeout for a lost part (Linux's minimum RTO).</summary>
    public static readonly TimeSpan RetransmissionTimeout = TimeSpan.FromMilliseconds(200);

    // Sized for the few files a terminal is offered (the default, 31 buckets and a lock per core, was about 600 bytes per
    // dictionary per terminal, empty in a fleet of 50,000); they grow when needed.
    private readonly ConcurrentDictionary<string, FileDistributionMessage> _offers = new(concurrencyLevel: 1, capacity: 1, StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DownloadedFile> _held = new(concurrencyLevel: 1, capacity: 1, StringComparer.Ordinal);

    public async Task<SendFileResult> SendAsync(SendFileRequest request, CancellationToken ct)
    {
        var me = registration.McpttId;
        var content = request.Content.Memory;
        var uploadId = Guid.NewGuid().ToString("N");
        var parts = (uint)((content.Length + PartSize - 1) / PartSize);
        var transmissions = 0u;
        radio.RequireService();
        await radio.DelayAsync(radio.UplinkDelay(), ct);
        for (var offset = 0; offset < content.Length; offset += PartSize)
        {
            var part = content.Slice(offset, Math.Min(PartSize, content.Length - offset));
            while (true)
            {
                radio.RequireService();
                transmissions++;
                if (radio.Lost())
                {
                    if (lostPartNotResent.On)
                    {
                        break;
                    }

                    await radio.DelayAsync(RetransmissionTimeout, ct);
                    continue;
                }

                await fd.UploadFilePartAsync(new UploadFilePartRequest
                {
                    UploadId = uploadId, UploaderMcpttId = me, Offset = (ulong)offset, Data = ByteString.CopyFrom(part.Span),
                }, uplink.Headers, cancellationToken: ct);
                break;
            }
        }

        var file = await fd.CompleteUploadAsync(new CompleteUploadRequest
        {
            UploadId = uploadId, UploaderMcpttId = me, SizeBytes = (ulong)content.Length, ContentType = request.ContentType, FileName = request.FileName,
        }, uplink.Headers, cancellationToken: ct);
        var sent = await uplink.RequestAsync(() => fd.SendFileMessageAsync(new SendFileMessageRequest
        {
            Message = new FileDistributionMessage
            {
                MessageId = Guid.NewGuid().ToString("N"),
                SenderMcpttId = me,
                TargetMcpttId = request.TargetMcpttId,
                GroupId = request.GroupId,
                File = new StoredFile { Url = file.Url },
                MandatoryDownload = request.MandatoryDownload,
                DownloadCompletedRequested = request.DownloadCompletedRequested,
            },
        }, uplink.Headers, cancellationToken: ct).ResponseAsync, ct);
        var result = new SendFileResult { MessageId = sent.MessageId, File = file, PartTransmissions = transmissions, Parts = parts };
        result.Recipients.AddRange(sent.Recipients);
        return result;
    }

    /// <summary>An FD message came down: shown to the user; a mandatory download starts at once.</summary>
    public void OnOffered(FileDistributionMessage message, DateTimeOffset? arrival)
    {
        _offers[message.File.Url] = message;
        events.Emit(new DeviceEvent { FileOffered = message }, arrival);
        if (message.MandatoryDownload)
        {
            life.Run("mandatory file download", async ct =>
            {
                try
                {
                    await DownloadAsync(message.File.Url, automatic: true, ct);
                }
                catch (RpcException e)
                {
                    DeviceLog.MandatoryDownloadFailed(logger, deviceId, message.File.Url, e.StatusCode.ToString(), e.Status.Detail);
                }
            });
        }
    }

    public async Task<DownloadedFile> DownloadAsync(string url, bool automatic, CancellationToken ct)
    {
        if (_held.TryGetValue(url, out var held))
        {
            return held.Clone();
        }

        var me = registration.McpttId;
        radio.RequireService();
        await radio.DelayAsync(radio.UplinkDelay(), ct);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        ulong received = 0, size = ulong.MaxValue; // the first part tells the size
        while (received < size)
        {
            radio.RequireService();
            if (radio.Lost())
            {
                await radio.DelayAsync(RetransmissionTimeout, ct);
                continue;
            }

            var part = await fd.DownloadFileAsync(new DownloadFileRequest { McpttId = me, Url = url, Offset = received, Length = PartSize }, uplink.Headers, cancellationToken: ct);
            sha.AppendData(part.Data.Span);
            received += (ulong)part.Data.Length;
            size = part.SizeBytes;
        }

        var offer = _offers.GetValueOrDefault(url);
        var file = new DownloadedFile { Url = url, MessageId = offer?.MessageId ?? "", SizeBytes = received, Sha256Hex = Convert.ToHexStringLower(sha.GetHashAndReset()), Automatic = automatic };
        if (!_held.TryAdd(url, file))
        {
            return _held[url].Clone();
        }

        events.Emit(new DeviceEvent { FileDownloaded = file.Clone() });
        if (offer is { DownloadCompletedRequested: true })
        {
            await uplink.RequestAsync(() => fd.SendFileDispositionAsync(new SendFileDispositionRequest
            {
                McpttId = me, MessageId = offer.MessageId, Status = FileDispositionStatus.FileDownloadCompleted,
            }, uplink.Headers, cancellationToken: ct).ResponseAsync, ct);
        }

        return file.Clone();
    }

    /// <summary>Files the terminal holds.</summary>
    public int Held => _held.Count;

    /// <summary>Erases the files the terminal holds and the offers it was sent (a wipe); returns how many files it held.</summary>
    public int Erase()
    {
        var count = _held.Count;
        _offers.Clear();
        _held.Clear();
        return count;
    }
}

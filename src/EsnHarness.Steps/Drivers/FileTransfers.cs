using System.Security.Cryptography;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;
using Google.Protobuf;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Scenario-scoped: MCData file distribution using HTTP as terminal users see it: a clip uploaded from one terminal to a user or
/// a group, offered to the recipients, downloaded (by the user, or by the terminal for a mandatory download), and the sender
/// told who has it. The digest compared is the one each recipient's terminal computed over the bytes it downloaded, against
/// the SHA-256 of the content this driver generated and uploaded.
/// </summary>
public sealed class FileTransfers(TerminalFleet fleet, Cast cast, EsnSession session)
{
    private readonly DeviceFiles.DeviceFilesClient _files = new(session.Invoker(EsnRole.Device));
    private SentFile? _last;
    private int _clips;

    /// <summary>Uploads <paramref name="megabytes"/> MB of generated video from the sender's terminal to a user or a group, asking for FILE DOWNLOAD COMPLETED.</summary>
    public async Task SendAsync(UserName sender, int megabytes, UserName? recipient, GroupName? group, bool mandatory)
    {
        if (megabytes is < 1 or > 3)
        {
            throw new ArgumentOutOfRangeException(nameof(megabytes), megabytes, "a clip of 1 to 3 MB (the terminal takes the whole clip in one request, and gRPC requests stop at 4 MB)");
        }

        fleet.MarkAction();
        var content = RandomNumberGenerator.GetBytes(megabytes * 1024 * 1024);
        var result = await Rpc.CallAsync(() => _files.SendFileAsync(new SendFileRequest
        {
            DeviceId = cast.Get(sender).DeviceId,
            TargetMcpttId = recipient is null ? "" : cast.Get(recipient).McpttId,
            GroupId = group?.Value ?? "",
            Content = ByteString.CopyFrom(content),
            ContentType = "video/mp4",
            FileName = $"bwv-{++_clips}.mp4",
            MandatoryDownload = mandatory,
            DownloadCompletedRequested = true,
        }).ResponseAsync, $"upload {sender}'s body-worn video clip");
        _last = new SentFile(sender, result.MessageId, result.File.Url, (ulong)content.Length, Convert.ToHexStringLower(SHA256.HashData(content)), result.Parts, result.PartTransmissions);
    }

    /// <summary>Waits for the FD message at the user's terminal, downloads the clip there and compares what the terminal computed.</summary>
    public async Task DownloadAndCompareAsync(UserName user)
    {
        var sent = Last();
        await fleet.Log(cast.Get(user)).WaitAsync(e => e.FileOffered?.File.Url == sent.Url, 0, session.Timeout, $"the terminal of {user} to be offered {sent.Sender}'s clip");
        var held = await Rpc.CallAsync(() => _files.DownloadFileAsync(new DownloadFileOnDeviceRequest { DeviceId = cast.Get(user).DeviceId, Url = sent.Url }).ResponseAsync,
            $"download {sent.Sender}'s clip on the terminal of {user}");
        Compare(user, sent, held);
    }

    /// <summary>Waits until the user's terminal has downloaded the clip by itself (mandatory download) and compares what it computed.</summary>
    public async Task ExpectDownloadedWithoutAskingAsync(UserName user)
    {
        var sent = Last();
        var e = await fleet.Log(cast.Get(user)).WaitAsync(e => e.FileDownloaded?.Url == sent.Url, 0, session.Timeout,
            $"the terminal of {user} to download {sent.Sender}'s clip by itself (mandatory download)");
        if (!e.FileDownloaded.Automatic)
        {
            throw new ExpectationFailedException($"The terminal of {user} holds {sent.Sender}'s clip, but its user had to ask for it: the download was not mandatory.");
        }

        Compare(user, sent, e.FileDownloaded);
    }

    /// <summary>Waits until the sender's terminal is told that <paramref name="recipient"/> completed the download.</summary>
    public Task ExpectToldDownloadedAsync(UserName sender, UserName recipient)
    {
        var sent = Last();
        var id = cast.Get(recipient).McpttId;
        return fleet.Log(cast.Get(sender)).WaitAsync(
            e => e.FileDisposition is { } d && d.MessageId == sent.MessageId && d.RecipientMcpttId == id
                && d.Status == Contracts.Mcx.V1.FileDispositionStatus.FileDownloadCompleted,
            0, session.Timeout, $"{sender} to be told that {recipient} downloaded the clip (FILE DOWNLOAD COMPLETED)");
    }

    /// <summary>Tries to download the clip on the user's terminal; passes only when the content server refuses it.</summary>
    public async Task ExpectDownloadRefusedAsync(UserName user)
    {
        var sent = Last();
        try
        {
            var held = await Rpc.CallAsync(() => _files.DownloadFileAsync(new DownloadFileOnDeviceRequest { DeviceId = cast.Get(user).DeviceId, Url = sent.Url }).ResponseAsync,
                $"download {sent.Sender}'s clip on the terminal of {user}");
            throw new ExpectationFailedException($"{user} downloaded {sent.Sender}'s clip ({held.SizeBytes} bytes) though neither addressed nor a member of its group.");
        }
        catch (EsnRefusedException e) when (e.Status == "PermissionDenied")
        {
            // The content server refused the download: what the requirement asks.
        }
    }

    /// <summary>Checks the upload went over a lossy link: some parts had to be sent again and the clip still arrived whole (checked by the download steps).</summary>
    public void ExpectLostPartsResent()
    {
        var sent = Last();
        if (sent.Transmissions <= sent.Parts)
        {
            throw new ExpectationFailedException(
                $"{sent.Sender}'s upload sent each of its {sent.Parts} parts once: the radio link lost none, so the scenario did not test an upload under loss.");
        }
    }

    private static void Compare(UserName user, SentFile sent, DownloadedFile held)
    {
        if (held.SizeBytes != sent.Size || held.Sha256Hex != sent.Sha256)
        {
            throw new ExpectationFailedException(
                $"The clip {user}'s terminal downloaded is not what {sent.Sender} uploaded: {held.SizeBytes} bytes, SHA-256 {held.Sha256Hex}; uploaded {sent.Size} bytes, SHA-256 {sent.Sha256}.");
        }
    }

    private SentFile Last() => _last ?? throw new ExpectationFailedException("No file was uploaded in this scenario: a step \"... uploads ... of body-worn video ...\" comes first.");

    private sealed record SentFile(UserName Sender, string MessageId, string Url, ulong Size, string Sha256, uint Parts, uint Transmissions);
}

using System.Security.Cryptography;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Worlds;

namespace EsnHarness.Simulators.Internal.Mcx.Files;

/// <summary>
/// The MCData content server of one namespace (FD using HTTP): uploads received part by part in order, stored files by URL
/// with the SHA-256 of what is stored and their availability time, and ranges of them served. Who may download is the FD
/// function's decision (<see cref="McxFiles"/>); this class only stores and serves. Owns its state under one lock.
/// </summary>
internal sealed class McxContentServer(WorldScope scope)
{
    /// <summary>How long a stored file can be downloaded (TS 24.484 §10.4 file availability time; a day, as a London assumption).</summary>
    public static readonly TimeSpan Availability = TimeSpan.FromHours(24);

    private const int TruncatedBlock = 64 * 1024;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, PendingUpload> _uploads = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StoredContent> _files = new(StringComparer.Ordinal);

    public UploadFilePartResponse Part(UploadFilePartRequest request)
    {
        McxIds.Require(request.UploadId, "upload_id");
        lock (_gate)
        {
            if (!_uploads.TryGetValue(request.UploadId, out var upload))
            {
                _uploads[request.UploadId] = upload = new PendingUpload(request.UploaderMcpttId);
            }
            else if (upload.Uploader != request.UploaderMcpttId)
            {
                throw Errors.Denied($"upload_id '{request.UploadId}' belongs to '{upload.Uploader}', not '{request.UploaderMcpttId}'");
            }

            var received = (ulong)upload.Content.Length;
            if (request.Offset > received)
            {
                throw Errors.Precondition($"upload '{request.UploadId}': part at offset {request.Offset} but only {received} bytes received (a part is missing)");
            }

            var end = request.Offset + (ulong)request.Data.Length;
            if (end > received)
            {
                // A resent part may overlap what arrived already: only its new tail is appended.
                upload.Content.Write(request.Data.Span[(int)(received - request.Offset)..]);
            }

            return new UploadFilePartResponse { ReceivedBytes = (ulong)upload.Content.Length };
        }
    }

    public StoredFile Complete(CompleteUploadRequest request)
    {
        McxIds.Require(request.UploadId, "upload_id");
        lock (_gate)
        {
            if (!_uploads.TryGetValue(request.UploadId, out var upload) && request.SizeBytes == 0)
            {
                upload = new PendingUpload(request.UploaderMcpttId); // an empty file has no parts
            }

            if (upload is null || upload.Uploader != request.UploaderMcpttId)
            {
                throw Errors.NotFound($"upload_id '{request.UploadId}' is not an upload by '{request.UploaderMcpttId}' in namespace '{scope.Namespace}'");
            }

            var content = upload.Content.ToArray();
            if ((ulong)content.Length != request.SizeBytes)
            {
                throw Errors.Precondition($"upload '{request.UploadId}' is incomplete: {content.Length} of {request.SizeBytes} bytes received");
            }

            _uploads.Remove(request.UploadId);
            if (scope.Defects.Has(FileDistributionDefects.FileTruncated) && content.Length > 0)
            {
                content = content[..(content.Length - Math.Min(content.Length, TruncatedBlock))];
            }

            var url = $"https://mcdata-content.esn.invalid/{scope.Namespace}/files/{Guid.NewGuid():N}";
            var file = new StoredFile
            {
                Url = url,
                SizeBytes = request.SizeBytes,
                ContentType = request.ContentType,
                FileName = request.FileName,
                UploaderMcpttId = request.UploaderMcpttId,
                Sha256Hex = Convert.ToHexStringLower(SHA256.HashData(content)),
                AvailableUntil = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(scope.Time.GetUtcNow() + Availability),
            };
            _files[url] = new StoredContent(file, content);
            return file.Clone();
        }
    }

    /// <summary>The stored file at <paramref name="url"/>, or NOT_FOUND (unknown, or past its availability).</summary>
    public StoredFile Require(string url)
    {
        lock (_gate)
        {
            return Available(url).File.Clone();
        }
    }

    public DownloadFileResponse Read(string url, ulong offset, ulong length)
    {
        lock (_gate)
        {
            var stored = Available(url);
            var size = (ulong)stored.Content.Length;
            if (offset > size)
            {
                throw Errors.Invalid($"field 'offset' is {offset}, past the end of '{url}' ({size} bytes)");
            }

            var end = length == 0 ? size : Math.Min(size, offset + length);
            return new DownloadFileResponse
            {
                Data = Google.Protobuf.ByteString.CopyFrom(stored.Content, (int)offset, (int)(end - offset)),
                SizeBytes = size,
                ContentType = stored.File.ContentType,
            };
        }
    }

    private StoredContent Available(string url)
    {
        if (!_files.TryGetValue(url, out var stored))
        {
            throw Errors.NotFound($"url '{McxIds.Shown(url)}' is not a file on the content server of namespace '{scope.Namespace}'");
        }

        if (scope.Time.GetUtcNow() > stored.File.AvailableUntil.ToDateTimeOffset())
        {
            throw Errors.NotFound($"url '{McxIds.Shown(url)}' was available until {stored.File.AvailableUntil.ToDateTimeOffset():u}");
        }

        return stored;
    }

    private sealed record PendingUpload(string Uploader)
    {
        public MemoryStream Content { get; } = new();
    }

    private sealed record StoredContent(StoredFile File, byte[] Content);
}

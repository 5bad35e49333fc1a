using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Mcx.Downlink;
using EsnHarness.Simulators.Internal.Mcx.Registry;
using EsnHarness.Simulators.Internal.Worlds;

namespace EsnHarness.Simulators.Internal.Mcx.Files;

/// <summary>
/// MCData file distribution using HTTP (TS 23.282 §7.5.2, TS 24.282; sub-clauses not checked): FD messages about stored
/// files to a user or a group's affiliated members, de-duplicated by message ID; downloads only for the uploader, the
/// addressed user and the target group's members; FILE DOWNLOAD COMPLETED forwarded to the sender once per recipient when
/// asked for. Owns its messages under one lock. Lock order: FD → content server, registry and groups (read, also through
/// <see cref="McxRecipients"/>) → downlinks.
/// </summary>
internal sealed class McxFiles(McxContentServer content, McxRegistry registry, McxGroups groups, McxRecipients recipients, McxDownlinks downlinks, WorldScope scope)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, FdRecord> _messages = new(StringComparer.Ordinal);

    public SendFileMessageResponse Send(FileDistributionMessage? message)
    {
        if (message?.File is null)
        {
            throw Errors.Invalid(Errors.Required(message is null ? "message" : "message.file"));
        }

        McxIds.Require(message.MessageId, "message.message_id");
        lock (_gate)
        {
            var sender = registry.Require(message.SenderMcpttId, "message.sender_mcptt_id");
            if (_messages.TryGetValue(message.MessageId, out var known))
            {
                return known.Message.SenderMcpttId == sender.McpttId
                    ? Response(known, duplicate: true)
                    : throw Errors.Invalid($"message.message_id '{message.MessageId}' was already used by '{known.Message.SenderMcpttId}'");
            }

            var file = content.Require(message.File.Url);
            if (file.UploaderMcpttId != sender.McpttId)
            {
                throw Errors.Denied($"'{sender.McpttId}' may not distribute '{McxIds.Shown(file.Url)}': it was uploaded by '{file.UploaderMcpttId}'");
            }

            var stored = message.Clone();
            stored.File = file;
            stored.SentAt = Clock.Now(scope.Time);
            var record = new FdRecord(stored, recipients.Of(sender, message.TargetMcpttId, message.GroupId).McpttIds);
            _messages[message.MessageId] = record;
            downlinks.SendToMany(record.Recipients, () => new McxEvent { File = stored });
            return Response(record, duplicate: false);
        }
    }

    public DownloadFileResponse Download(DownloadFileRequest request)
    {
        var user = registry.Require(request.McpttId, "mcptt_id");
        if (request.Url.Length == 0)
        {
            throw Errors.Invalid(Errors.Required("url"));
        }

        lock (_gate)
        {
            var file = content.Require(request.Url);
            if (!scope.Defects.Has(FileDistributionDefects.NonMemberCanDownload) && !MayDownload(user.McpttId, file))
            {
                throw Errors.Denied($"'{user.McpttId}' may not download '{McxIds.Shown(file.Url)}': not its uploader, its addressee or a member of its group");
            }
        }

        return content.Read(request.Url, request.Offset, request.Length);
    }

    public void Disposition(SendFileDispositionRequest request)
    {
        if (request.Status != FileDispositionStatus.FileDownloadCompleted)
        {
            throw Errors.Invalid($"field 'status' must be FILE_DOWNLOAD_COMPLETED, got {request.Status}");
        }

        registry.Require(request.McpttId, "mcptt_id");
        McxIds.Require(request.MessageId, "message_id");
        lock (_gate)
        {
            if (!_messages.TryGetValue(request.MessageId, out var record))
            {
                throw Errors.NotFound($"message_id '{request.MessageId}' is not an FD message known in namespace '{scope.Namespace}'");
            }

            if (!record.Recipients.Contains(request.McpttId))
            {
                throw Errors.Precondition($"mcptt_id '{request.McpttId}' is not a recipient of FD message '{request.MessageId}'");
            }

            if (record.Message.DownloadCompletedRequested && record.Completed.Add(request.McpttId)
                && !scope.Defects.Has(FileDistributionDefects.DownloadCompletedNeverSent))
            {
                downlinks.SendTo(record.Message.SenderMcpttId, new McxEvent
                {
                    FileDisposition = new FileDispositionNotification
                    {
                        MessageId = request.MessageId, RecipientMcpttId = request.McpttId, Status = request.Status, ReportedAt = Clock.Now(scope.Time),
                    },
                });
            }
        }
    }

    /// <summary>The uploader, the user an FD message about the file was addressed to, or a member of a group one went to.</summary>
    private bool MayDownload(string mcpttId, StoredFile file) =>
        file.UploaderMcpttId == mcpttId
        || _messages.Values.Any(r => r.Message.File.Url == file.Url && (r.Message.TargetMcpttId == mcpttId || IsMember(r, mcpttId)));

    /// <summary>A listed member of the target group; for a group that lists none (anyone may affiliate), a recipient of the message.</summary>
    private bool IsMember(FdRecord record, string mcpttId)
    {
        if (record.Message.GroupId.Length == 0)
        {
            return false;
        }

        var group = groups.Find(record.Message.GroupId);
        return group is { Members.Count: > 0 } ? group.Members.Contains(mcpttId) : record.Recipients.Contains(mcpttId);
    }

    private static SendFileMessageResponse Response(FdRecord record, bool duplicate)
    {
        var response = new SendFileMessageResponse { MessageId = record.Message.MessageId, Duplicate = duplicate };
        response.Recipients.AddRange(record.Recipients);
        return response;
    }

    private sealed record FdRecord(FileDistributionMessage Message, IReadOnlyList<string> Recipients)
    {
        public HashSet<string> Completed { get; } = new(StringComparer.Ordinal);
    }
}

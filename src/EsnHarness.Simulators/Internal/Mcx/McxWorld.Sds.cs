using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Internal.Grpc;

namespace EsnHarness.Simulators.Internal.Mcx;

internal sealed partial class McxWorld
{
    private readonly Dictionary<string, SdsRecord> _sds = new(StringComparer.Ordinal);

    public SendSdsResponse SendSds(SdsMessage? message)
    {
        if (message is null)
        {
            throw Errors.Invalid(Errors.Required("message"));
        }

        RequireId(message.MessageId, "message.message_id");
        lock (_gate)
        {
            var sender = RequireClient(message.SenderMcpttId, "message.sender_mcptt_id");
            if (_sds.TryGetValue(message.MessageId, out var known))
            {
                if (known.Message.SenderMcpttId != sender.McpttId)
                {
                    throw Errors.Invalid($"message.message_id '{message.MessageId}' was already used by '{known.Message.SenderMcpttId}'");
                }

                return Response(known, duplicate: true);
            }

            var size = message.Payload.Length;
            if (size > sender.Profile.MaxSdsSizeBytes)
            {
                throw Errors.Invalid(
                    $"message.payload is {size} bytes; the limit for '{sender.McpttId}' is {sender.Profile.MaxSdsSizeBytes} bytes (profile max_sds_size_bytes)");
            }

            var stored = message.Clone();
            stored.Plane = PlaneFor(sender.Profile, size);
            var record = new SdsRecord(stored, RecipientsOf(sender, message));
            _sds[message.MessageId] = record;
            foreach (var r in record.Recipients)
            {
                var from = _clients[r].SdsSequences;
                record.Sequences[r] = from[sender.McpttId] = from.GetValueOrDefault(sender.McpttId) + 1;
                Deliver(record, r);
            }

            if (record.Recipients.Count > 0)
            {
                var id = message.MessageId;
                record.Retransmit = time.CreateTimer(_ => RetransmitSds(id), null, settings.SdsRetransmitInterval, settings.SdsRetransmitInterval);
            }

            return Response(record, duplicate: false);
        }
    }

    public void AcknowledgeSds(AcknowledgeSdsRequest request)
    {
        lock (_gate)
        {
            RequireClient(request.McpttId, "mcptt_id");
            var record = RequireSds(request.MessageId);
            record.Unacknowledged.Remove(request.McpttId);
            if (record.Unacknowledged.Count == 0)
            {
                record.Retransmit?.Dispose();
            }
        }
    }

    public void SendDisposition(SendDispositionRequest request)
    {
        if (request.Status is not (DispositionStatus.Delivered or DispositionStatus.Read or DispositionStatus.DeliveredAndRead))
        {
            throw Errors.Invalid($"field 'status' must be DELIVERED, READ or DELIVERED_AND_READ, got {request.Status}");
        }

        lock (_gate)
        {
            RequireClient(request.McpttId, "mcptt_id");
            var record = RequireSds(request.MessageId);
            if (!record.Recipients.Contains(request.McpttId))
            {
                throw Errors.Precondition($"mcptt_id '{request.McpttId}' is not a recipient of message '{request.MessageId}'");
            }

            if (record.Dispositions.Add($"{request.McpttId}|{request.Status}"))
            {
                Notify(record, request.McpttId, request.Status);
            }
        }
    }

    private void RetransmitSds(string messageId)
    {
        lock (_gate)
        {
            if (!_sds.TryGetValue(messageId, out var record) || record.Unacknowledged.Count == 0)
            {
                return;
            }

            record.Attempts++;
            if (record.Attempts > settings.SdsMaxAttempts)
            {
                record.Retransmit?.Dispose();
                foreach (var r in record.Unacknowledged)
                {
                    Notify(record, r, DispositionStatus.Undelivered);
                }

                record.Unacknowledged.Clear();
                return;
            }

            foreach (var r in record.Unacknowledged)
            {
                Deliver(record, r);
            }
        }
    }

    /// <summary>TS 24.282 §9.2: standalone on signalling up to the control-plane limit, else an SDS session on the media plane.</summary>
    private static SdsPlane PlaneFor(UserProfile profile, int size) =>
        profile.MaxSdsControlPlaneBytes > 0 && size > profile.MaxSdsControlPlaneBytes ? SdsPlane.Media : SdsPlane.Signalling;

    private List<string> RecipientsOf(McxClientSession sender, SdsMessage message)
    {
        var hasTarget = message.TargetMcpttId.Length > 0;
        if (hasTarget == (message.GroupId.Length > 0))
        {
            throw Errors.Invalid("set exactly one of 'message.target_mcptt_id' and 'message.group_id'");
        }

        if (hasTarget)
        {
            return [RequireClient(message.TargetMcpttId, "message.target_mcptt_id").McpttId];
        }

        var group = RequireGroup(message.GroupId, "message.group_id");
        if (group.RequireAffiliation && !sender.Affiliations.Contains(group.GroupId))
        {
            throw Errors.Precondition($"mcptt_id '{sender.McpttId}' is not affiliated to group '{group.GroupId}', which requires affiliation");
        }

        return _clients.Values.Where(c => c != sender && c.Affiliations.Contains(group.GroupId))
            .Select(c => c.McpttId).Order(StringComparer.Ordinal).ToList();
    }

    private void Deliver(SdsRecord record, string recipient) =>
        SendTo(recipient, new McxEvent { Sds = new SdsDelivery { Message = record.Message, Attempt = record.Attempts, SenderSequence = record.Sequences.GetValueOrDefault(recipient) } });

    private void Notify(SdsRecord record, string recipient, DispositionStatus status)
    {
        var wanted = record.Message.DispositionRequest != DispositionRequest.None || status == DispositionStatus.Undelivered;
        if (wanted)
        {
            SendTo(record.Message.SenderMcpttId, new McxEvent
            {
                Disposition = new DispositionNotification
                {
                    MessageId = record.Message.MessageId,
                    RecipientMcpttId = recipient,
                    Status = status,
                    ReportedAt = Clock.Now(time),
                },
            });
        }
    }

    private SdsRecord RequireSds(string messageId)
    {
        RequireId(messageId, "message_id");
        return _sds.TryGetValue(messageId, out var record)
            ? record
            : throw Errors.NotFound($"message_id '{messageId}' is not a message known in namespace '{ns}'");
    }

    private static SendSdsResponse Response(SdsRecord record, bool duplicate)
    {
        var response = new SendSdsResponse { MessageId = record.Message.MessageId, Duplicate = duplicate, Plane = record.Message.Plane };
        response.Recipients.AddRange(record.Recipients);
        return response;
    }
}

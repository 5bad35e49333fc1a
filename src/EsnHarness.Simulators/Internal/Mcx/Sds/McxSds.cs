using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Mcx.Downlink;
using EsnHarness.Simulators.Internal.Mcx.Registry;
using EsnHarness.Simulators.Internal.Worlds;

namespace EsnHarness.Simulators.Internal.Mcx.Sds;

/// <summary>
/// MCData short data service (TS 24.282 §9): accepted messages, de-duplicated by message ID; delivery to each recipient
/// numbered per sender so the terminal can restore the order; retransmission until acknowledged, UNDELIVERED after the
/// last attempt; dispositions forwarded to the sender once each. Owns its records, sequence numbers and retransmission
/// timers under one lock. Lock order: SDS → registry and groups (read, also through <see cref="McxRecipients"/>) → downlinks.
/// </summary>
internal sealed class McxSds(McxRegistry registry, McxRecipients recipients, McxDownlinks downlinks, McxSettings settings, WorldScope scope)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, SdsRecord> _records = new(StringComparer.Ordinal);

    /// <summary>Per recipient, per sender: the number of the last SDS addressed to the recipient since it registered.</summary>
    private readonly Dictionary<string, Dictionary<string, ulong>> _sequences = new(StringComparer.Ordinal);

    public SendSdsResponse Send(SdsMessage? message)
    {
        if (message is null)
        {
            throw Errors.Invalid(Errors.Required("message"));
        }

        McxIds.Require(message.MessageId, "message.message_id");
        lock (_gate)
        {
            var sender = registry.Require(message.SenderMcpttId, "message.sender_mcptt_id");
            if (_records.TryGetValue(message.MessageId, out var known))
            {
                return known.Message.SenderMcpttId == sender.McpttId
                    ? Response(known, duplicate: true)
                    : throw Errors.Invalid($"message.message_id '{message.MessageId}' was already used by '{known.Message.SenderMcpttId}'");
            }

            var size = message.Payload.Length;
            var stored = message.Clone();
            if (size > sender.Profile.MaxSdsSizeBytes && scope.Defects.Has(McxAuthorisationDefects.SdsOversizeTruncated))
            {
                stored.Payload = Google.Protobuf.ByteString.CopyFrom(message.Payload.Span[..(int)sender.Profile.MaxSdsSizeBytes]);
                size = stored.Payload.Length;
            }

            if (size > sender.Profile.MaxSdsSizeBytes)
            {
                throw Errors.Invalid(
                    $"message.payload is {size} bytes; the limit for '{sender.McpttId}' is {sender.Profile.MaxSdsSizeBytes} bytes (profile max_sds_size_bytes)");
            }

            // The plane defect is consulted only for a message the limit sends on the media plane.
            var plane = PlaneFor(sender.Profile, size);
            stored.Plane = plane == SdsPlane.Media && scope.Defects.Has(McxDefects.SdsControlPlaneLimitIgnored) ? SdsPlane.Signalling : plane;
            var record = new SdsRecord(stored, RecipientsOf(sender, message));
            _records[message.MessageId] = record;
            foreach (var r in record.Recipients)
            {
                var from = SequencesOf(r);
                record.Sequences[r] = from[sender.McpttId] = from.GetValueOrDefault(sender.McpttId) + 1;
                Deliver(record, r);
            }

            if (record.Recipients.Count > 0)
            {
                var id = message.MessageId;
                record.Retransmit = McxTimer.Start(scope, $"retransmission of SDS {id}", () => Retransmit(id), settings.SdsRetransmitInterval, settings.SdsRetransmitInterval);
            }

            return Response(record, duplicate: false);
        }
    }

    public void Acknowledge(AcknowledgeSdsRequest request)
    {
        registry.Require(request.McpttId, "mcptt_id");
        lock (_gate)
        {
            var record = Require(request.MessageId);
            record.Unacknowledged.Remove(request.McpttId);
            if (record.Unacknowledged.Count == 0)
            {
                record.Retransmit?.Dispose();
            }
        }
    }

    public void Disposition(SendDispositionRequest request)
    {
        if (request.Status is not (DispositionStatus.Delivered or DispositionStatus.Read or DispositionStatus.DeliveredAndRead))
        {
            throw Errors.Invalid($"field 'status' must be DELIVERED, READ or DELIVERED_AND_READ, got {request.Status}");
        }

        registry.Require(request.McpttId, "mcptt_id");
        lock (_gate)
        {
            var record = Require(request.MessageId);
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

    /// <summary>A new registration numbers the user's incoming messages from 1 again.</summary>
    public void ResetSequences(string recipient)
    {
        lock (_gate)
        {
            _sequences.Remove(recipient);
        }
    }

    /// <summary>Stops every retransmission (the namespace closes).</summary>
    public void StopAll()
    {
        lock (_gate)
        {
            foreach (var record in _records.Values)
            {
                record.Retransmit?.Dispose();
            }

            _records.Clear();
        }
    }

    private void Retransmit(string messageId)
    {
        lock (_gate)
        {
            if (!_records.TryGetValue(messageId, out var record) || record.Unacknowledged.Count == 0)
            {
                return;
            }

            // The defect is consulted only when a recipient is still unacknowledged at the first retransmission: then, as if no
            // timer had been started, nothing is sent again and nobody is told the message was undelivered.
            if (scope.Defects.Has(McxDefects.SdsNotRetransmitted))
            {
                record.Retransmit?.Dispose();
                return;
            }

            record.Attempts++;
            if (record.Attempts > settings.SdsMaxAttempts)
            {
                record.Retransmit?.Dispose();
                foreach (var r in record.Unacknowledged)
                {
                    Notify(record, r, DispositionStatus.Undelivered);
                    McxLog.SdsUndelivered(scope.Logger, scope.Namespace, messageId, record.Message.SenderMcpttId, r, record.Attempts - 1);
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

    /// <summary>The message's recipients; a group that requires affiliation takes messages only from its affiliated members.</summary>
    private IReadOnlyList<string> RecipientsOf(McxUser sender, SdsMessage message)
    {
        var to = recipients.Of(sender, message.TargetMcpttId, message.GroupId);
        if (to.Group is { RequireAffiliation: true } group && !registry.IsAffiliated(sender, group.GroupId))
        {
            throw Errors.Precondition($"mcptt_id '{sender.McpttId}' is not affiliated to group '{group.GroupId}', which requires affiliation");
        }

        return to.McpttIds;
    }

    private Dictionary<string, ulong> SequencesOf(string recipient)
    {
        if (!_sequences.TryGetValue(recipient, out var from))
        {
            _sequences[recipient] = from = new Dictionary<string, ulong>(StringComparer.Ordinal);
        }

        return from;
    }

    private void Deliver(SdsRecord record, string recipient)
    {
        var sequence = scope.Defects.Has(McxDefects.SdsOrderNotKept) ? 0 : record.Sequences.GetValueOrDefault(recipient);
        var message = record.Message;
        if (message.Kind == SdsPayloadKind.Status && scope.Defects.Has(MessagingDefects.StatusCodeByteSwapped))
        {
            message = message.Clone();
            message.StatusCode = ((message.StatusCode & 0xFF) << 8) | ((message.StatusCode >> 8) & 0xFF);
        }

        downlinks.SendTo(recipient, new McxEvent { Sds = new SdsDelivery { Message = message, Attempt = record.Attempts, SenderSequence = sequence } });
    }

    private void Notify(SdsRecord record, string recipient, DispositionStatus status)
    {
        if (scope.Defects.Has(McxDefects.ReadDispositionDropped) && status is DispositionStatus.Read or DispositionStatus.DeliveredAndRead)
        {
            if (status == DispositionStatus.Read)
            {
                return;
            }

            status = DispositionStatus.Delivered;
        }

        if (record.Message.DispositionRequest != DispositionRequest.None || status == DispositionStatus.Undelivered)
        {
            downlinks.SendTo(record.Message.SenderMcpttId, new McxEvent
            {
                Disposition = new DispositionNotification
                {
                    MessageId = record.Message.MessageId, RecipientMcpttId = recipient, Status = status, ReportedAt = Clock.Now(scope.Time),
                },
            });
        }
    }

    private SdsRecord Require(string messageId)
    {
        McxIds.Require(messageId, "message_id");
        return _records.TryGetValue(messageId, out var record)
            ? record
            : throw Errors.NotFound($"message_id '{messageId}' is not a message known in namespace '{scope.Namespace}'");
    }

    private static SendSdsResponse Response(SdsRecord record, bool duplicate)
    {
        var response = new SendSdsResponse { MessageId = record.Message.MessageId, Duplicate = duplicate, Plane = record.Message.Plane };
        response.Recipients.AddRange(record.Recipients);
        return response;
    }
}

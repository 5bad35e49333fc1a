using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Interworking.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Internal.Grpc;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Interworking;

internal sealed partial class IwfBridge
{
    private async Task RunDownlinkAsync(CancellationToken ct)
    {
        try
        {
            using var stream = mcx.Connect(new ConnectRequest { McpttId = Bridge.IwfMcpttId }, headers, cancellationToken: ct);
            await foreach (var e in stream.ResponseStream.ReadAllAsync(ct))
            {
                await OnEsnEventAsync(e, ct);
            }
        }
        catch (RpcException) when (ct.IsCancellationRequested)
        {
            // Bridge deleted.
        }
        catch (OperationCanceledException)
        {
            // Bridge deleted.
        }
    }

    private async Task OnEsnEventAsync(McxEvent e, CancellationToken ct)
    {
        switch (e.EventCase)
        {
            case McxEvent.EventOneofCase.Call:
                OnCall(e.Call);
                break;
            case McxEvent.EventOneofCase.Floor:
                OnFloor(e.Floor);
                break;
            case McxEvent.EventOneofCase.Media:
                Participant(e.Media.CallId)?.OnMediaReceived();
                _mediaLine!.Enqueue((e.Media, Time.GetTimestamp()), AddedLatency);
                break;
            case McxEvent.EventOneofCase.Sds:
                await OnSdsAsync(e.Sds.Message, ct);
                break;
            case McxEvent.EventOneofCase.EmergencyAlert when !e.EmergencyAlert.Alert.Origin.StartsWith("tetra:", StringComparison.Ordinal):
                var alert = e.EmergencyAlert.Alert;
                world.ToTalkgroup(Bridge.Talkgroup, new RadioEvent
                {
                    Kind = RadioEventKind.Emergency, TalkerId = alert.McpttId, Location = alert.Location,
                    Detail = alert.Cancelled ? $"emergency cancelled by {alert.CancelledBy}" : $"ESN emergency alert from {alert.McpttId} ({alert.FunctionalAlias})",
                    ReceivedAt = Clock.Now(Time),
                }, except: null);
                break;
        }
    }

    private void RelayMedia((MediaPacket Packet, long Arrived) item, DateTimeOffset due)
    {
        var packet = item.Packet;
        Stats.AddedLatency(Time.GetElapsedTime(item.Arrived));
        Stats.Count(s => s.FramesToTetra++);
        world.ToTalkgroup(Bridge.Talkgroup, new RadioEvent
        {
            Kind = RadioEventKind.Voice, TalkerId = packet.SenderMcpttId, BurstId = packet.BurstId, Sequence = packet.Sequence,
            SentAt = packet.SentAt, ReceivedAt = Clock.Now(Time),
        }, except: null);
    }

    private async Task OnSdsAsync(SdsMessage message, CancellationToken ct)
    {
        await mcx.AcknowledgeSdsAsync(new AcknowledgeSdsRequest { McpttId = Bridge.IwfMcpttId, MessageId = message.MessageId }, headers, cancellationToken: ct);
        lock (_seenSds)
        {
            if (!_seenSds.Add(message.MessageId))
            {
                return;
            }
        }

        Stats.Count(s => s.Sds++);
        var reached = world.ToTalkgroup(Bridge.Talkgroup, message.Kind == SdsPayloadKind.Status
            ? new RadioEvent { Kind = RadioEventKind.Status, TalkerId = message.SenderMcpttId, StatusCode = message.StatusCode, SentAt = message.SentAt, ReceivedAt = Clock.Now(Time) }
            : new RadioEvent { Kind = RadioEventKind.Sds, TalkerId = message.SenderMcpttId, Text = message.Payload.ToStringUtf8(), SentAt = message.SentAt, ReceivedAt = Clock.Now(Time) },
            except: null);

        // TS 23.283 §10.8: the TETRA SDS-TL delivery report comes back as the MCData DELIVERED disposition once a radio
        // of the talkgroup has the message (a TETRA radio has no MCData read report to give).
        if (reached > 0 && message.DispositionRequest is DispositionRequest.Delivery or DispositionRequest.DeliveryAndRead)
        {
            await mcx.SendDispositionAsync(new SendDispositionRequest
            {
                McpttId = Bridge.IwfMcpttId, MessageId = message.MessageId, Status = DispositionStatus.Delivered,
            }, headers, cancellationToken: ct);
        }
    }
}

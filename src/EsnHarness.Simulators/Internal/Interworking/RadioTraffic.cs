using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Interworking.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.FloorControl;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Worlds;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Interworking;

/// <summary>
/// What the radios of the talkgroup send towards ESN, under each radio's ESN identity (its mapped MCPTT ID, else the
/// bridge's): voice frames (60 ms TETRA frames, transcoded after the added latency, in order), statuses (0 = emergency
/// alarm → ESN emergency alert; user-defined → MCData status), SDS text, and the emergency button's open-microphone call
/// (→ ESN emergency group call at emergency priority). The other radios of the talkgroup hear the voice directly.
/// </summary>
internal sealed class RadioTraffic(IwfBridge bridge, RadioRegistry radios, IwfUplink uplink, BridgeStatsRecorder stats, WorldScope scope, IwfDefects defects)
{
    private static readonly TimeSpan TetraFrame = TimeSpan.FromMilliseconds(60);
    private int _burst;

    /// <summary>
    /// A voice frame towards ESN has entered the bridge's added delay; the task given completes when that delay has passed
    /// on the world's clock. A test on a fake clock moves time on only once the frame waits, and only until it has crossed.
    /// </summary>
    public event Action<Task>? FrameDelaying;

    /// <summary>Sends <paramref name="frames"/> voice frames of the transmitting radio; with <paramref name="paced"/> one per TETRA frame time, else back to back.</summary>
    public async Task<uint> VoiceAsync(string issi, uint frames, bool paced, CancellationToken ct)
    {
        var (sender, seat) = bridge.SeatFor(issi);
        var burst = (uint)Interlocked.Increment(ref _burst);
        var start = scope.Time.GetUtcNow();
        Task previous = Task.CompletedTask;
        for (uint i = 0; i < frames; i++)
        {
            if (paced && start + (TetraFrame * i) - scope.Time.GetUtcNow() is { } wait && wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, scope.Time, ct); // allowed: an open microphone sends a frame per TETRA frame time
            }

            var packet = new MediaPacket
            {
                CallId = seat.CallId, SenderMcpttId = sender, BurstId = burst, Sequence = i,
                FrameDurationMs = (uint)TetraFrame.TotalMilliseconds, SentAt = Clock.Now(scope.Time), LastInBurst = i == frames - 1,
                Payload = Google.Protobuf.ByteString.CopyFrom(new byte[18]),
            };
            radios.ToTalkgroup(bridge.Talkgroup, new RadioEvent
            {
                Kind = RadioEventKind.Voice, TalkerId = issi, BurstId = burst, Sequence = i, SentAt = packet.SentAt, ReceivedAt = packet.SentAt,
            }, except: issi);
            previous = RelayFrameAsync(packet, previous, ct);
        }

        await previous;
        return frames;
    }

    public async Task StatusAsync(string issi, uint status, GeoLocation? location, CancellationToken ct)
    {
        RequireWorking();
        var sender = bridge.SeatFor(issi).McpttId;
        await uplink.DelayAsync(ct);
        if (status == 0 && !defects.EmergencyAsNormalCall)
        {
            await RaiseAlertAsync(issi, sender, location, ct);
        }
        else if (defects.StatusAsText)
        {
            await SendSdsAsync(sender, new SdsMessage { Kind = SdsPayloadKind.Text, Payload = Google.Protobuf.ByteString.CopyFromUtf8($"STATUS {status}"), Location = location }, ct);
        }
        else
        {
            await SendSdsAsync(sender, new SdsMessage { Kind = SdsPayloadKind.Status, StatusCode = status, Location = location }, ct);
        }

        stats.Count(s => s.Statuses++);
    }

    public async Task SdsAsync(string issi, string text, CancellationToken ct)
    {
        RequireWorking();
        var sender = bridge.SeatFor(issi).McpttId;
        await uplink.DelayAsync(ct);
        await SendSdsAsync(sender, new SdsMessage { Kind = SdsPayloadKind.Text, Payload = Google.Protobuf.ByteString.CopyFromUtf8(text) }, ct);
        stats.Count(s => s.Sds++);
    }

    /// <summary>
    /// The emergency button: the talkgroup's radios see the emergency, ESN gets an emergency alert on the group, and with an
    /// open microphone the radio's call becomes an ESN emergency group call in which it talks at emergency priority for
    /// the open-microphone time (world-owned work after the call returns), then stops.
    /// </summary>
    public async Task<RadioEmergencyResponse> EmergencyAsync(string issi, GeoLocation? location, TimeSpan openMicrophone, CancellationToken ct)
    {
        RequireWorking();
        var (sender, seat) = bridge.SeatFor(issi);
        radios.ToTalkgroup(bridge.Talkgroup, new RadioEvent
        {
            Kind = RadioEventKind.Emergency, TalkerId = issi, Location = location, Detail = $"emergency call from radio {issi}", ReceivedAt = Clock.Now(scope.Time),
        }, except: issi);
        await uplink.DelayAsync(ct);
        if (!defects.EmergencyAsNormalCall)
        {
            await RaiseAlertAsync(issi, sender, location, ct);
        }

        if (openMicrophone <= TimeSpan.Zero)
        {
            return new RadioEmergencyResponse();
        }

        if (defects.EmergencyDoubled && !defects.EmergencyAsNormalCall)
        {
            // The defect: the open-microphone call is announced to ESN as an emergency of its own, after the alarm's.
            await RaiseAlertAsync(issi, sender, location, ct);
            InterworkingLog.DefectApplied(scope.Logger, bridge.BridgeId, Defects.InterworkingDefects.EmergencyDoubled.Name, $"second ESN alert for radio {issi}'s emergency call");
        }

        var emergency = !defects.EmergencyAsNormalCall;
        var granted = await bridge.Floor.PressAsync(issi, seat,
            new FloorPriority(emergency ? FloorControl.FloorPriorityLevel.Emergency : FloorControl.FloorPriorityLevel.Normal, 0),
            emergency ? CallType.EmergencyGroup : CallType.PrearrangedGroup, bridge.GroupId, ct);
        if (!granted)
        {
            // Queued (e.g. behind the revoke grace of the talker it pre-empts): the open microphone keeps asking.
            granted = await bridge.Floor.GrantedAsync(issi, ct);
        }

        stats.Count(s => s.EmergencyCalls++);
        InterworkingLog.EmergencyCall(scope.Logger, bridge.BridgeId, issi, seat.CallId, (uint)openMicrophone.TotalMilliseconds);
        if (granted)
        {
            var frames = (uint)Math.Ceiling(openMicrophone / TetraFrame);
            var stopping = bridge.Stopping;
            scope.Run($"{bridge.BridgeId}: open microphone of radio {issi}", async closing =>
            {
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(closing, stopping);
                try
                {
                    await VoiceAsync(issi, frames, paced: true, linked.Token);
                    await bridge.Floor.ReleaseAsync(issi, linked.Token);
                }
                catch (Exception e) when (linked.IsCancellationRequested && e is OperationCanceledException or RpcException { StatusCode: StatusCode.Cancelled })
                {
                    // The bridge failed or was deleted, or the namespace closed, while the microphone was open: it ends there.
                }
            });
        }

        return new RadioEmergencyResponse { CallId = seat.CallId, Granted = granted };
    }

    /// <summary>The bridge failed: the TETRA system tells the talkgroup (a transmission in progress ends first).</summary>
    public void Told(string? transmitting, string reason)
    {
        if (defects.FailureNotSignalled)
        {
            return;
        }

        var now = Clock.Now(scope.Time);
        if (transmitting is not null)
        {
            radios.ToTalkgroup(bridge.Talkgroup, new RadioEvent { Kind = RadioEventKind.TransmissionCeased, TalkerId = transmitting, ReceivedAt = now }, except: null);
        }

        radios.ToTalkgroup(bridge.Talkgroup, new RadioEvent { Kind = RadioEventKind.InterworkingLost, Detail = reason, ReceivedAt = now }, except: null);
    }

    /// <summary>A frame crosses after the added latency (frames pipelined, in order); the delay it actually added is recorded.</summary>
    private async Task RelayFrameAsync(MediaPacket packet, Task previous, CancellationToken ct)
    {
        var started = scope.Time.GetTimestamp();
        var delay = uplink.DelayAsync(ct);
        FrameDelaying?.Invoke(delay);
        await delay;
        await previous;
        await uplink.Mcx.SendMediaAsync(packet, uplink.Headers, cancellationToken: ct);
        stats.AddedLatency(scope.Time.GetElapsedTime(started));
        stats.Count(s => s.FramesToEsn++);
    }

    private async Task RaiseAlertAsync(string issi, string sender, GeoLocation? location, CancellationToken ct)
    {
        await uplink.Mcx.RaiseEmergencyAlertAsync(new RaiseEmergencyAlertRequest
        {
            McpttId = sender, GroupId = bridge.GroupId, Location = location, Origin = $"tetra:{issi}",
        }, uplink.Headers, cancellationToken: ct);
        stats.Count(s => s.EmergencyAlerts++);
    }

    private async Task SendSdsAsync(string sender, SdsMessage message, CancellationToken ct)
    {
        message.MessageId = Guid.NewGuid().ToString("N");
        message.SenderMcpttId = sender;
        message.GroupId = bridge.GroupId;
        message.SentAt = Clock.Now(scope.Time);
        await uplink.Mcx.SendSdsAsync(new SendSdsRequest { Message = message }, uplink.Headers, cancellationToken: ct);
    }

    private void RequireWorking()
    {
        if (bridge.Failure is { } why)
        {
            throw Errors.Precondition($"talkgroup '{bridge.Talkgroup}' is no longer patched to ESN: bridge '{bridge.BridgeId}' failed ({why})");
        }
    }
}

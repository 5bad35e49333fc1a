using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Interworking.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Internal.Grpc;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Interworking;

/// <summary>
/// One talkgroup ↔ ESN group patch. On the ESN side it is an ordinary MCX client (registered, affiliated,
/// connected through gRPC); on the TETRA side it relays to the radios of the talkgroup. Each direction waits the
/// modelled added latency on the injected clock and records what it actually added. Its ESN floor is driven by a
/// TS 24.380 floor participant, like a terminal's, so queueing and pre-emption across the bridge follow the standard.
/// </summary>
internal sealed partial class IwfBridge(Bridge bridge, McxService.McxServiceClient mcx, Metadata headers, InterworkingWorld world)
{
    private readonly CancellationTokenSource _life = new();
    private DelayLine<(MediaPacket Packet, long Arrived)>? _mediaLine;
    private readonly HashSet<string> _seenSds = new(StringComparer.Ordinal);
    private uint _burst;
    private uint _sequence;

    public Bridge Bridge { get; } = bridge;

    public BridgeStatsRecorder Stats { get; } = new(bridge.BridgeId);

    private TimeProvider Time => world.Time;

    private TimeSpan AddedLatency => TimeSpan.FromMilliseconds(Bridge.AddedLatencyMs);

    public async Task StartAsync(McxConfiguration.McxConfigurationClient config, CancellationToken ct)
    {
        var identity = new UserIdentity
        {
            McpttId = Bridge.IwfMcpttId, Agency = Bridge.Agency, Role = "interworking function",
            FunctionalAlias = $"AIRWAVE-{Bridge.Talkgroup}", DisplayName = $"Airwave talkgroup {Bridge.Talkgroup}",
        };
        await config.PutUserProfileAsync(new PutUserProfileRequest
        {
            Profile = new UserProfile { Identity = identity, AllowEmergency = true, AllowImminentPeril = true, MaxSimultaneousCalls = 4 },
        }, headers, cancellationToken: ct);
        await mcx.RegisterAsync(new RegisterRequest { Identity = identity }, headers, cancellationToken: ct);
        await mcx.AffiliateAsync(new AffiliationRequest { McpttId = Bridge.IwfMcpttId, GroupId = Bridge.GroupId }, headers, cancellationToken: ct);
        _mediaLine = new DelayLine<(MediaPacket, long)>(world.Scope, $"media delay line of bridge {Bridge.BridgeId}", RelayMedia, _life.Token);
        _ = RunDownlinkAsync(_life.Token);
    }

    public async Task StopAsync()
    {
        await _life.CancelAsync();
        StopFloor();
        try
        {
            await mcx.DeregisterAsync(new DeregisterRequest { McpttId = Bridge.IwfMcpttId }, headers);
        }
        catch (RpcException)
        {
            // The MCX service already forgot the IWF identity.
        }
    }

    public async Task<uint> VoiceAsync(string issi, uint frames, CancellationToken ct)
    {
        var burst = Interlocked.Increment(ref _burst);
        for (uint i = 0; i < frames; i++)
        {
            var started = Time.GetTimestamp();
            var packet = new MediaPacket
            {
                CallId = CurrentCallId, SenderMcpttId = Bridge.IwfMcpttId, BurstId = burst, Sequence = Interlocked.Increment(ref _sequence) - 1,
                FrameDurationMs = 60, SentAt = Clock.Now(Time), LastInBurst = i == frames - 1,
                Payload = Google.Protobuf.ByteString.CopyFrom(new byte[18]),
            };
            await DelayAsync(ct);
            await mcx.SendMediaAsync(packet, headers, cancellationToken: ct);
            Stats.AddedLatency(Time.GetElapsedTime(started));
            Stats.Count(s => s.FramesToEsn++);
            world.ToTalkgroup(Bridge.Talkgroup, new RadioEvent
            {
                Kind = RadioEventKind.Voice, TalkerId = issi, BurstId = burst, Sequence = i, SentAt = packet.SentAt, ReceivedAt = Clock.Now(Time),
            }, except: issi);
        }

        return frames;
    }

    public async Task StatusAsync(string issi, uint status, GeoLocation? location, CancellationToken ct)
    {
        await DelayAsync(ct);
        if (status == 0)
        {
            await mcx.RaiseEmergencyAlertAsync(new RaiseEmergencyAlertRequest
            {
                McpttId = Bridge.IwfMcpttId, GroupId = Bridge.GroupId, Location = location, Origin = $"tetra:{issi}",
            }, headers, cancellationToken: ct);
            Stats.Count(s => s.EmergencyAlerts++);
        }
        else
        {
            await SendSdsAsync(new SdsMessage { Kind = SdsPayloadKind.Status, StatusCode = status, Location = location }, ct);
        }

        Stats.Count(s => s.Statuses++);
    }

    public async Task SdsAsync(string text, CancellationToken ct)
    {
        await DelayAsync(ct);
        await SendSdsAsync(new SdsMessage { Kind = SdsPayloadKind.Text, Payload = Google.Protobuf.ByteString.CopyFromUtf8(text) }, ct);
        Stats.Count(s => s.Sds++);
    }

    private async Task SendSdsAsync(SdsMessage message, CancellationToken ct)
    {
        message.MessageId = Guid.NewGuid().ToString("N");
        message.SenderMcpttId = Bridge.IwfMcpttId;
        message.GroupId = Bridge.GroupId;
        message.SentAt = Clock.Now(Time);
        await mcx.SendSdsAsync(new SendSdsRequest { Message = message }, headers, cancellationToken: ct);
    }

    private Task DelayAsync(CancellationToken ct) =>
        AddedLatency <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(AddedLatency, Time, ct); // allowed: modelled interworking latency
}

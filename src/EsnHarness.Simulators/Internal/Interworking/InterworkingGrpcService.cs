using EsnHarness.Contracts.Interworking.V1;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Worlds;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Interworking;

/// <summary>gRPC InterworkingService: the Airwave ↔ ESN interworking function and its simulated radios.</summary>
internal sealed class InterworkingGrpcService(WorldRegistry<InterworkingWorld> worlds) : InterworkingService.InterworkingServiceBase
{
    private static readonly TimeSpan MaxOpenMicrophone = TimeSpan.FromMinutes(2);

    public override Task<Bridge> CreateBridge(CreateBridgeRequest request, ServerCallContext context) =>
        worlds.For(context).CreateBridgeAsync(request.Bridge, context.CancellationToken);

    public override async Task<DeleteBridgeResponse> DeleteBridge(DeleteBridgeRequest request, ServerCallContext context)
    {
        await worlds.For(context).DeleteBridgeAsync(request.BridgeId);
        return new DeleteBridgeResponse();
    }

    public override Task<ListBridgesResponse> ListBridges(ListBridgesRequest request, ServerCallContext context)
    {
        var response = new ListBridgesResponse();
        response.Bridges.AddRange(worlds.For(context).ListBridges());
        return Task.FromResult(response);
    }

    public override async Task<RegisterRadioResponse> RegisterRadio(RegisterRadioRequest request, ServerCallContext context)
    {
        await worlds.For(context).RegisterRadioAsync(request.Issi, request.Talkgroup, request.Agency, context.CancellationToken);
        return new RegisterRadioResponse();
    }

    public override async Task<MapIdentitiesResponse> MapIdentities(MapIdentitiesRequest request, ServerCallContext context)
    {
        var response = new MapIdentitiesResponse();
        response.Mappings.AddRange(await worlds.For(context).MapIdentitiesAsync(request.Mappings, context.CancellationToken));
        return response;
    }

    public override async Task<RadioPttResponse> RadioPtt(RadioPttRequest request, ServerCallContext context)
    {
        var world = worlds.For(context);
        var bridge = world.BridgeOf(world.Radios.Require(request.Issi));
        if (!request.Pressed)
        {
            await bridge.Floor.ReleaseAsync(request.Issi, context.CancellationToken);
            return new RadioPttResponse();
        }

        return new RadioPttResponse { Granted = await bridge.PressAsync(request.Issi, context.CancellationToken) };
    }

    public override async Task<RadioVoiceResponse> RadioVoice(RadioVoiceRequest request, ServerCallContext context)
    {
        var world = worlds.For(context);
        var bridge = world.BridgeOf(world.Radios.Require(request.Issi));
        if (!bridge.Floor.IsTransmitting(request.Issi))
        {
            throw Errors.Precondition($"radio '{request.Issi}' has no transmission grant: press PTT and wait for TRANSMISSION_GRANTED");
        }

        if (request.FrameCount is 0 or > 10_000)
        {
            throw Errors.Invalid($"field 'frame_count' must be 1..10000, got {request.FrameCount}");
        }

        return new RadioVoiceResponse { FramesSent = await bridge.Traffic.VoiceAsync(request.Issi, request.FrameCount, paced: false, context.CancellationToken) };
    }

    public override async Task<RadioStatusResponse> RadioStatus(RadioStatusRequest request, ServerCallContext context)
    {
        var world = worlds.For(context);
        var radio = world.Radios.Require(request.Issi);
        if (request.StatusCode is > 0 and < 32768)
        {
            throw Errors.Invalid($"field 'status_code' {request.StatusCode} is reserved: use 0 (emergency) or 32768..65535 (user-defined, EN 300 392-2 Table 14.72)");
        }

        if (request.StatusCode > 65535)
        {
            throw Errors.Invalid($"field 'status_code' must be at most 65535, got {request.StatusCode}");
        }

        await world.BridgeOf(radio).Traffic.StatusAsync(request.Issi, request.StatusCode, request.Location, context.CancellationToken);
        return new RadioStatusResponse();
    }

    public override async Task<RadioSdsResponse> RadioSds(RadioSdsRequest request, ServerCallContext context)
    {
        var world = worlds.For(context);
        var radio = world.Radios.Require(request.Issi);
        var bytes = System.Text.Encoding.UTF8.GetByteCount(request.Text);
        if (bytes is 0 or > 140)
        {
            throw Errors.Invalid($"field 'text' must be 1..140 bytes of UTF-8 (TETRA SDS type 4), got {bytes}");
        }

        await world.BridgeOf(radio).Traffic.SdsAsync(request.Issi, request.Text, context.CancellationToken);
        return new RadioSdsResponse();
    }

    public override async Task<RadioEmergencyResponse> RadioEmergency(RadioEmergencyRequest request, ServerCallContext context)
    {
        var world = worlds.For(context);
        var radio = world.Radios.Require(request.Issi);
        var openMicrophone = TimeSpan.FromMilliseconds(request.OpenMicrophoneMs);
        if (openMicrophone > MaxOpenMicrophone)
        {
            throw Errors.Invalid($"field 'open_microphone_ms' must be 0..{MaxOpenMicrophone.TotalMilliseconds:0}, got {request.OpenMicrophoneMs}");
        }

        return await world.BridgeOf(radio).Traffic.EmergencyAsync(request.Issi, request.Location, openMicrophone, context.CancellationToken);
    }

    public override async Task<Bridge> FailBridge(FailBridgeRequest request, ServerCallContext context)
    {
        if (request.Failure == BridgeFailure.Unspecified)
        {
            throw Errors.Invalid($"{Errors.Required("failure")}: BRIDGE_FAILURE_TETRA_LINK_LOST or BRIDGE_FAILURE_IWF_DOWN");
        }

        var reason = request.Reason.Length > 0 ? request.Reason : request.Failure == BridgeFailure.TetraLinkLost ? "link to the Airwave switch lost" : "interworking function down";
        return await worlds.For(context).FailBridgeAsync(request.BridgeId, request.Failure, reason);
    }

    public override async Task WatchBridges(WatchBridgesRequest request, IServerStreamWriter<BridgeStatusEvent> responseStream, ServerCallContext context)
    {
        var world = worlds.For(context);
        var reader = world.Feed.Watch(request.Agency, world.ListBridges, out var unsubscribe);
        using var life = world.Scope.Link(context.CancellationToken);
        try
        {
            await foreach (var e in reader.ReadAllAsync(life.Token))
            {
                await responseStream.WriteAsync(e, life.Token);
            }
        }
        catch (OperationCanceledException) when (life.IsCancellationRequested)
        {
            // The watcher went away, or the namespace closed.
        }
        finally
        {
            unsubscribe();
        }
    }

    public override async Task ObserveRadio(ObserveRadioRequest request, IServerStreamWriter<RadioEvent> responseStream, ServerCallContext context)
    {
        var world = worlds.For(context);
        var radio = world.Radios.Require(request.Issi);
        using var life = world.Scope.Link(context.CancellationToken);
        try
        {
            await foreach (var e in radio.Events.ReadAllAsync(life.Token))
            {
                await responseStream.WriteAsync(e, life.Token);
            }
        }
        catch (OperationCanceledException) when (life.IsCancellationRequested)
        {
            // The observer went away, or the namespace closed.
        }
    }

    public override Task<BridgeStats> GetBridgeStats(GetBridgeStatsRequest request, ServerCallContext context) =>
        Task.FromResult(worlds.For(context).Bridge(request.BridgeId).Stats.Snapshot());
}

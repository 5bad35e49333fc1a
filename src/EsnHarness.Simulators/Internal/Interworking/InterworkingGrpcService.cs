using EsnHarness.Contracts.Interworking.V1;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Worlds;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Interworking;

/// <summary>gRPC InterworkingService: the Airwave ↔ ESN interworking function and its simulated radios.</summary>
internal sealed class InterworkingGrpcService(WorldRegistry<InterworkingWorld> worlds) : InterworkingService.InterworkingServiceBase
{
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

    public override Task<RegisterRadioResponse> RegisterRadio(RegisterRadioRequest request, ServerCallContext context)
    {
        worlds.For(context).RegisterRadio(request.Issi, request.Talkgroup, request.Agency);
        return Task.FromResult(new RegisterRadioResponse());
    }

    public override async Task<RadioPttResponse> RadioPtt(RadioPttRequest request, ServerCallContext context)
    {
        var world = worlds.For(context);
        var bridge = world.BridgeOf(world.Radio(request.Issi));
        if (!request.Pressed)
        {
            await bridge.ReleaseAsync(request.Issi, context.CancellationToken);
            return new RadioPttResponse();
        }

        return new RadioPttResponse { Granted = await bridge.PressAsync(request.Issi, context.CancellationToken) };
    }

    public override async Task<RadioVoiceResponse> RadioVoice(RadioVoiceRequest request, ServerCallContext context)
    {
        var world = worlds.For(context);
        var bridge = world.BridgeOf(world.Radio(request.Issi));
        if (!bridge.IsTransmitting(request.Issi))
        {
            throw Errors.Precondition($"radio '{request.Issi}' has no transmission grant: press PTT and wait for TRANSMISSION_GRANTED");
        }

        if (request.FrameCount is 0 or > 10_000)
        {
            throw Errors.Invalid($"field 'frame_count' must be 1..10000, got {request.FrameCount}");
        }

        return new RadioVoiceResponse { FramesSent = await bridge.VoiceAsync(request.Issi, request.FrameCount, context.CancellationToken) };
    }

    public override async Task<RadioStatusResponse> RadioStatus(RadioStatusRequest request, ServerCallContext context)
    {
        var world = worlds.For(context);
        var radio = world.Radio(request.Issi);
        if (request.StatusCode is > 0 and < 32768)
        {
            throw Errors.Invalid($"field 'status_code' {request.StatusCode} is reserved: use 0 (emergency) or 32768..65535 (user-defined, EN 300 392-2 Table 14.72)");
        }

        if (request.StatusCode > 65535)
        {
            throw Errors.Invalid($"field 'status_code' must be at most 65535, got {request.StatusCode}");
        }

        await world.BridgeOf(radio).StatusAsync(request.Issi, request.StatusCode, request.Location, context.CancellationToken);
        return new RadioStatusResponse();
    }

    public override async Task<RadioSdsResponse> RadioSds(RadioSdsRequest request, ServerCallContext context)
    {
        var world = worlds.For(context);
        var radio = world.Radio(request.Issi);
        var bytes = System.Text.Encoding.UTF8.GetByteCount(request.Text);
        if (bytes is 0 or > 140)
        {
            throw Errors.Invalid($"field 'text' must be 1..140 bytes of UTF-8 (TETRA SDS type 4), got {bytes}");
        }

        await world.BridgeOf(radio).SdsAsync(request.Text, context.CancellationToken);
        return new RadioSdsResponse();
    }

    public override async Task ObserveRadio(ObserveRadioRequest request, IServerStreamWriter<RadioEvent> responseStream, ServerCallContext context)
    {
        var world = worlds.For(context);
        var radio = world.Radio(request.Issi);
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
            // The observer went away.
        }
    }

    public override Task<BridgeStats> GetBridgeStats(GetBridgeStatsRequest request, ServerCallContext context) =>
        Task.FromResult(worlds.For(context).Stats(request.BridgeId));
}

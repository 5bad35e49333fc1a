using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators.Internal.Network.Model;
using EsnHarness.Simulators.Internal.Worlds;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Network;

/// <summary>gRPC NetworkService over the per-namespace network model.</summary>
internal sealed class NetworkGrpcService(WorldRegistry<NetworkWorld> worlds) : NetworkService.NetworkServiceBase
{
    /// <summary>Link conditions per WatchTerminals message.</summary>
    private const int MaxWatchBatch = 1024;

    public override Task<ListPlacesResponse> ListPlaces(ListPlacesRequest request, ServerCallContext context)
    {
        var response = new ListPlacesResponse();
        response.Places.AddRange(worlds.For(context).ListPlaces(request.Coverage));
        return Task.FromResult(response);
    }

    public override Task<Place> GetPlace(GetPlaceRequest request, ServerCallContext context) =>
        Task.FromResult(worlds.For(context).GetPlace(request.PlaceId));

    public override Task<Place> PutPlace(PutPlaceRequest request, ServerCallContext context) =>
        Task.FromResult(worlds.For(context).PutPlace(request.Place));

    public override Task<ListCellsResponse> ListCells(ListCellsRequest request, ServerCallContext context)
    {
        var world = worlds.For(context);
        var response = new ListCellsResponse();
        response.Cells.AddRange(world.ListCells());
        response.Sites.AddRange(world.ListSites());
        return Task.FromResult(response);
    }

    public override Task<ListLinesResponse> ListLines(ListLinesRequest request, ServerCallContext context)
    {
        var response = new ListLinesResponse();
        response.Lines.AddRange(worlds.For(context).ListLines());
        return Task.FromResult(response);
    }

    public override Task<Ride> RideLine(RideLineRequest request, ServerCallContext context) =>
        Task.FromResult(worlds.For(context).RideLine(request));

    public override Task<LinkConditions> SetAltitude(SetAltitudeRequest request, ServerCallContext context) =>
        Task.FromResult(worlds.For(context).SetAltitude(request.TerminalId, request.AltitudeFt));

    public override Task<LinkConditions> SetBearerPriority(SetBearerPriorityRequest request, ServerCallContext context) =>
        Task.FromResult(worlds.For(context).SetBearerPriority(request.TerminalId, request.ArpPriorityLevel));

    public override Task<LinkConditions> AttachTerminal(AttachTerminalRequest request, ServerCallContext context) =>
        Task.FromResult(worlds.For(context).Attach(request.TerminalId, request.PlaceId));

    public override Task<DetachTerminalResponse> DetachTerminal(DetachTerminalRequest request, ServerCallContext context)
    {
        worlds.For(context).Detach(request.TerminalId);
        return Task.FromResult(new DetachTerminalResponse());
    }

    public override Task<LinkConditions> GetLinkConditions(GetLinkConditionsRequest request, ServerCallContext context) =>
        Task.FromResult(worlds.For(context).GetLinkConditions(request.TerminalId));

    public override async Task WatchTerminal(WatchTerminalRequest request, IServerStreamWriter<LinkConditions> responseStream, ServerCallContext context)
    {
        var world = worlds.For(context);
        var reader = world.Watch(request.TerminalId, out var unsubscribe);
        using var life = world.Scope.Link(context.CancellationToken);
        try
        {
            await foreach (var c in reader.ReadAllAsync(life.Token))
            {
                await responseStream.WriteAsync(c, life.Token);
            }
        }
        catch (OperationCanceledException) when (life.IsCancellationRequested)
        {
            NetworkLog.StreamEnded(world.Scope.Logger, world.Scope.Namespace, "WatchTerminal", Ended(world, context));
        }
        finally
        {
            unsubscribe();
        }
    }

    public override async Task WatchNetworkStatus(WatchNetworkStatusRequest request, IServerStreamWriter<NetworkStatusEvent> responseStream, ServerCallContext context)
    {
        var world = worlds.For(context);
        var reader = world.WatchStatus(out var unsubscribe);
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
            NetworkLog.StreamEnded(world.Scope.Logger, world.Scope.Namespace, "WatchNetworkStatus", Ended(world, context));
        }
        finally
        {
            unsubscribe();
        }
    }

    public override async Task WatchTerminals(IAsyncStreamReader<WatchTerminalsRequest> requestStream, IServerStreamWriter<LinkConditionsBatch> responseStream, ServerCallContext context)
    {
        var world = worlds.For(context);
        var mux = new NetworkWatchMux(MaxWatchBatch);
        var closing = world.Scope.Closing;
        using var life = world.Scope.Link(context.CancellationToken);
        var token = life.Token;

        // The request stream is read by background work the world owns (awaited when it closes); this call waits for
        // it to stop before returning, since the request stream must not be read after the call ends.
        var controlEnded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        world.Scope.Run("WatchTerminals request stream", async closing =>
        {
            try
            {
                using var both = CancellationTokenSource.CreateLinkedTokenSource(closing, token);
                await ControlAsync(world, mux, requestStream, both.Token);
            }
            finally
            {
                controlEnded.TrySetResult();
            }
        });
        try
        {
            await mux.PumpAsync(responseStream, token);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            NetworkLog.StreamEnded(world.Scope.Logger, world.Scope.Namespace, "WatchTerminals", Ended(world, context));
        }
        finally
        {
            foreach (var id in mux.Watched.ToList())
            {
                world.Unwatch(id, mux);
            }

            await life.CancelAsync();
            try
            {
                await controlEnded.Task.WaitAsync(closing);
            }
            catch (OperationCanceledException) when (closing.IsCancellationRequested)
            {
                // The namespace closed: the world awaits its own background work (which may never have started).
                NetworkLog.StreamEnded(world.Scope.Logger, world.Scope.Namespace, "WatchTerminals request", "the namespace closed");
            }
        }
    }

    private static async Task ControlAsync(NetworkWorld world, NetworkWatchMux mux, IAsyncStreamReader<WatchTerminalsRequest> requests, CancellationToken ct)
    {
        try
        {
            while (await requests.MoveNext(ct))
            {
                foreach (var id in requests.Current.Watch)
                {
                    try
                    {
                        world.Watch(id, mux);
                    }
                    catch (RpcException e)
                    {
                        mux.Reject(id, e.Status.Detail);
                    }
                }

                foreach (var id in requests.Current.Unwatch)
                {
                    world.Unwatch(id, mux);
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or RpcException)
        {
            // The watcher went away; the pump ends the stream.
            NetworkLog.WatchControlEnded(world.Scope.Logger, world.Scope.Namespace, e.GetType().Name + ": " + e.Message);
        }
    }

    private static string Ended(NetworkWorld world, ServerCallContext context) =>
        world.Scope.Closing.IsCancellationRequested ? "the namespace closed" : context.CancellationToken.IsCancellationRequested ? "the caller went away" : "cancelled";

    public override Task<CongestionReport> SetCongestion(SetCongestionRequest request, ServerCallContext context) =>
        Task.FromResult(worlds.For(context).SetCongestion(request));

    public override Task<CongestionReport> GetCongestion(GetCongestionRequest request, ServerCallContext context) =>
        Task.FromResult(worlds.For(context).GetCongestion(request.CellId));

    public override Task<McResourceAnswer> RequestMcResources(McResourceRequest request, ServerCallContext context) =>
        Task.FromResult(worlds.For(context).RequestMcResources(request));

    public override Task<ReleaseMcResourcesResponse> ReleaseMcResources(ReleaseMcResourcesRequest request, ServerCallContext context)
    {
        worlds.For(context).ReleaseMcResources(request.SessionIds);
        return Task.FromResult(new ReleaseMcResourcesResponse());
    }

    public override Task<Fault> InjectFault(InjectFaultRequest request, ServerCallContext context) =>
        Task.FromResult(worlds.For(context).InjectFault(request.Fault));

    public override Task<ClearFaultResponse> ClearFault(ClearFaultRequest request, ServerCallContext context)
    {
        worlds.For(context).ClearFault(request.FaultId);
        return Task.FromResult(new ClearFaultResponse());
    }

    public override Task<ListFaultsResponse> ListFaults(ListFaultsRequest request, ServerCallContext context)
    {
        var response = new ListFaultsResponse();
        response.Faults.AddRange(worlds.For(context).ListFaults());
        return Task.FromResult(response);
    }

    public override Task<Gateway> DeployGateway(DeployGatewayRequest request, ServerCallContext context) =>
        Task.FromResult(worlds.For(context).DeployGateway(request.Gateway));

    public override Task<RemoveGatewayResponse> RemoveGateway(RemoveGatewayRequest request, ServerCallContext context)
    {
        worlds.For(context).RemoveGateway(request.GatewayId);
        return Task.FromResult(new RemoveGatewayResponse());
    }
}

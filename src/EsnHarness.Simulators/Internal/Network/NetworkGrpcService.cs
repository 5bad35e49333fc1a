using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators.Internal.Grpc;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Network;

/// <summary>gRPC NetworkService over the per-namespace network model.</summary>
internal sealed class NetworkGrpcService(WorldRegistry<NetworkWorld> worlds) : NetworkService.NetworkServiceBase
{
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
        var response = new ListCellsResponse();
        response.Cells.AddRange(worlds.For(context).ListCells());
        return Task.FromResult(response);
    }

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
        var reader = worlds.For(context).Watch(request.TerminalId, out var unsubscribe);
        try
        {
            await foreach (var c in reader.ReadAllAsync(context.CancellationToken))
            {
                await responseStream.WriteAsync(c, context.CancellationToken);
            }
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            // The watcher went away.
        }
        finally
        {
            unsubscribe();
        }
    }

    public override async Task WatchNetworkStatus(WatchNetworkStatusRequest request, IServerStreamWriter<NetworkStatusEvent> responseStream, ServerCallContext context)
    {
        var reader = worlds.For(context).WatchStatus(out var unsubscribe);
        try
        {
            await foreach (var e in reader.ReadAllAsync(context.CancellationToken))
            {
                await responseStream.WriteAsync(e, context.CancellationToken);
            }
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            // The watcher went away.
        }
        finally
        {
            unsubscribe();
        }
    }

    public override Task<CongestionReport> SetCongestion(SetCongestionRequest request, ServerCallContext context) =>
        Task.FromResult(worlds.For(context).SetCongestion(request));

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

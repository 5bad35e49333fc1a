using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Mcx.Downlink;
using EsnHarness.Simulators.Internal.Mcx.MultiAgency;
using EsnHarness.Simulators.Internal.Worlds;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Mcx;

/// <summary>gRPC McxService: the client-facing reference MCX service, one world per namespace.</summary>
internal sealed class McxGrpcService(WorldRegistry<McxWorld> worlds) : McxService.McxServiceBase
{
    public override Task<RegisterResponse> Register(RegisterRequest request, ServerCallContext context) =>
        worlds.For(context).RegisterAsync(request, context.CancellationToken);

    public override Task<DeregisterResponse> Deregister(DeregisterRequest request, ServerCallContext context)
    {
        worlds.For(context).Deregister(request.McpttId);
        return Task.FromResult(new DeregisterResponse());
    }

    public override async Task Connect(ConnectRequest request, IServerStreamWriter<McxEvent> responseStream, ServerCallContext context)
    {
        var world = worlds.For(context);
        var client = world.Connect(request.McpttId);
        using var life = world.Scope.Link(context.CancellationToken);
        var token = client.Attach(life.Token);
        try
        {
            await StreamPump.PumpAsync(client.Downlink, responseStream, token);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // The client went away or a newer Connect took over the downlink.
        }
    }

    public override async Task ConnectMany(IAsyncStreamReader<DownlinkControl> requestStream, IServerStreamWriter<DownlinkBatch> responseStream, ServerCallContext context)
    {
        var world = worlds.For(context);
        var mux = world.Downlinks.NewMux();
        using var life = world.Scope.Link(context.CancellationToken);
        var token = life.Token;
        // The control loop belongs to this stream: it ends with it and is awaited before the call returns (it never faults).
        var control = Task.Run(() => ControlAsync(world, mux, requestStream, token), CancellationToken.None);
        try
        {
            await mux.PumpAsync(responseStream, token);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // The caller went away or the namespace closed.
        }
        finally
        {
            await life.CancelAsync();
            mux.Close();
            await control;
        }
    }

    private static async Task ControlAsync(McxWorld world, McxDownlinkMux mux, IAsyncStreamReader<DownlinkControl> requests, CancellationToken ct)
    {
        try
        {
            while (await requests.MoveNext(ct))
            {
                foreach (var id in requests.Current.Attach)
                {
                    try
                    {
                        mux.Attach(world.Connect(id));
                    }
                    catch (RpcException e)
                    {
                        // Reported on the stream to the caller, which keeps its other clients.
                        mux.Reject(id, e.Status.Detail);
                    }
                }

                foreach (var id in requests.Current.Detach)
                {
                    mux.Detach(id);
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException || (e is RpcException && ct.IsCancellationRequested))
        {
            // The caller went away or the stream ended: the pump ends the stream.
        }
        catch (Exception e)
        {
            McxLog.DownlinkControlFailed(world.Scope.Logger, e, world.Namespace);
        }
    }

    public override async Task<AffiliationResponse> Affiliate(AffiliationRequest request, ServerCallContext context)
    {
        var world = worlds.For(context);
        await world.EnsureGroupAsync(request.GroupId, context.CancellationToken);
        return world.Affiliate(request.McpttId, request.GroupId, request.McpttId);
    }

    public override async Task<AffiliationResponse> Deaffiliate(AffiliationRequest request, ServerCallContext context)
    {
        var world = worlds.For(context);
        await world.EnsureGroupAsync(request.GroupId, context.CancellationToken);
        return world.Deaffiliate(request.McpttId, request.GroupId, request.McpttId);
    }

    public override async Task<AffiliationResponse> RemoteAffiliate(RemoteAffiliationRequest request, ServerCallContext context)
    {
        var world = worlds.For(context);
        await world.EnsureGroupAsync(request.GroupId, context.CancellationToken);
        return world.RemoteAffiliate(request);
    }

    public override Task<GetAffiliationsResponse> GetAffiliations(GetAffiliationsRequest request, ServerCallContext context) =>
        Task.FromResult(worlds.For(context).GetAffiliations(request));

    public override async Task<SetupCallResponse> SetupCall(SetupCallRequest request, ServerCallContext context)
    {
        var world = worlds.For(context);
        await world.EnsureGroupAsync(request.GroupId, context.CancellationToken);
        var resolved = McxCallTargets.Resolve(world, request);
        string[] parties = resolved.GroupId.Length > 0
            ? [resolved.McpttId, .. AffiliatedTo(world, resolved.GroupId)]
            : [resolved.McpttId, resolved.TargetMcpttId, .. resolved.CandidateMcpttIds];
        await world.CheckTokensAsync(parties, context.CancellationToken);
        return new SetupCallResponse { Call = await McxCallAdmission.SetupCallAsync(world, resolved, context.CancellationToken) };
    }

    public override Task<CallResponse> AnswerCall(AnswerCallRequest request, ServerCallContext context) =>
        Task.FromResult(new CallResponse { Call = worlds.For(context).Calls.AnswerCall(request) });

    public override Task<CallResponse> EndCall(EndCallRequest request, ServerCallContext context) =>
        Task.FromResult(new CallResponse { Call = worlds.For(context).Calls.EndCall(request) });

    public override Task<CallResponse> CancelEmergencyCall(CancelEmergencyCallRequest request, ServerCallContext context) =>
        Task.FromResult(new CallResponse { Call = worlds.For(context).Calls.CancelEmergencyCall(request) });

    public override Task<FloorAck> RequestFloor(FloorRequestMessage request, ServerCallContext context)
    {
        var world = worlds.For(context);
        world.RequestFloor(request);
        return Task.FromResult(new FloorAck { AcceptedAt = Clock.Now(world.Time) });
    }

    public override Task<FloorAck> ReleaseFloor(FloorReleaseMessage request, ServerCallContext context)
    {
        var world = worlds.For(context);
        world.ReleaseFloor(request);
        return Task.FromResult(new FloorAck { AcceptedAt = Clock.Now(world.Time) });
    }

    public override Task<FloorAck> RequestQueuePosition(QueuePositionRequestMessage request, ServerCallContext context)
    {
        var world = worlds.For(context);
        world.RequestQueuePosition(request);
        return Task.FromResult(new FloorAck { AcceptedAt = Clock.Now(world.Time) });
    }

    public override Task<SendMediaResponse> SendMedia(MediaPacket request, ServerCallContext context) =>
        Task.FromResult(new SendMediaResponse { ForwardedTo = worlds.For(context).SendMedia(request) });

    public override async Task<SendSdsResponse> SendSds(SendSdsRequest request, ServerCallContext context)
    {
        var world = worlds.For(context);
        if (request.Message is { } m)
        {
            await world.EnsureGroupAsync(m.GroupId, context.CancellationToken);
            string[] parties = m.GroupId.Length > 0 ? [m.SenderMcpttId, .. AffiliatedTo(world, m.GroupId)] : [m.SenderMcpttId, m.TargetMcpttId];
            await world.CheckTokensAsync(parties, context.CancellationToken);
        }

        return world.Sds.Send(MethaneReports.Check(world, request.Message));
    }

    public override Task<AcknowledgeSdsResponse> AcknowledgeSds(AcknowledgeSdsRequest request, ServerCallContext context)
    {
        worlds.For(context).Sds.Acknowledge(request);
        return Task.FromResult(new AcknowledgeSdsResponse());
    }

    public override Task<SendDispositionResponse> SendDisposition(SendDispositionRequest request, ServerCallContext context)
    {
        worlds.For(context).Sds.Disposition(request);
        return Task.FromResult(new SendDispositionResponse());
    }

    public override async Task<EmergencyAlertResponse> RaiseEmergencyAlert(RaiseEmergencyAlertRequest request, ServerCallContext context)
    {
        var world = worlds.For(context);
        await world.EnsureGroupAsync(request.GroupId, context.CancellationToken);
        await world.CheckTokensAsync([request.McpttId], context.CancellationToken);
        return new EmergencyAlertResponse { Alert = world.Emergencies.Raise(request) };
    }

    public override Task<EmergencyAlertResponse> AcknowledgeEmergencyAlert(AcknowledgeEmergencyAlertRequest request, ServerCallContext context) =>
        Task.FromResult(new EmergencyAlertResponse { Alert = worlds.For(context).Emergencies.Acknowledge(request) });

    public override Task<EmergencyAlertResponse> CancelEmergencyAlert(CancelEmergencyAlertRequest request, ServerCallContext context) =>
        Task.FromResult(new EmergencyAlertResponse { Alert = worlds.For(context).Emergencies.Cancel(request) });

    public override Task<ReportLocationResponse> ReportLocation(ReportLocationRequest request, ServerCallContext context)
    {
        worlds.For(context).ReportLocation(request);
        return Task.FromResult(new ReportLocationResponse());
    }

    public override Task<LocationRecord> GetLocation(GetLocationRequest request, ServerCallContext context) =>
        Task.FromResult(worlds.For(context).GetLocation(request.McpttId));

    public override async Task WatchLocations(WatchLocationsRequest request, IServerStreamWriter<LocationRecord> responseStream, ServerCallContext context)
    {
        var world = worlds.For(context);
        var feed = world.Locations.Watch(request.McpttIds, out var unsubscribe);
        using var life = world.Scope.Link(context.CancellationToken);
        try
        {
            await foreach (var record in feed.ReadAllAsync(life.Token))
            {
                await responseStream.WriteAsync(record, life.Token);
            }
        }
        catch (OperationCanceledException) when (life.IsCancellationRequested)
        {
            // The watcher went away.
        }
        finally
        {
            unsubscribe();
        }
    }

    public override Task<CallInfo> GetCall(GetCallRequest request, ServerCallContext context) =>
        Task.FromResult(worlds.For(context).Calls.GetCall(request.CallId));

    public override Task<ListCallsResponse> ListCalls(ListCallsRequest request, ServerCallContext context)
    {
        var response = new ListCallsResponse();
        response.Calls.AddRange(worlds.For(context).Calls.ListCalls(request.GroupId));
        return Task.FromResult(response);
    }

    public override async Task<EmergencyState> GetEmergencyState(GetEmergencyStateRequest request, ServerCallContext context)
    {
        var world = worlds.For(context);
        await world.EnsureGroupAsync(request.GroupId, context.CancellationToken);
        return world.GetEmergencyState(request.GroupId);
    }

    public override Task<GroupPatch> PatchGroups(PatchGroupsRequest request, ServerCallContext context) =>
        Task.FromResult(McxPatchRequests.Patch(worlds.For(context), request));

    public override Task<GroupPatch> UnpatchGroups(UnpatchGroupsRequest request, ServerCallContext context) =>
        Task.FromResult(McxPatchRequests.Unpatch(worlds.For(context), request));

    public override Task<ListPatchesResponse> ListPatches(ListPatchesRequest request, ServerCallContext context) =>
        Task.FromResult(McxPatchRequests.List(worlds.For(context), request));

    public override Task<Regroup> StartRegroup(RegroupRequest request, ServerCallContext context) =>
        Task.FromResult(McxRegroupRequests.Start(worlds.For(context), request));

    public override Task<Regroup> EndRegroup(EndRegroupRequest request, ServerCallContext context) =>
        Task.FromResult(McxRegroupRequests.End(worlds.For(context), request));

    public override Task<ListRegroupsResponse> ListRegroups(ListRegroupsRequest request, ServerCallContext context) =>
        Task.FromResult(McxRegroupRequests.List(worlds.For(context), request));

    public override async Task<MutualAidState> SetMutualAid(SetMutualAidRequest request, ServerCallContext context)
    {
        var world = worlds.For(context);
        await world.EnsureGroupAsync(request.GroupId, context.CancellationToken);
        return McxMutualAidRequests.Set(world, request);
    }

    /// <summary>The MCPTT IDs affiliated to a group (whose tokens a group call or SDS needs checked).</summary>
    private static IEnumerable<string> AffiliatedTo(McxWorld world, string groupId) => world.Registry.AffiliatedTo(groupId).Select(u => u.McpttId);
}

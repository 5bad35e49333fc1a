using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Worlds;
using Google.Protobuf;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>gRPC DeviceService: drives the simulated terminals of the caller's namespace.</summary>
internal sealed class DeviceGrpcService(WorldRegistry<DeviceWorld> worlds) : DeviceService.DeviceServiceBase
{
    public override Task<DeviceState> PowerOn(PowerOnRequest request, ServerCallContext context) =>
        worlds.For(context).PowerOnAsync(request, context.CancellationToken);

    public override async Task<PowerOffResponse> PowerOff(DeviceRef request, ServerCallContext context)
    {
        await worlds.For(context).Require(request.DeviceId).PowerOffAsync(context.CancellationToken);
        return new PowerOffResponse();
    }

    public override Task<DockResult> Dock(DockRequest request, ServerCallContext context) =>
        worlds.For(context).Docking.DockAsync(request, context.CancellationToken);

    public override Task<DockResult> Undock(DockRequest request, ServerCallContext context) =>
        worlds.For(context).Docking.UndockAsync(request, context.CancellationToken);

    public override Task<DeviceState> GetState(DeviceRef request, ServerCallContext context) =>
        Task.FromResult(worlds.For(context).Require(request.DeviceId).State());

    public override async Task<DeviceState> Affiliate(GroupRequest request, ServerCallContext context)
    {
        var device = On(request.DeviceId, context);
        await device.Registration.AffiliateAsync(request.GroupId, affiliate: true, context.CancellationToken);
        await device.KeyClient.AffiliatedAsync(device.McpttId, request.GroupId, device.Storage.AccessToken, context.CancellationToken);
        return device.State();
    }

    public override async Task<DeviceState> Deaffiliate(GroupRequest request, ServerCallContext context)
    {
        var device = On(request.DeviceId, context);
        await device.Registration.AffiliateAsync(request.GroupId, affiliate: false, context.CancellationToken);
        return device.State();
    }

    public override async Task<DeviceState> SelectGroup(GroupRequest request, ServerCallContext context)
    {
        var device = On(request.DeviceId, context);
        await device.Registration.SelectGroupAsync(request.GroupId, context.CancellationToken);
        return device.State();
    }

    public override Task<PttResponse> PressPtt(PttRequest request, ServerCallContext context)
    {
        var device = On(request.DeviceId, context);
        return device.DirectMode.Handles(request.CallId)
            ? Task.FromResult(device.DirectMode.PressPtt(request))
            : device.Calls.PressPttAsync(request, context.CancellationToken);
    }

    public override Task<PttResponse> ReleasePtt(PttRequest request, ServerCallContext context)
    {
        var device = On(request.DeviceId, context);
        return Task.FromResult(device.DirectMode.Handles(request.CallId) ? device.DirectMode.ReleasePtt(request) : device.Calls.ReleasePtt(request));
    }

    public override Task<VoiceBurstResponse> SendVoiceBurst(VoiceBurstRequest request, ServerCallContext context)
    {
        var device = On(request.DeviceId, context);
        return device.DirectMode.Handles(request.CallId)
            ? device.DirectMode.SendBurstAsync(request, context.CancellationToken)
            : device.SendVoiceBurstAsync(request, context.CancellationToken);
    }

    public override async Task<CallResult> StartCall(StartCallRequest request, ServerCallContext context)
    {
        var device = On(request.DeviceId, context);
        return new() { Call = device.DirectMode.OffNetwork ? device.DirectMode.StartCall(request) : await device.StartCallAsync(request, context.CancellationToken) };
    }

    public override Task<CallResult> AcceptCall(CallRef request, ServerCallContext context) => AnswerAsync(request, accept: true, context);

    public override Task<CallResult> RejectCall(CallRef request, ServerCallContext context) => AnswerAsync(request, accept: false, context);

    public override async Task<CallResult> EndCall(CallRef request, ServerCallContext context)
    {
        var device = On(request.DeviceId, context);
        return new()
        {
            Call = device.DirectMode.Handles(request.CallId) ? device.DirectMode.End(request.CallId) : await device.Calls.EndCallAsync(request.CallId, context.CancellationToken),
        };
    }

    public override Task<DeviceState> ConfigureDirectMode(ConfigureDirectModeRequest request, ServerCallContext context)
    {
        var device = worlds.For(context).Require(request.DeviceId);
        device.DirectMode.Configure(request.Configuration);
        return Task.FromResult(device.State());
    }

    public override async Task<DeviceState> SetDirectMode(SetDirectModeRequest request, ServerCallContext context)
    {
        var device = On(request.DeviceId, context);
        await device.Modes.SetAsync(request, context.CancellationToken);
        return device.State();
    }

    public override async Task<CallResult> CancelEmergencyCall(CallRef request, ServerCallContext context) =>
        new() { Call = await On(request.DeviceId, context).Calls.CancelEmergencyCallAsync(request.CallId, context.CancellationToken) };

    public override Task<EmergencyAlertResult> RaiseEmergencyAlert(EmergencyAlertRequest request, ServerCallContext context) =>
        On(request.DeviceId, context).Alerts.RaiseAsync(request.GroupId, request.Silent, Mcx.Emergency.EmergencyTriggers.Button, context.CancellationToken);

    public override async Task<EmergencyAlertResult> CancelEmergencyAlert(EmergencyAlertRequest request, ServerCallContext context) =>
        new() { Alert = await On(request.DeviceId, context).Alerts.CancelAsync(request.GroupId, context.CancellationToken) };

    public override Task<SendMessageResult> SendSds(Contracts.Device.V1.SendSdsRequest request, ServerCallContext context) =>
        On(request.DeviceId, context).Messaging.SendAsync(ToMessage(request), context.CancellationToken);

    public override Task<SendMessageResult> SendStatus(SendStatusRequest request, ServerCallContext context) =>
        On(request.DeviceId, context).Messaging.SendAsync(new SdsMessage
        {
            TargetMcpttId = request.TargetMcpttId,
            GroupId = request.GroupId,
            Kind = SdsPayloadKind.Status,
            StatusCode = request.StatusCode,
            DispositionRequest = request.DispositionRequest,
        }, context.CancellationToken);

    public override Task<ReceivedMessage> ReadMessage(ReadMessageRequest request, ServerCallContext context) =>
        Task.FromResult(worlds.For(context).Require(request.DeviceId).Messaging.Read(request.MessageId));

    public override Task<ListMessagesResponse> ListMessages(DeviceRef request, ServerCallContext context)
    {
        var response = new ListMessagesResponse();
        response.Messages.AddRange(worlds.For(context).Require(request.DeviceId).Messaging.Messages());
        return Task.FromResult(response);
    }

    public override async Task<Contracts.Device.V1.ReportLocationResponse> ReportLocation(Contracts.Device.V1.ReportLocationRequest request, ServerCallContext context)
    {
        await On(request.DeviceId, context).Location.ReportAsync(request.Location, request.Trigger, context.CancellationToken);
        return new Contracts.Device.V1.ReportLocationResponse();
    }

    public override async Task<MoveResponse> MoveTo(MoveRequest request, ServerCallContext context) =>
        new() { Link = await On(request.DeviceId, context).MoveToAsync(request.PlaceId, context.CancellationToken) };

    public override Task<DeviceState> SetLocationReporting(SetLocationReportingRequest request, ServerCallContext context)
    {
        var device = worlds.For(context).Require(request.DeviceId);
        return Task.FromResult(device.Location.SetPolicy(request.Policy, device.State));
    }

    public override Task<PassTimeResponse> PassTime(PassTimeRequest request, ServerCallContext context) =>
        On(request.DeviceId, context).Location.PassTimeAsync(request.DurationMs, context.CancellationToken);

    public override Task<MoveByResponse> MoveBy(MoveByRequest request, ServerCallContext context) =>
        On(request.DeviceId, context).Location.MoveByAsync(request.DistanceM, request.BearingDeg, context.CancellationToken);

    public override async Task Observe(ObserveRequest request, IServerStreamWriter<DeviceEvent> responseStream, ServerCallContext context)
    {
        var world = worlds.For(context);
        var device = world.Require(request.DeviceId);
        using var life = world.Scope.Link(context.CancellationToken);
        try
        {
            await StreamPump.PumpAsync(device.Events, responseStream, life.Token);
        }
        catch (OperationCanceledException) when (life.IsCancellationRequested)
        {
            // The observer went away; undelivered events stay buffered for the next Observe.
        }
    }

    private SimulatedDevice On(string deviceId, ServerCallContext context) => worlds.For(context).RequireOn(deviceId);

    private async Task<CallResult> AnswerAsync(CallRef request, bool accept, ServerCallContext context)
    {
        var device = On(request.DeviceId, context);
        return new()
        {
            Call = device.DirectMode.Handles(request.CallId)
                ? device.DirectMode.Answer(request.CallId, accept)
                : await device.Calls.AnswerAsync(request.CallId, accept, context.CancellationToken),
        };
    }

    private static SdsMessage ToMessage(Contracts.Device.V1.SendSdsRequest request) => new()
    {
        MessageId = request.MessageId,
        ConversationId = request.ConversationId,
        ReplyToId = request.ReplyToId,
        TargetMcpttId = request.TargetMcpttId,
        GroupId = request.GroupId,
        Kind = request.Text.Length > 0 || request.Binary.IsEmpty ? SdsPayloadKind.Text : SdsPayloadKind.Binary,
        Payload = request.Text.Length > 0 || request.Binary.IsEmpty ? ByteString.CopyFromUtf8(request.Text) : request.Binary,
        ApplicationId = request.ApplicationId,
        DispositionRequest = request.DispositionRequest,
        Emergency = request.Emergency,
    };
}

using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Worlds;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>gRPC TerminalFunctions: functional aliases, call-back requests, emergency features and the motion sensor of the simulated terminals.</summary>
internal sealed class TerminalFunctionsService(WorldRegistry<DeviceWorld> worlds) : TerminalFunctions.TerminalFunctionsBase
{
    public override Task<FunctionalAliasStatus> ActivateFunctionalAlias(TerminalAliasRequest request, ServerCallContext context) =>
        On(request.DeviceId, context).Common.ActivateAsync(Required(request.Alias, "alias"), context.CancellationToken);

    public override Task<FunctionalAliasStatus> DeactivateFunctionalAlias(TerminalAliasRequest request, ServerCallContext context) =>
        On(request.DeviceId, context).Common.DeactivateAsync(Required(request.Alias, "alias"), context.CancellationToken);

    public override Task<CallBack> RequestCallBack(TerminalCallBackRequest request, ServerCallContext context) =>
        On(request.DeviceId, context).Common.RequestCallBackAsync(Required(request.TargetMcpttId, "target_mcptt_id"), context.CancellationToken);

    public override Task<CallBack> CancelCallBack(TerminalCallBackRequest request, ServerCallContext context) =>
        On(request.DeviceId, context).Common.CancelCallBackAsync(Required(request.TargetMcpttId, "target_mcptt_id"), context.CancellationToken);

    public override Task<EmergencyFeatures> ConfigureEmergencyFeatures(ConfigureEmergencyFeaturesRequest request, ServerCallContext context) =>
        Task.FromResult(worlds.For(context).Require(request.DeviceId).Emergency.Configure(request.Features));

    public override Task<MotionResponse> ReportMotion(MotionReading request, ServerCallContext context) =>
        Task.FromResult(On(request.DeviceId, context).Emergency.ManDown.Report(request.Moving, request.Tilted));

    private SimulatedDevice On(string deviceId, ServerCallContext context) => worlds.For(context).RequireOn(deviceId);

    private static string Required(string value, string field) => string.IsNullOrWhiteSpace(value) ? throw Errors.Invalid(Errors.Required(field)) : value;
}

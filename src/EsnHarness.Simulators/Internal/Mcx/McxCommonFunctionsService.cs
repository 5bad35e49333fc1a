using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Internal.Worlds;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Mcx;

/// <summary>gRPC McxCommonFunctions: functional aliases, call-back requests and remote change of the selected group, one world per namespace.</summary>
internal sealed class McxCommonFunctionsService(WorldRegistry<McxWorld> worlds) : McxCommonFunctions.McxCommonFunctionsBase
{
    public override Task<FunctionalAliasStatus> ConfigureFunctionalAlias(ConfigureFunctionalAliasRequest request, ServerCallContext context) =>
        Task.FromResult(worlds.For(context).Aliases.Configure(request.Config));

    public override Task<FunctionalAliasStatus> ActivateFunctionalAlias(FunctionalAliasRequest request, ServerCallContext context) =>
        Task.FromResult(worlds.For(context).Aliases.Activate(request.McpttId, request.Alias));

    public override Task<FunctionalAliasStatus> DeactivateFunctionalAlias(FunctionalAliasRequest request, ServerCallContext context) =>
        Task.FromResult(worlds.For(context).Aliases.Deactivate(request.McpttId, request.Alias));

    public override Task<ListFunctionalAliasesResponse> ListFunctionalAliases(ListFunctionalAliasesRequest request, ServerCallContext context) =>
        Task.FromResult(worlds.For(context).Aliases.List(request.McpttId));

    public override Task<CallBack> RequestCallBack(CallBackRequest request, ServerCallContext context) =>
        Task.FromResult(worlds.For(context).CallBacks.Request(request));

    public override Task<CallBack> CancelCallBack(CallBackRequest request, ServerCallContext context) =>
        Task.FromResult(worlds.For(context).CallBacks.Cancel(request));

    public override Task<ListCallBacksResponse> ListCallBacks(ListCallBacksRequest request, ServerCallContext context) =>
        Task.FromResult(worlds.For(context).CallBacks.List(request.TargetMcpttId));

    public override async Task<ChangeSelectedGroupResponse> ChangeSelectedGroup(ChangeSelectedGroupRequest request, ServerCallContext context)
    {
        var world = worlds.For(context);
        await world.EnsureGroupAsync(request.GroupId, context.CancellationToken);
        return McxGroupSelection.Change(world, request);
    }
}

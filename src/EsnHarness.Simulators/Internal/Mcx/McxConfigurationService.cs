using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Worlds;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Mcx;

/// <summary>gRPC McxConfiguration: groups, user profiles and the identity, group and configuration management servers of the caller's namespace.</summary>
internal sealed class McxConfigurationService(WorldRegistry<McxWorld> worlds) : McxConfiguration.McxConfigurationBase
{
    public override Task<PutGroupResponse> PutGroup(PutGroupRequest request, ServerCallContext context) =>
        Task.FromResult(new PutGroupResponse { Group = worlds.For(context).Groups.Put(request.Group) });

    public override async Task<GroupConfig> GetGroup(GetGroupRequest request, ServerCallContext context)
    {
        var world = worlds.For(context);
        await world.EnsureGroupAsync(request.GroupId, context.CancellationToken);
        return world.Groups.Get(request.GroupId);
    }

    public override Task<DeleteGroupResponse> DeleteGroup(DeleteGroupRequest request, ServerCallContext context)
    {
        worlds.For(context).DeleteGroup(request.GroupId);
        return Task.FromResult(new DeleteGroupResponse());
    }

    public override Task<ListGroupsResponse> ListGroups(ListGroupsRequest request, ServerCallContext context)
    {
        var response = new ListGroupsResponse();
        response.Groups.AddRange(worlds.For(context).Groups.List());
        return Task.FromResult(response);
    }

    public override Task<PutUserProfileResponse> PutUserProfile(PutUserProfileRequest request, ServerCallContext context) =>
        Task.FromResult(new PutUserProfileResponse { Profile = worlds.For(context).PutUserProfile(request.Profile) });

    public override Task<PatchUserProfileResponse> PatchUserProfile(PatchUserProfileRequest request, ServerCallContext context) =>
        Task.FromResult(new PatchUserProfileResponse { Profile = worlds.For(context).PatchUserProfile(request) });

    public override Task<UserProfile> GetUserProfile(GetUserProfileRequest request, ServerCallContext context) =>
        Task.FromResult(worlds.For(context).GetUserProfile(request.McpttId));

    public override Task<SetIdentityServiceResponse> SetIdentityService(IdentityService request, ServerCallContext context) =>
        Task.FromResult(new SetIdentityServiceResponse { IdentityService = worlds.For(context).Identity.Set(request) });

    public override Task<IdentityService> GetIdentityService(GetIdentityServiceRequest request, ServerCallContext context) =>
        Task.FromResult(worlds.For(context).Identity.Get());

    public override Task<SetGroupManagementResponse> SetGroupManagement(GroupManagement request, ServerCallContext context) =>
        Task.FromResult(new SetGroupManagementResponse { GroupManagement = worlds.For(context).GroupManagement.Set(request) });

    public override Task<GroupManagement> GetGroupManagement(GetGroupManagementRequest request, ServerCallContext context) =>
        Task.FromResult(worlds.For(context).GroupManagement.Get());

    public override Task<ReferenceGroupResponse> ReferenceGroup(ReferenceGroupRequest request, ServerCallContext context) =>
        worlds.For(context).GroupManagement.ReferenceAsync(request, context.CancellationToken);

    public override Task<SetConfigurationManagementResponse> SetConfigurationManagement(ConfigurationManagement request, ServerCallContext context) =>
        Task.FromResult(new SetConfigurationManagementResponse { ConfigurationManagement = worlds.For(context).ConfigurationManagement.Set(request) });

    public override Task<ConfigurationManagement> GetConfigurationManagement(GetConfigurationManagementRequest request, ServerCallContext context) =>
        Task.FromResult(worlds.For(context).ConfigurationManagement.Get());
}

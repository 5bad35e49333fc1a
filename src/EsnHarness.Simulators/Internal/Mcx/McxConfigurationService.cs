using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Worlds;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Mcx;

/// <summary>gRPC McxConfiguration: groups and user profiles of the caller's namespace.</summary>
internal sealed class McxConfigurationService(WorldRegistry<McxWorld> worlds) : McxConfiguration.McxConfigurationBase
{
    public override Task<PutGroupResponse> PutGroup(PutGroupRequest request, ServerCallContext context) =>
        Task.FromResult(new PutGroupResponse { Group = worlds.For(context).PutGroup(request.Group) });

    public override Task<GroupConfig> GetGroup(GetGroupRequest request, ServerCallContext context) =>
        Task.FromResult(worlds.For(context).GetGroup(request.GroupId));

    public override Task<DeleteGroupResponse> DeleteGroup(DeleteGroupRequest request, ServerCallContext context)
    {
        worlds.For(context).DeleteGroup(request.GroupId);
        return Task.FromResult(new DeleteGroupResponse());
    }

    public override Task<ListGroupsResponse> ListGroups(ListGroupsRequest request, ServerCallContext context)
    {
        var response = new ListGroupsResponse();
        response.Groups.AddRange(worlds.For(context).ListGroups());
        return Task.FromResult(response);
    }

    public override Task<PutUserProfileResponse> PutUserProfile(PutUserProfileRequest request, ServerCallContext context) =>
        Task.FromResult(new PutUserProfileResponse { Profile = worlds.For(context).PutUserProfile(request.Profile) });

    public override Task<UserProfile> GetUserProfile(GetUserProfileRequest request, ServerCallContext context) =>
        Task.FromResult(worlds.For(context).GetUserProfile(request.McpttId));

    public override Task<SetIdentityServiceResponse> SetIdentityService(IdentityService request, ServerCallContext context) =>
        Task.FromResult(new SetIdentityServiceResponse { IdentityService = worlds.For(context).SetIdentityService(request) });

    public override Task<IdentityService> GetIdentityService(GetIdentityServiceRequest request, ServerCallContext context) =>
        Task.FromResult(worlds.For(context).GetIdentityService());
}

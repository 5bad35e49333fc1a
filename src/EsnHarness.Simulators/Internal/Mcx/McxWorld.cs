using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Mcx.Aliases;
using EsnHarness.Simulators.Internal.Mcx.CallBacks;
using EsnHarness.Simulators.Internal.Mcx.Calls;
using EsnHarness.Simulators.Internal.Mcx.Configuration;
using EsnHarness.Simulators.Internal.Mcx.ControlRoom;
using EsnHarness.Simulators.Internal.Mcx.Downlink;
using EsnHarness.Simulators.Internal.Mcx.Emergency;
using EsnHarness.Simulators.Internal.Mcx.Files;
using EsnHarness.Simulators.Internal.Mcx.Floor;
using EsnHarness.Simulators.Internal.Mcx.Identity;
using EsnHarness.Simulators.Internal.Mcx.Location;
using EsnHarness.Simulators.Internal.Mcx.MultiAgency;
using EsnHarness.Simulators.Internal.Mcx.Recording;
using EsnHarness.Simulators.Internal.Mcx.Registry;
using EsnHarness.Simulators.Internal.Mcx.Resilience;
using EsnHarness.Simulators.Internal.Mcx.Sds;
using EsnHarness.Simulators.Internal.Worlds;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Mcx;

/// <summary>
/// The MCX service of one namespace: collaborators that each own their state and lock, and the flows that span several
/// of them (registration, affiliation with late entry, deregistration, revocation, group removal, floor requests that
/// name a call). A request that touches one collaborator goes straight to it.
/// </summary>
/// <remarks>
/// Lock order. A collaborator may call the ones after it while holding its own lock, never one before it:
/// <c>calls → floor (per-user N7 lock → arbitrator) → recorder → SDS, file distribution (→ content server), emergencies, call-backs → locations, functional aliases →
/// registry → profiles, groups, patches, identity gate → downlinks</c>; the control-room positions are called by no collaborator
/// and call the emergencies and downlinks. The flows here hold no lock themselves; where a flow needs two collaborators in an order the
/// list forbids (affiliation then late entry, deregistration then leaving calls), it calls one after the other, and the
/// call layer reads the registry under its own lock, so a member who affiliates while a call is being set up is either
/// invited by the set-up or enters late, never neither. Timers and the floor's hang timer call in from outside every lock.
/// </remarks>
internal sealed class McxWorld : IWorld
{
    public McxWorld(McxSettings settings, McxUpstream upstream, WorldScope scope)
    {
        Scope = scope;
        Downlinks = new McxDownlinks(scope.Time, settings.ClientBufferCapacity);
        Groups = new McxGroups(settings, scope);
        Profiles = new McxProfiles(settings, scope);
        Identity = new McxIdentityGate(upstream.Introspector, scope);
        Registry = new McxRegistry(Groups, Downlinks, Identity, scope);
        Locations = new McxLocations(scope);
        Recorder = new McxRecorder(Registry, scope);
        Aliases = new McxFunctionalAliases(Registry, scope);
        Floor = new McxFloor(Aliases, Locations, Downlinks, settings, scope, Recorder);
        Patches = new McxPatches(scope.Time);
        Regroups = new McxRegroups(scope);
        MutualAid = new McxMutualAid(scope);
        Resources = new McxRadioResources(upstream.Network, scope);
        Calls = new McxCalls(Registry, Groups, Patches, Regroups, Resources, Identity, Floor, Downlinks, Aliases.InUse, settings, scope, Recorder);
        CallBacks = new McxCallBacks(Registry, Aliases, Downlinks, scope);
        var recipients = new McxRecipients(Registry, Groups);
        Sds = new McxSds(Registry, recipients, Downlinks, settings, scope);
        ContentServer = new McxContentServer(scope);
        Files = new McxFiles(ContentServer, Registry, Groups, recipients, Downlinks, scope);
        Emergencies = new McxEmergencies(Registry, Groups, Locations, Downlinks, Aliases.InUse, scope);
        Failover = new McxFailover(Registry, Calls, Locations, Downlinks, scope);
        Positions = new McxPositions(Emergencies, Downlinks, scope);
        GroupManagement = new McxGroupManagement(upstream.Xcap, Groups, scope);
        ConfigurationManagement = new McxConfigurationManagement(upstream.Xcap, scope);
        DefaultMaxSdsSizeBytes = settings.DefaultMaxSdsSizeBytes;
    }

    public WorldScope Scope { get; }

    public string Namespace => Scope.Namespace;

    public TimeProvider Time => Scope.Time;

    public McxDownlinks Downlinks { get; }

    public McxGroups Groups { get; }

    public McxProfiles Profiles { get; }

    public McxIdentityGate Identity { get; }

    public McxRegistry Registry { get; }

    public McxLocations Locations { get; }

    /// <summary>Functional aliases and who holds them (TS 23.280 §10.13).</summary>
    public McxFunctionalAliases Aliases { get; }

    /// <summary>Private call call-back requests (TS 24.379 Annex G.13).</summary>
    public McxCallBacks CallBacks { get; }

    public McxFloor Floor { get; }

    public McxCalls Calls { get; }

    /// <summary>The namespace's group patches: a call on a patched group is the call of both groups.</summary>
    public McxPatches Patches { get; }

    public McxSds Sds { get; }

    /// <summary>The MCData content server: uploaded files by URL (FD using HTTP).</summary>
    public McxContentServer ContentServer { get; }

    /// <summary>File distribution: FD messages, who may download, FILE DOWNLOAD COMPLETED.</summary>
    public McxFiles Files { get; }

    /// <summary>The namespace's preconfigured regroups (multiagency.proto): a call on a regrouped group goes to its regroup group.</summary>
    public McxRegroups Regroups { get; }

    /// <summary>Which mutual-aid groups are active.</summary>
    public McxMutualAid MutualAid { get; }

    /// <summary>The radio network's mission-critical resources for calls (call-level pre-emption).</summary>
    public McxRadioResources Resources { get; }

    /// <summary>The namespace's voice recorder: records, evidential export, retention.</summary>
    public McxRecorder Recorder { get; }

    /// <summary>Which client each user is registered from, and what a dispatcher is given when it affiliates.</summary>
    public McxPositions Positions { get; }

    public McxEmergencies Emergencies { get; }

    /// <summary>Failover of the core to its standby.</summary>
    public McxFailover Failover { get; }

    public McxGroupManagement GroupManagement { get; }

    public McxConfigurationManagement ConfigurationManagement { get; }

    private uint DefaultMaxSdsSizeBytes { get; }

    /// <summary>Registration: the IdMS admits the token, the CMS's profile fields apply, then the user is registered with
    /// its profile and its incoming SDS are numbered from 1 again.</summary>
    public async Task<RegisterResponse> RegisterAsync(RegisterRequest request, CancellationToken ct)
    {
        var identity = request.Identity ?? throw Errors.Invalid(Errors.Required("identity"));
        McxIds.Require(identity.McpttId, "identity.mcptt_id");
        try
        {
            await Identity.AdmitAsync(identity, request.AccessToken, ct);
            if (await ConfigurationManagement.ReadAsync(identity.McpttId, ct) is { } fields)
            {
                var values = fields.Values.Clone();
                values.Identity = identity.Clone();
                Profiles.Patch(values, new Google.Protobuf.WellKnownTypes.FieldMask { Paths = { fields.Paths } }, Registry.Find(identity.McpttId)?.Profile);
            }
        }
        catch (RpcException e)
        {
            McxLog.RegistrationRefused(Scope.Logger, Namespace, identity.McpttId, e.Status.Detail);
            throw;
        }

        var profile = (Profiles.Find(identity.McpttId) ?? McxDefaults.Default(identity, DefaultMaxSdsSizeBytes)).Clone();
        profile.Identity = identity.Clone();
        if (Positions.Replaces(identity.McpttId, request.ClientId, Registry.Find(identity.McpttId) is not null))
        {
            // A log-on from another client (a position at a fallback site): the old client's registration ends first.
            End(identity.McpttId, onlyWithToken: null);
        }

        Registry.Register(profile, request.AccessToken);
        Resources.Bind(identity.McpttId, request.NetworkTerminalId);
        Sds.ResetSequences(identity.McpttId);
        McxLog.Registered(Scope.Logger, Namespace, identity.McpttId, request.AccessToken.Length > 0 ? "with an access token" : "without a token");
        return new RegisterResponse { Profile = profile.Clone() };
    }

    public void Deregister(string mcpttId)
    {
        Registry.Require(mcpttId, "mcptt_id");
        End(mcpttId, onlyWithToken: null);
    }

    /// <summary>The downlink of a registered client, for a Connect or ConnectMany stream.</summary>
    public McxClientSession Connect(string mcpttId)
    {
        McxIds.Require(mcpttId, "mcptt_id");
        return Registry.Find(mcpttId)?.Downlink
            ?? throw Errors.Precondition($"mcptt_id '{mcpttId}' is not registered in namespace '{Namespace}': call Register first");
    }

    /// <summary>Re-checks the parties' tokens at the IdMS; a user whose token is no longer active is deregistered (calls
    /// left, affiliations removed, downlink closed) and refused from then on as revoked.</summary>
    public async Task CheckTokensAsync(IEnumerable<string> mcpttIds, CancellationToken ct)
    {
        if (!Identity.RequiresTokens)
        {
            return;
        }

        foreach (var (id, token) in await Identity.InactiveAsync(Registry.TokensOf(mcpttIds), ct))
        {
            if (End(id, token))
            {
                Identity.MarkRevoked(id);
            }
        }
    }

    /// <summary>Replaces a profile wholesale (PutUserProfile); a registered user has it at once.</summary>
    public UserProfile PutUserProfile(UserProfile? profile)
    {
        var stored = Profiles.Put(profile);
        Registry.ApplyProfile(stored.Clone());
        return stored;
    }

    /// <summary>Changes the named fields of a profile and keeps the others (PatchUserProfile); a registered user has it at once.</summary>
    public UserProfile PatchUserProfile(PatchUserProfileRequest request)
    {
        var id = request.Profile?.Identity?.McpttId ?? "";
        var stored = Profiles.Patch(request.Profile, request.UpdateMask, Registry.Find(id)?.Profile);
        Registry.ApplyProfile(stored.Clone());
        return stored;
    }

    public UserProfile GetUserProfile(string mcpttId)
    {
        McxIds.Require(mcpttId, "mcptt_id");
        return (Profiles.Find(mcpttId) ?? Registry.Find(mcpttId)?.Profile)?.Clone()
            ?? throw Errors.NotFound($"mcptt_id '{mcpttId}' has no user profile in namespace '{Namespace}'");
    }

    public void DeleteGroup(string groupId)
    {
        Groups.Require(groupId, "group_id");
        RemoveGroup(groupId);
    }

    /// <summary>Before a request naming a group: the GMS is asked when the group is unknown or due for revalidation.</summary>
    public async Task EnsureGroupAsync(string groupId, CancellationToken ct)
    {
        if (!await GroupManagement.RefreshAsync(groupId, ct))
        {
            RemoveGroup(groupId);
        }
    }

    /// <summary>A call set-up (its functional alias target already resolved, <see cref="McxCallTargets"/>); a private call
    /// from a user to someone who asked them for a call back fulfils that request. A new call holds
    /// <paramref name="resourceSession"/>, the radio resources admission reserved for it.</summary>
    public CallInfo SetupCall(SetupCallRequest request, string? resourceSession = null)
    {
        var call = Calls.SetupCall(request, resourceSession);
        if (call.CallType is Contracts.Common.V1.CallType.Private or Contracts.Common.V1.CallType.EmergencyPrivate && request.TargetMcpttId.Length > 0)
        {
            CallBacks.Fulfil(request.McpttId, request.TargetMcpttId);
        }

        return call;
    }

    public void RequestFloor(FloorRequestMessage request)
    {
        var (user, floor) = Participant(request.McpttId, request.CallId);
        Floor.Request(user, floor, request.Level, request.Priority);
    }

    public void ReleaseFloor(FloorReleaseMessage request)
    {
        var (user, floor) = Participant(request.McpttId, request.CallId);
        if (Floor.Release(user, floor))
        {
            Calls.EndBroadcast(floor.CallId);
        }
    }

    public void RequestQueuePosition(QueuePositionRequestMessage request)
    {
        var (user, floor) = Participant(request.McpttId, request.CallId);
        Floor.RequestQueuePosition(user, floor);
    }

    public uint SendMedia(MediaPacket packet)
    {
        var (user, floor) = Participant(packet.SenderMcpttId, packet.CallId);
        return Floor.Relay(user, floor, packet);
    }

    public void ReportLocation(ReportLocationRequest request)
    {
        if (request.Location is null)
        {
            throw Errors.Invalid(Errors.Required("location"));
        }

        if (request.Location.LatitudeDeg is < -90 or > 90 || request.Location.LongitudeDeg is < -180 or > 180)
        {
            throw Errors.Invalid($"location ({request.Location.LatitudeDeg}, {request.Location.LongitudeDeg}) is outside -90..90 / -180..180 degrees");
        }

        var user = Registry.Require(request.McpttId, "mcptt_id");
        Locations.Record(user.McpttId, request.Location, request.Trigger.Length > 0 ? request.Trigger : "manual");
    }

    public LocationRecord GetLocation(string mcpttId) => Locations.Last(Registry.Require(mcpttId, "mcptt_id").McpttId);

    public EmergencyState GetEmergencyState(string groupId)
    {
        Groups.Require(groupId, "group_id");
        var state = new EmergencyState { GroupId = groupId };
        state.Alerts.AddRange(Emergencies.On(groupId));
        var (emergency, imminentPeril) = Calls.EmergencyOn(groupId);
        state.InEmergency = state.Alerts.Count > 0 || emergency;
        state.InImminentPeril = imminentPeril;
        return state;
    }

    /// <summary>Ends every call, timer and downlink of the namespace (its streams end through <see cref="WorldScope.Closing"/>).</summary>
    public ValueTask DisposeAsync()
    {
        Failover.Dispose();
        Calls.StopAll();
        Floor.StopAll();
        Recorder.Dispose();
        Sds.StopAll();
        Locations.CloseAll();
        Downlinks.CloseAll();
        return ValueTask.CompletedTask;
    }

    /// <summary>A registration ends: calls left, location forgotten, downlink closed. False when there was none (or a newer one).</summary>
    private bool End(string mcpttId, string? onlyWithToken)
    {
        if (Registry.Deregister(mcpttId, onlyWithToken) is not { } user)
        {
            return false;
        }

        Calls.LeaveAll(mcpttId);
        Locations.Forget(mcpttId);
        Aliases.Forget(mcpttId);
        Downlinks.Close(user.Downlink);
        McxLog.Deregistered(Scope.Logger, Namespace, mcpttId);
        return true;
    }

    /// <summary>A group goes: no new call or affiliation can name it, its calls end, nobody stays affiliated to it.</summary>
    private void RemoveGroup(string groupId)
    {
        Groups.Remove(groupId);
        Calls.EndGroupCalls(groupId);
        Registry.ForgetGroup(groupId);
    }

    /// <summary>The caller and the floor of the call it names; when it is not a participant, the call layer says why.</summary>
    private (McxUser User, CallFloor Floor) Participant(string mcpttId, string callId)
    {
        McxIds.Require(mcpttId, "mcptt_id");
        McxIds.Require(callId, "call_id");
        if (Registry.Find(mcpttId) is { } user && Floor.Find(callId) is { } floor && floor.Has(mcpttId))
        {
            return (user, floor);
        }

        Registry.Require(mcpttId, "mcptt_id");
        throw Calls.NotInCall(callId, mcpttId);
    }
}

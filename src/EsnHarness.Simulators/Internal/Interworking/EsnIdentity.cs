using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Internal.Worlds;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Interworking;

/// <summary>
/// An identity the interworking function presents on the MCX service: its own (the talkgroup as a whole) or a mapped
/// radio user's (a user homed in the IWF, TS 29.379). It is an ordinary MCX client: profile, registration, affiliation
/// to the bridged group, and a downlink whose events go to the bridge; the downlink is work of the namespace's world.
/// </summary>
internal sealed class EsnIdentity(
    UserIdentity identity, string bridgeId, McxService.McxServiceClient mcx, McxConfiguration.McxConfigurationClient config, Metadata headers,
    WorldScope scope, Func<EsnIdentity, McxEvent, CancellationToken, Task> onEvent)
{
    private readonly CancellationTokenSource _downlink = new();

    public string McpttId => identity.McpttId;

    public UserIdentity Identity => identity;

    /// <summary>Puts its profile, registers, affiliates to <paramref name="groupId"/> and opens its downlink.</summary>
    public async Task StartAsync(string groupId, CancellationToken ct)
    {
        await config.PutUserProfileAsync(new PutUserProfileRequest
        {
            Profile = new UserProfile { Identity = identity, AllowEmergency = true, AllowImminentPeril = true, MaxSimultaneousCalls = 4 },
        }, headers, cancellationToken: ct);
        await mcx.RegisterAsync(new RegisterRequest { Identity = identity }, headers, cancellationToken: ct);
        await mcx.AffiliateAsync(new AffiliationRequest { McpttId = McpttId, GroupId = groupId }, headers, cancellationToken: ct);
        var life = _downlink.Token;
        scope.Run($"{bridgeId}: ESN downlink of {McpttId}", async closing =>
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(closing, life);
            await RunDownlinkAsync(linked.Token);
        });
    }

    /// <summary>Stops listening; with <paramref name="deregister"/> also leaves the MCX service (its calls, floors and affiliations go).</summary>
    public async Task StopAsync(bool deregister)
    {
        await _downlink.CancelAsync();
        if (!deregister)
        {
            return;
        }

        try
        {
            await mcx.DeregisterAsync(new DeregisterRequest { McpttId = McpttId }, headers);
        }
        catch (RpcException e)
        {
            // The MCX service already forgot the identity (e.g. the service restarted): gone all the same.
            InterworkingLog.AlreadyGone(scope.Logger, bridgeId, McpttId, e.StatusCode.ToString());
        }
    }

    private async Task RunDownlinkAsync(CancellationToken ct)
    {
        try
        {
            using var stream = mcx.Connect(new ConnectRequest { McpttId = McpttId }, headers, cancellationToken: ct);
            await foreach (var e in stream.ResponseStream.ReadAllAsync(ct))
            {
                await onEvent(this, e, ct);
            }
        }
        catch (RpcException) when (ct.IsCancellationRequested)
        {
            // The bridge stopped or the namespace closed: the stream ends with it.
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // As above, from the event handler's own waits.
        }
        catch (RpcException e)
        {
            InterworkingLog.DownlinkEnded(scope.Logger, bridgeId, McpttId, e.StatusCode.ToString());
        }
    }
}

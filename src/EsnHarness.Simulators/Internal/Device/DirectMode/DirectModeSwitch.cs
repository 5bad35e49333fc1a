using EsnHarness.Contracts.Device.V1;
using EsnHarness.Simulators.Internal.Grpc;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Device.DirectMode;

/// <summary>
/// Moving a terminal between the network and direct mode (ESN-DOMAIN-DEPTH §1.3: no hand-over of a call, a new
/// off-network call instead; back in coverage, late entry into the ongoing call): the user switching; falling back to
/// direct mode on the selected group when service is lost (as its profile and the group's configuration allow; its
/// on-network calls end for it); returning when service comes back; and a vehicle device becoming a gateway.
/// </summary>
internal sealed class DirectModeSwitch(
    string deviceId, DirectModeTerminal directMode, DirectModeGateway gateway, DeviceCallTable calls, DeviceCallControl callControl,
    DeviceRegistration registration, RadioLink radio, DeviceLife life)
{
    /// <summary>The terminal lost service.</summary>
    public void OnServiceLost()
    {
        if (directMode.FallBack(registration.SelectedGroup))
        {
            calls.StopAll();
        }
    }

    /// <summary>Service is back: a terminal that had fallen back returns to the network and enters the group's call late.</summary>
    public void OnServiceBack()
    {
        if (directMode.ShouldReturn())
        {
            life.Run("return to the network", ct => ReturnAsync(DirectModeReason.ServiceBack, ct));
        }
    }

    public async Task SetAsync(SetDirectModeRequest request, CancellationToken ct)
    {
        var group = request.GroupId.Length > 0 ? request.GroupId : registration.SelectedGroup;
        if (request.DirectMode && group.Length == 0)
        {
            throw Errors.Invalid($"{Errors.Required("group_id")}: device_id '{deviceId}' has no selected group to use in direct mode");
        }

        if (request.DirectMode && request.Gateway)
        {
            BecomeGateway(group);
        }
        else if (request.DirectMode)
        {
            directMode.Enter(group, DirectModeReason.User);
            calls.StopAll();
        }
        else if (!registration.IsRegistered)
        {
            throw Errors.Precondition($"device_id '{deviceId}' was powered on in direct mode and never registered on the network: power it off and on again to use the network");
        }
        else if (directMode.Active)
        {
            await ReturnAsync(DirectModeReason.User, ct);
        }
    }

    private void BecomeGateway(string group)
    {
        if (registration.Kind != DeviceKind.Vehicle)
        {
            throw Errors.Precondition($"device_id '{deviceId}' is a {registration.Kind}: only a vehicle device can be a direct-mode gateway");
        }

        if (!registration.IsRegistered || !radio.InService)
        {
            throw Errors.Precondition($"device_id '{deviceId}' must be registered and in service on the network to relay direct mode");
        }

        var state = new DeviceState();
        registration.Describe(state);
        if (!state.AffiliatedGroups.Contains(group))
        {
            throw Errors.Precondition($"device_id '{deviceId}' is not affiliated to group '{group}' on the network, so it cannot relay it: affiliate first");
        }

        directMode.Observer = gateway;
        directMode.Enter(group, DirectModeReason.Gateway);
    }

    private async Task ReturnAsync(DirectModeReason reason, CancellationToken ct)
    {
        if (directMode.Leave() is not { } group)
        {
            return;
        }

        var callId = "";
        try
        {
            callId = await callControl.RejoinAsync(group, ct);
        }
        catch (RpcException e) when (e.StatusCode != StatusCode.Cancelled)
        {
            DirectModeLog.RejoinFailed(directMode.Context.Logger, deviceId, group, e.Status.Detail);
        }

        directMode.Report(active: false, group, reason, callId);
    }
}

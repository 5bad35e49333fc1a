using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mdm.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Hosting;
using EsnHarness.Simulators.Internal.Worlds;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Mdm;

/// <summary>
/// The MDM of one namespace: wipe orders by terminal, each sent to the terminal through the device role's contract
/// (DeviceManagement.Wipe) and confirmed with the terminal's answer. Owns its orders under one lock; the command goes out
/// with no lock held.
/// </summary>
internal sealed class MdmWorld(string ns, UpstreamChannels upstream, WorldScope scope) : IWorld
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, WipeOrder> _orders = new(StringComparer.Ordinal);
    private readonly DeviceManagement.DeviceManagementClient _devices = new(upstream.Device);
    private readonly Metadata _headers = Namespaces.Headers(ns);

    public WorldScope Scope => scope;

    public async Task<WipeOrder> WipeAsync(WipeDeviceRequest request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.DeviceId))
        {
            throw Errors.Invalid(Errors.Required("device_id"));
        }

        var order = new WipeOrder
        {
            OrderId = Guid.NewGuid().ToString("N"), DeviceId = request.DeviceId, RequestedBy = request.RequestedBy, Reason = request.Reason,
            State = WipeState.Sent, RequestedAt = Clock.Now(scope.Time),
        };
        Put(order);
        if (scope.Defects.Has(DeviceManagementDefects.WipeAcknowledgedNotApplied))
        {
            return Confirm(order, new WipeConfirmation { OrderId = order.OrderId, DeviceId = order.DeviceId, CredentialsErased = true, LoggedOff = true });
        }

        try
        {
            var confirmation = await _devices.WipeAsync(new WipeCommand { DeviceId = order.DeviceId, OrderId = order.OrderId }, _headers, cancellationToken: ct);
            return scope.Defects.Has(DeviceManagementDefects.WipeConfirmationDropped) ? order.Clone() : Confirm(order, confirmation);
        }
        catch (RpcException e) when (e.StatusCode is StatusCode.FailedPrecondition or StatusCode.NotFound or StatusCode.Unavailable)
        {
            // The terminal took no command (off, unknown, unreachable): the order stands, unconfirmed, with the reason.
            lock (_gate)
            {
                order.Detail = $"{e.StatusCode}: {e.Status.Detail}";
                return order.Clone();
            }
        }
    }

    public WipeOrder Get(string deviceId)
    {
        lock (_gate)
        {
            return _orders.TryGetValue(deviceId, out var order)
                ? order.Clone()
                : throw Errors.NotFound($"device_id '{deviceId}' has no wipe order in namespace '{scope.Namespace}'");
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private void Put(WipeOrder order)
    {
        lock (_gate)
        {
            _orders[order.DeviceId] = order;
        }
    }

    private WipeOrder Confirm(WipeOrder order, WipeConfirmation confirmation)
    {
        lock (_gate)
        {
            order.State = WipeState.Confirmed;
            order.ConfirmedAt = Clock.Now(scope.Time);
            order.Confirmation = confirmation;
            return order.Clone();
        }
    }
}

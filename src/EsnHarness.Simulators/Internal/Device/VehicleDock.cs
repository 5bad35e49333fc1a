using EsnHarness.Contracts.Device.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Internal.Grpc;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>
/// Hands a user over between their handheld and a vehicle device (DeviceService Dock and Undock). The serving device
/// logs on as the user with a client ID of its own, so the MCX service ends the other device's registration as it does
/// for any log-on from another client; it then takes the affiliations and selected group, enters the call on that group
/// (the same call, by late entry) and asks for the floor again if the user held it. Everything goes through the MCX
/// contract, as a supplier's terminals would.
/// </summary>
internal sealed class VehicleDock(DeviceWorld world)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, DockedVehicle> _docked = new(StringComparer.Ordinal);

    public async Task<DockResult> DockAsync(DockRequest request, CancellationToken ct)
    {
        var handheld = world.RequireOn(request.DeviceId);
        var vehicle = world.RequireOn(Require(request.VehicleDeviceId, "vehicle_device_id"));
        RequireKind(handheld, DeviceKind.Handheld);
        RequireKind(vehicle, DeviceKind.Vehicle);
        if (handheld.DockedWith.Length > 0 || vehicle.DockedWith.Length > 0)
        {
            throw Errors.Precondition($"device_id '{handheld.DeviceId}' or vehicle_device_id '{vehicle.DeviceId}' is already docked");
        }

        var user = handheld.State();
        if (!user.Registered)
        {
            throw Errors.Precondition($"device_id '{handheld.DeviceId}' is not registered on the MCX service: nothing to hand over");
        }

        var own = vehicle.State();
        lock (_gate)
        {
            _docked[handheld.DeviceId] = new DockedVehicle(own.Identity.Clone(), vehicle.Storage.AccessToken);
        }

        var token = handheld.Storage.AccessToken;
        var selected = world.Scope.Defects.Has(DeviceDefects.DockSelectedGroupLost) ? own.SelectedGroup : user.SelectedGroup;
        await vehicle.PowerOffAsync(ct); // the vehicle's own identity logs off
        var (callId, floor) = await HandOverAsync(user, handheld, vehicle, own.Link.PlaceId, token, user.AffiliatedGroups, selected, ct);
        handheld.DockedWith = vehicle.DeviceId;
        vehicle.DockedWith = handheld.DeviceId;
        return new DockResult { Serving = vehicle.State(), HandingOver = handheld.State(), CarriedCallId = callId, FloorRequested = floor };
    }

    public async Task<DockResult> UndockAsync(DockRequest request, CancellationToken ct)
    {
        var handheld = world.Require(request.DeviceId);
        var vehicle = world.RequireOn(Require(request.VehicleDeviceId, "vehicle_device_id"));
        DockedVehicle? own;
        lock (_gate)
        {
            if (handheld.DockedWith != vehicle.DeviceId || !_docked.Remove(handheld.DeviceId, out own))
            {
                throw Errors.Precondition($"device_id '{handheld.DeviceId}' is not docked in vehicle_device_id '{vehicle.DeviceId}'");
            }
        }

        var user = vehicle.State();
        var groups = world.Scope.Defects.Has(DeviceDefects.UndockAffiliationsLost) ? [user.SelectedGroup] : user.AffiliatedGroups;
        var token = vehicle.Storage.AccessToken;
        handheld.DockedWith = "";
        vehicle.DockedWith = "";
        var (callId, floor) = await HandOverAsync(user, vehicle, handheld, user.Link.PlaceId, token, groups, user.SelectedGroup, ct);
        await vehicle.PowerOnAsync(
            new PowerOnRequest { DeviceId = vehicle.DeviceId, Kind = DeviceKind.Vehicle, Identity = own.Identity, PlaceId = user.Link.PlaceId, AccessToken = own.AccessToken }, ct);
        return new DockResult { Serving = handheld.State(), HandingOver = vehicle.State(), CarriedCallId = callId, FloorRequested = floor };
    }

    /// <summary>Logs <paramref name="to"/> on as the user of <paramref name="from"/> and moves groups, call and floor.</summary>
    private async Task<(string CallId, bool FloorRequested)> HandOverAsync(
        DeviceState user, SimulatedDevice from, SimulatedDevice to, string place, string token, IEnumerable<string> groups, string selected, CancellationToken ct)
    {
        var heldFloor = user.FloorParticipantState is FloorParticipantState.HasPermission or FloorParticipantState.PendingRequest
            && !world.Scope.Defects.Has(DeviceDefects.DockFloorDropped);
        await from.PowerOffAsync(ct);
        await to.PowerOnAsync(new PowerOnRequest { DeviceId = to.DeviceId, Kind = to.Registration.Kind, Identity = user.Identity, PlaceId = place, AccessToken = token }, ct);
        foreach (var group in groups)
        {
            await to.Registration.AffiliateAsync(group, affiliate: true, ct);
        }

        if (selected.Length == 0)
        {
            return ("", false);
        }

        await to.Registration.SelectGroupAsync(selected, ct);
        var callId = await to.Calls.RejoinAsync(selected, ct);
        if (callId.Length == 0 || !heldFloor)
        {
            return (callId, false);
        }

        await to.Calls.PressPttAsync(new PttRequest { DeviceId = to.DeviceId, CallId = callId }, ct);
        return (callId, true);
    }

    private static string Require(string id, string field) =>
        string.IsNullOrWhiteSpace(id) ? throw Errors.Invalid(Errors.Required(field)) : id;

    private static void RequireKind(SimulatedDevice device, DeviceKind kind)
    {
        if (device.Registration.Kind != kind)
        {
            throw Errors.Precondition($"device_id '{device.DeviceId}' is a {device.Registration.Kind} device, not a {kind} one");
        }
    }
}

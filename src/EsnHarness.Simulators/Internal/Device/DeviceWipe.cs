using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mdm.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Internal.Grpc;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>
/// The MDM's wipe at the terminal: erase stored messages and files, the key store and the user's credentials, then log off
/// (deregister, leave the network), and confirm what was done. A wiped terminal refuses to log on until enrolled again.
/// </summary>
internal static class DeviceWipe
{
    public static async Task<WipeConfirmation> WipeAsync(SimulatedDevice device, string orderId, DefectSet defects, CancellationToken ct)
    {
        if (!device.PoweredOn)
        {
            throw Errors.Precondition($"device_id '{device.DeviceId}' is powered off: it cannot receive the wipe command");
        }

        var messages = device.Messaging.Erase() + device.Files.Erase();
        var keys = device.Keys.Wipe(keepKeys: defects.Has(DeviceManagementDefects.WipeKeepsKeys));
        if (!defects.Has(DeviceManagementDefects.WipeKeepsCredentials))
        {
            device.ForgetCredentials();
            await device.PowerOffAsync(ct);
        }

        return new WipeConfirmation
        {
            OrderId = orderId, DeviceId = device.DeviceId, MessagesErased = (uint)messages, KeysErased = (uint)keys, CredentialsErased = true, LoggedOff = true,
        };
    }

    public static StoredData Describe(SimulatedDevice device)
    {
        var data = new StoredData
        {
            DeviceId = device.DeviceId,
            Messages = (uint)(device.Messaging.Messages().Count + device.Files.Held),
            HasCredentials = device.AccessToken.Length > 0,
            Wiped = device.Keys.Wiped,
        };
        data.GroupKeys.AddRange(device.Keys.Groups);
        data.KeyRequests.AddRange(device.Keys.Requests);
        return data;
    }
}

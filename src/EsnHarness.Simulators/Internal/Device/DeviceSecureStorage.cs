using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mdm.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Internal.Grpc;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>
/// A terminal's secure storage and its MDM agent: the group keys (<see cref="DeviceKeyStore"/>, under its own lock) and the
/// user's credentials (the access token presented at the last power-on), and the MDM's wipe: erase stored messages and
/// files, the keys and the credentials, then log off (deregister, leave the network), and confirm what was done. A wiped
/// terminal refuses to log on until enrolled again.
/// </summary>
internal sealed class DeviceSecureStorage(string deviceId, DeviceLife life, DeviceMessaging messaging, DeviceFileTransfer files, Func<CancellationToken, Task> powerOff)
{
    private string _accessToken = "";

    /// <summary>The group keys, and whether the MDM wiped the terminal.</summary>
    public DeviceKeyStore Keys { get; } = new();

    /// <summary>The access token presented at the last power-on (a secret: handed to a vehicle device at docking only).</summary>
    public string AccessToken => Volatile.Read(ref _accessToken);

    /// <summary>Refuses a power-on once the MDM has wiped the terminal.</summary>
    public void RequireEnrolled()
    {
        if (Keys.Wiped)
        {
            throw Errors.Precondition($"device_id '{deviceId}' was wiped by its MDM: it holds no credentials and must be enrolled again before it logs on");
        }
    }

    /// <summary>Keeps the access token the user logged on with.</summary>
    public void KeepCredentials(string accessToken) => Volatile.Write(ref _accessToken, accessToken);

    public async Task<WipeConfirmation> WipeAsync(string orderId, DefectSet defects, CancellationToken ct)
    {
        if (!life.IsOn)
        {
            throw Errors.Precondition($"device_id '{deviceId}' is powered off: it cannot receive the wipe command");
        }

        var messages = messaging.Erase() + files.Erase();
        var keys = Keys.Wipe(keepKeys: defects.Has(DeviceManagementDefects.WipeKeepsKeys));
        if (!defects.Has(DeviceManagementDefects.WipeKeepsCredentials))
        {
            Volatile.Write(ref _accessToken, "");
            await powerOff(ct);
        }

        return new WipeConfirmation
        {
            OrderId = orderId, DeviceId = deviceId, MessagesErased = (uint)messages, KeysErased = (uint)keys, CredentialsErased = true, LoggedOff = true,
        };
    }

    public StoredData Describe()
    {
        var data = new StoredData
        {
            DeviceId = deviceId,
            Messages = (uint)(messaging.Messages().Count + files.Held),
            HasCredentials = AccessToken.Length > 0,
            Wiped = Keys.Wiped,
        };
        data.GroupKeys.AddRange(Keys.Groups);
        return data;
    }
}

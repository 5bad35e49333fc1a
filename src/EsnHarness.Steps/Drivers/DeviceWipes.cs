using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mdm.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Scenario-scoped: a lost terminal wiped through the agency's MDM (the mdm role): the group keys its user was given, the
/// wipe order, what the terminal holds afterwards (asked of the device role) and the order as the MDM records it.
/// </summary>
public sealed class DeviceWipes(Cast cast, GroupKeys keys, McxRegistrations registrations, EsnSession session)
{
    private readonly MdmService.MdmServiceClient _mdm = new(session.Invoker(EsnRole.Mdm));
    private readonly DeviceManagement.DeviceManagementClient _devices = new(session.Invoker(EsnRole.Device));
    private readonly DeviceService.DeviceServiceClient _terminals = new(session.Invoker(EsnRole.Device));

    /// <summary>The KMS gives the user the group's key and the terminal keeps it in its key store.</summary>
    public async Task ProvisionGroupKeyAsync(UserName user, GroupName group)
    {
        var member = cast.Get(user);
        var key = await keys.RequestAsync(member, group);
        if (!key.Provisioned)
        {
            throw new ExpectationFailedException($"The KMS gave {user} no key for {group} (status {key.StatusCode}, {key.Error ?? "no error code"}).");
        }

        await Rpc.CallAsync(() => _devices.StoreGroupKeyAsync(new StoreGroupKeyRequest { DeviceId = member.DeviceId, GroupId = group.Value, GmkId = key.GmkId! }).ResponseAsync,
            $"keep the key of {group} on the terminal of {user}");
    }

    /// <summary>The agency's service desk asks the MDM to wipe the user's terminal.</summary>
    public async Task WipeAsync(Agency agency, UserName user)
    {
        cast.Involve(agency, "MDM");
        await Rpc.CallAsync(() => _mdm.WipeDeviceAsync(new WipeDeviceRequest
        {
            DeviceId = cast.Get(user).DeviceId, RequestedBy = $"{agency} service desk", Reason = "reported lost",
        }).ResponseAsync, $"wipe the terminal of {user} through the {agency} MDM");
    }

    /// <summary>The terminal holds no messages, keys or credentials, and says it was wiped.</summary>
    public async Task ExpectEmptyAsync(UserName user)
    {
        var held = await StoredAsync(user);
        var left = new List<string>();
        if (held.Messages > 0)
        {
            left.Add($"{held.Messages} stored message(s)");
        }

        if (held.GroupKeys.Count > 0)
        {
            left.Add($"the key(s) of {string.Join(", ", held.GroupKeys)}");
        }

        if (held.HasCredentials)
        {
            left.Add("its user's credentials");
        }

        if (left.Count > 0 || !held.Wiped)
        {
            throw new ExpectationFailedException($"The terminal of {user} was to be wiped, but it {(held.Wiped ? "still holds " + string.Join(", ", left) : "was never wiped")}.");
        }
    }

    /// <summary>An affiliation from the terminal is refused and the MCX holds no registration for the user.</summary>
    public async Task ExpectCannotRejoinAsync(UserName user, GroupName group)
    {
        try
        {
            await Rpc.CallAsync(() => _terminals.AffiliateAsync(new GroupRequest { DeviceId = cast.Get(user).DeviceId, GroupId = group.Value }).ResponseAsync,
                $"affiliate {user} to {group}");
            throw new ExpectationFailedException($"The wiped terminal of {user} affiliated to {group} again.");
        }
        catch (EsnRefusedException)
        {
            // Refused, as a wiped terminal must be; the MCX's own view is checked next.
        }

        await registrations.ExpectNotRegisteredAsync(user);
    }

    /// <summary>The MDM holds the order confirmed by the terminal: credentials erased and logged off.</summary>
    public async Task ExpectConfirmedAsync(UserName user)
    {
        var order = await Rpc.CallAsync(() => _mdm.GetWipeAsync(new GetWipeRequest { DeviceId = cast.Get(user).DeviceId }).ResponseAsync,
            $"read the MDM's wipe order for the terminal of {user}");
        if (order.State != WipeState.Confirmed || order.Confirmation is not { CredentialsErased: true, LoggedOff: true })
        {
            throw new ExpectationFailedException(
                $"The MDM's wipe order for the terminal of {user} is {order.State}{(order.Detail.Length > 0 ? $" ({order.Detail})" : "")}: the terminal's confirmation did not reach it.");
        }
    }

    private Task<StoredData> StoredAsync(UserName user) =>
        Rpc.CallAsync(() => _devices.GetStoredDataAsync(new StoredDataRequest { DeviceId = cast.Get(user).DeviceId }).ResponseAsync, $"read what the terminal of {user} holds");
}

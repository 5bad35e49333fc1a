using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Tests.Support;

namespace EsnHarness.Simulators.Tests.Device;

/// <summary>Terminals for the tests of the terminals' own functions: a dispatcher console with its rights, and moves between places.</summary>
internal static class TerminalProbes
{
    /// <summary>A console whose profile allows remote affiliation, group selection changes, ambient listening and private calls.</summary>
    public static async Task<DeviceProbe> ConsoleAsync(Scenario s, string name, string? group = null)
    {
        await s.Config.PutUserProfileAsync(new PutUserProfileRequest
        {
            Profile = new UserProfile
            {
                Identity = new UserIdentity { McpttId = $"sip:{name}@esn" }, AllowAmbientListening = true, AllowRemoteAffiliation = true, AllowPrivateCall = true,
            },
        }, s.Headers);
        return await s.DeviceAsync(name, group, place: "surface-street", role: "dispatcher");
    }

    /// <summary>Moves the terminal and waits until it has taken in the new link (in or out of service).</summary>
    public static async Task MoveAsync(Scenario s, DeviceProbe device, string place, ConnectivityKind expected)
    {
        await s.Devices.MoveToAsync(new MoveRequest { DeviceId = device.DeviceId, PlaceId = place }, s.Headers);
        await device.WaitForAsync(e => e.Connectivity?.Kind == expected, $"{device.DeviceId} {expected} at {place}");
    }
}

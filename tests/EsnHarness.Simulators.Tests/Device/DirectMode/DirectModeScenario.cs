using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Simulators.Tests.Support;

namespace EsnHarness.Simulators.Tests.Device.DirectMode;

/// <summary>Terminals through the device contract that may use direct mode on one group (fall-back on, queueing on).</summary>
internal static class DirectModeScenario
{
    public static DirectModeConfiguration Configuration(string group) => new()
    {
        FallBackWhenOutOfService = true,
        Groups = { new DirectModeGroup { GroupId = group, Queueing = true, FallBack = true } },
    };

    /// <summary>A terminal on the network at <paramref name="place"/>, affiliated to and selecting <paramref name="group"/>, configured for direct mode on it.</summary>
    public static async Task<DeviceProbe> OnNetworkAsync(this Scenario s, string name, string group, string place)
    {
        var probe = await s.DeviceAsync(name, group, place);
        await s.Devices.ConfigureDirectModeAsync(new ConfigureDirectModeRequest { DeviceId = name, Configuration = Configuration(group) }, s.Headers);
        return probe;
    }

    /// <summary>A terminal powered on straight into direct mode on <paramref name="group"/> at <paramref name="place"/>.</summary>
    public static async Task<DeviceProbe> InDirectModeAsync(this Scenario s, string name, string group, string place)
    {
        await s.Devices.PowerOnAsync(new PowerOnRequest
        {
            DeviceId = name,
            PlaceId = place,
            Identity = new UserIdentity { McpttId = $"sip:{name}@esn", Agency = Agency.Lfb },
            DirectMode = Configuration(group),
            DirectModeGroup = group,
        }, s.Headers);
        return new DeviceProbe(name, $"sip:{name}@esn", s.Devices.Observe(new ObserveRequest { DeviceId = name }, s.Headers));
    }

    /// <summary>Presses PTT in direct mode, waits until the terminal talks ('O: has permission'), speaks a burst and lets go.</summary>
    public static async Task TalkAsync(this Scenario s, DeviceProbe talker, uint frames = 5)
    {
        await s.Devices.PressPttAsync(new PttRequest { DeviceId = talker.DeviceId }, s.Headers);
        await talker.WaitForAsync(e => e.FloorState?.ToState == FloorParticipantState.OHasPermission, "the talker holds the direct-mode floor");
        await s.Devices.SendVoiceBurstAsync(new VoiceBurstRequest { DeviceId = talker.DeviceId, FrameCount = frames, FrameIntervalMs = 20, ReleaseAfter = true }, s.Headers);
    }
}

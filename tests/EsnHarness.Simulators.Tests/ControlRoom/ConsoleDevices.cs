using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Simulators.Tests.Support;

namespace EsnHarness.Simulators.Tests.ControlRoom;

/// <summary>Terminals and consoles through the device contract, for the control-room tests.</summary>
internal static class ConsoleDevices
{
    /// <summary>A dispatcher console (DEVICE_KIND_CONSOLE) at the zero-delay place, affiliated to <paramref name="groups"/>.</summary>
    public static async Task<DeviceProbe> ConsoleAsync(Scenario s, string name, Agency agency, params string[] groups)
    {
        await s.Devices.PowerOnAsync(new PowerOnRequest
        {
            DeviceId = name,
            Kind = DeviceKind.Console,
            PlaceId = "ideal-lab",
            Identity = new UserIdentity { McpttId = $"sip:{name}@esn", Agency = agency, Role = "dispatcher" },
        }, s.Headers);
        var probe = new DeviceProbe(name, $"sip:{name}@esn", s.Devices.Observe(new ObserveRequest { DeviceId = name }, s.Headers));
        foreach (var group in groups)
        {
            await s.Devices.AffiliateAsync(new GroupRequest { DeviceId = name, GroupId = group }, s.Headers);
        }

        return probe;
    }

    /// <summary>The terminal presses PTT on its selected group, waits for the grant and speaks <paramref name="frames"/> frames.</summary>
    public static async Task SpeakAsync(Scenario s, DeviceProbe talker, uint frames)
    {
        var ptt = await s.Devices.PressPttAsync(new PttRequest { DeviceId = talker.DeviceId }, s.Headers);
        await talker.WaitForAsync(e => e.FloorState is { ToState: FloorParticipantState.HasPermission }, "the floor");
        await s.Devices.SendVoiceBurstAsync(new VoiceBurstRequest { DeviceId = talker.DeviceId, CallId = ptt.CallId, FrameCount = frames }, s.Headers);
    }
}

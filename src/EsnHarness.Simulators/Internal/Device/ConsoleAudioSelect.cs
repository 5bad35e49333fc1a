using EsnHarness.Contracts.Device.V1;
using EsnHarness.Simulators.Defects;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>
/// A console's audio select: once the dispatcher has selected a group, the speaker plays only the calls on that group (and
/// private calls); the other monitored groups show who talks but are not played. A console with no group selected, and
/// every other kind of terminal, plays everything. <paramref name="ignored"/> is the device.audio-select-ignored defect.
/// </summary>
internal sealed class ConsoleAudioSelect(DeviceRegistration registration, DeviceCallTable calls, DefectSwitch ignored)
{
    /// <summary>Whether a frame of <paramref name="callId"/> goes to the speaker.</summary>
    public bool Plays(string callId)
    {
        if (registration.Kind != DeviceKind.Console || registration.SelectedGroup is not { Length: > 0 } selected)
        {
            return true;
        }

        var group = calls.GroupOf(callId);
        // The defect is consulted only for a frame the selection would keep from the speaker.
        return group is null || group.Length == 0 || group == selected || ignored.On;
    }
}

using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.FloorControl;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>A call as one terminal sees it, with its floor participant machine.</summary>
internal sealed class DeviceCall(CallInfo info, FloorParticipant participant)
{
    private int _burst;

    public CallInfo Info { get; set; } = info;

    public FloorParticipant Participant { get; } = participant;

    public bool PressWhenConnected { get; set; }

    /// <summary>This terminal started (or upgraded to) the emergency / imminent peril of the call.</summary>
    public bool MyEmergency { get; set; }

    public int NextBurst() => Interlocked.Increment(ref _burst);
}

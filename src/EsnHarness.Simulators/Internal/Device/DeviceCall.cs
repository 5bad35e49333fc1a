using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.FloorControl;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>A call as one terminal sees it, with its floor participant machine.</summary>
internal sealed class DeviceCall(CallInfo info, FloorParticipant participant)
{
    private int _burst;
    private int _implicitRequest;

    public CallInfo Info { get; set; } = info;

    public FloorParticipant Participant { get; } = participant;

    public bool PressWhenConnected { get; set; }

    /// <summary>This terminal started (or upgraded to) the emergency / imminent peril of the call.</summary>
    public bool MyEmergency { get; set; }

    public int NextBurst() => Interlocked.Increment(ref _burst);

    /// <summary>The call set-up carried the floor request (implicit floor request): the participant's next request is not sent again.</summary>
    public void ImplicitRequestMade() => Interlocked.Exchange(ref _implicitRequest, 1);

    /// <summary>True once after <see cref="ImplicitRequestMade"/>: the request the participant is about to send was already made.</summary>
    public bool TakeImplicitRequest() => Interlocked.Exchange(ref _implicitRequest, 0) == 1;
}

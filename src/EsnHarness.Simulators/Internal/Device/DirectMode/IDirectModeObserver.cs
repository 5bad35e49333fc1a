using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.FloorControl.OffNetwork;

namespace EsnHarness.Simulators.Internal.Device.DirectMode;

/// <summary>Something that follows a terminal's direct-mode calls (a gateway relaying them). Called under the terminal's
/// or a participant's lock: implementations never call back into the terminal from here.</summary>
internal interface IDirectModeObserver
{
    /// <summary>The terminal's floor participant in <paramref name="call"/> entered <paramref name="state"/>.</summary>
    void FloorChanged(DirectModeCall call, OffNetworkState state);

    /// <summary>A voice frame of <paramref name="call"/> arrived (after <paramref name="delay"/> on the sidelink).</summary>
    void VoiceHeard(DirectModeCall call, MediaPacket packet, TimeSpan delay);
}

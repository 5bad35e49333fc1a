using EsnHarness.Simulators.Tests.Support;

namespace EsnHarness.Simulators.Tests.Device;

/// <summary>An officer's handheld, their car's vehicle device and a colleague on the officer's group, observed for one test.</summary>
internal sealed record DockPair(DeviceProbe Officer, DeviceProbe Car, DeviceProbe Listener) : IDisposable
{
    public void Dispose()
    {
        Officer.Dispose();
        Car.Dispose();
        Listener.Dispose();
    }
}

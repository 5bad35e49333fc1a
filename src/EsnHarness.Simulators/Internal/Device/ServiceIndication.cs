using EsnHarness.Contracts.Device.V1;
using EsnHarness.Simulators.Defects;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>
/// What the terminal shows its user when its service changes: at once, as a terminal that detects radio link failure
/// within T310 does. With <paramref name="late"/> (the device.no-service-shown-late defect, consulted only when service is
/// lost) the loss is shown <see cref="LateBy"/> later, and not at all if service came back first. Thread-safe.
/// </summary>
internal sealed class ServiceIndication(DeviceEventLog events, TimeProvider time, DefectSwitch late) : IDisposable
{
    /// <summary>How late the defect shows lost service: the next registration check of such a terminal.</summary>
    public static readonly TimeSpan LateBy = TimeSpan.FromSeconds(30);

    private readonly Lock _gate = new();
    private ITimer? _pending;
    private bool _disposed;

    public void Show(ConnectivityEvent change)
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            if (change.Kind == ConnectivityKind.BackInService)
            {
                // Service came back before the late notice: the user is never told it was lost.
                _pending?.Dispose();
                _pending = null;
            }

            if (change.Kind == ConnectivityKind.OutOfService && late.On)
            {
                _pending = time.CreateTimer(_ => ShowLate(change), null, LateBy, Timeout.InfiniteTimeSpan);
                return;
            }
        }

        events.Emit(new DeviceEvent { Connectivity = change });
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _pending?.Dispose();
            _pending = null;
        }
    }

    private void ShowLate(ConnectivityEvent change)
    {
        lock (_gate)
        {
            if (_disposed || _pending is null)
            {
                return;
            }

            _pending.Dispose();
            _pending = null;
        }

        events.Emit(new DeviceEvent { Connectivity = change });
    }
}

using EsnHarness.Simulators.Defects;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>The location faults a terminal of a namespace carries (from the world's <see cref="DefectSet"/>).</summary>
/// <param name="IgnoreDistance">Distance travelled never triggers a report (<see cref="DeviceDefects.DistanceTriggerIgnored"/>).</param>
/// <param name="CachedFix">Every report carries the log-on fix, stamped as new (<see cref="DeviceDefects.StaleLocation"/>).</param>
internal sealed record LocationDefects(bool IgnoreDistance, bool CachedFix)
{
    public static LocationDefects Of(DefectSet defects) =>
        new(defects.Has(DeviceDefects.DistanceTriggerIgnored), defects.Has(DeviceDefects.StaleLocation));
}

using EsnHarness.Simulators.Defects;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>
/// The location faults a terminal of a namespace carries, consulted in the world's <see cref="DefectSet"/> when read, so
/// only a scenario in which the fault would change a report reaches it.
/// </summary>
/// <param name="IgnoreDistance">Distance travelled never triggers a report (<see cref="DeviceDefects.DistanceTriggerIgnored"/>):
/// read by the reporter only when a distance report would fall due.</param>
/// <param name="Stale">Every report carries the log-on fix, stamped as new (<see cref="DeviceDefects.StaleLocation"/>).</param>
/// <param name="Lazy">The namespace's defects, consulted only where a report is decided (<see cref="ReportingDefects"/>).</param>
internal sealed record LocationDefects(DefectSwitch IgnoreDistance, DefectSwitch Stale, DefectSet Lazy)
{
    public bool CachedFix => Stale.On;

    public static LocationDefects Of(DefectSet defects) =>
        new(DefectSwitch.Of(defects, DeviceDefects.DistanceTriggerIgnored), DefectSwitch.Of(defects, DeviceDefects.StaleLocation), defects);

    /// <summary>A move shorter than the distance trigger is reported all the same (<see cref="ReportingDefects.LocationReportOnEveryMove"/>).</summary>
    public bool ReportsEveryMove() => Lazy.Has(ReportingDefects.LocationReportOnEveryMove);

    /// <summary>No report at log-on (<see cref="ReportingDefects.NoLocationOnLogOn"/>).</summary>
    public bool NoLogOnReport() => Lazy.Has(ReportingDefects.NoLocationOnLogOn);
}

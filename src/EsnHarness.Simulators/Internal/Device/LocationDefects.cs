using EsnHarness.Simulators.Defects;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>The location faults a terminal of a namespace carries (from the world's <see cref="DefectSet"/>).</summary>
/// <param name="IgnoreDistance">Distance travelled never triggers a report (<see cref="DeviceDefects.DistanceTriggerIgnored"/>).</param>
/// <param name="CachedFix">Every report carries the log-on fix, stamped as new (<see cref="DeviceDefects.StaleLocation"/>).</param>
/// <param name="Lazy">The namespace's defects, consulted only where a report is decided (<see cref="ReportingDefects"/>), so
/// only scenarios that reach that decision count as reaching them.</param>
internal sealed record LocationDefects(bool IgnoreDistance, bool CachedFix, DefectSet Lazy)
{
    public static LocationDefects Of(DefectSet defects) =>
        new(defects.Has(DeviceDefects.DistanceTriggerIgnored), defects.Has(DeviceDefects.StaleLocation), defects);

    /// <summary>A move shorter than the distance trigger is reported all the same (<see cref="ReportingDefects.LocationReportOnEveryMove"/>).</summary>
    public bool ReportsEveryMove() => Lazy.Has(ReportingDefects.LocationReportOnEveryMove);

    /// <summary>No report at log-on (<see cref="ReportingDefects.NoLocationOnLogOn"/>).</summary>
    public bool NoLogOnReport() => Lazy.Has(ReportingDefects.NoLocationOnLogOn);
}

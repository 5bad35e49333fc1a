namespace EsnHarness.Simulators.Defects;

/// <summary>Faults of the device role's reference implementation.</summary>
public static class DeviceDefects
{
    /// <summary>Every device defect.</summary>
    public static IReadOnlyList<Defect> All { get; } = [];
}

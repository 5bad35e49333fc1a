namespace EsnHarness.Simulators.Defects;

/// <summary>Faults of the interworking role's reference implementation.</summary>
public static class InterworkingDefects
{
    /// <summary>Every interworking defect.</summary>
    public static IReadOnlyList<Defect> All { get; } = [];
}

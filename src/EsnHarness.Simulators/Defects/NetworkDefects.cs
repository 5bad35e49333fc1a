namespace EsnHarness.Simulators.Defects;

/// <summary>Faults of the network role's reference implementation.</summary>
public static class NetworkDefects
{
    /// <summary>Every network defect.</summary>
    public static IReadOnlyList<Defect> All { get; } = [];
}

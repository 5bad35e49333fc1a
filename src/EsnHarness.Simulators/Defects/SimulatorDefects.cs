namespace EsnHarness.Simulators.Defects;

/// <summary>Every defect the reference simulators can switch on, one catalogue per role.</summary>
public static class SimulatorDefects
{
    /// <summary>All of them, ordered by name.</summary>
    public static IReadOnlyList<Defect> All { get; } =
        [.. McxDefects.All.Concat(DeviceDefects.All).Concat(DirectModeDefects.All).Concat(NetworkDefects.All).Concat(InterworkingDefects.All)
            .Concat(CadGatewayDefects.All).Concat(ControlRoomDefects.All).Concat(McxCommonFunctionDefects.All).Concat(TerminalFunctionDefects.All).Concat(MultiAgencyDefects.All)
            .Concat(McxPrivateCallDefects.All).Concat(McxAuthorisationDefects.All).Concat(ReportingDefects.All)
            .OrderBy(d => d.Name, StringComparer.Ordinal)];

    /// <summary>The defect called <paramref name="name"/>, or null.</summary>
    public static Defect? Find(string name) => All.FirstOrDefault(d => d.Name == name);
}

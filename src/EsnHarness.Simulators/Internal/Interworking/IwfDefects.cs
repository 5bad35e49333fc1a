using EsnHarness.Simulators.Defects;

namespace EsnHarness.Simulators.Internal.Interworking;

/// <summary>The interworking faults a namespace's bridges carry (from the world's <see cref="DefectSet"/>).</summary>
internal sealed record IwfDefects(bool IdentityNotMapped, bool EmergencyAsNormalCall, bool Adds400Ms, bool FloorNotArbitrated, bool StatusAsText, bool FailureNotSignalled)
{
    /// <summary>The status feed does not report failed bridges.</summary>
    public bool FailureNotReported { get; init; }

    /// <summary>Calls on a group patched to the bridged group are left.</summary>
    public bool RegroupNotCarried { get; init; }

    /// <summary>Emergencies are announced twice across the bridge.</summary>
    public bool EmergencyDoubled { get; init; }

    /// <summary>Deleting a bridge wipes the identity table.</summary>
    public bool CutOverDropsOtherMappings { get; init; }

    public static IwfDefects Of(DefectSet defects) => new(
        defects.Has(InterworkingDefects.IdentityNotMapped), defects.Has(InterworkingDefects.EmergencyAsNormalCall),
        defects.Has(InterworkingDefects.Adds400Ms), defects.Has(InterworkingDefects.FloorNotArbitrated),
        defects.Has(InterworkingDefects.StatusAsText), defects.Has(InterworkingDefects.FailureNotSignalled))
    {
        FailureNotReported = defects.Has(InterworkingDefects.FailureNotReported),
        RegroupNotCarried = defects.Has(InterworkingDefects.RegroupNotCarried),
        EmergencyDoubled = defects.Has(InterworkingDefects.EmergencyDoubled),
        CutOverDropsOtherMappings = defects.Has(InterworkingDefects.CutOverDropsOtherMappings),
    };
}
